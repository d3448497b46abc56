"""Encoding protocol messages into WebSocket frames (see `rill.schemas.protocol`).

A message is JSON text, unless something in it is `bytes`: then it becomes one binary frame,
`4-byte big-endian JSON length | JSON | blob 0 | blob 1 | ...`, in which each payload is
replaced by `{"$blob": i}` and the JSON lists the blob sizes under `blobs`. Text messages that
leave in the same flush travel together as one text frame holding a JSON array: a run of a
thousand elements is a handful of frames, not a thousand browser events.
"""

from __future__ import annotations

import struct
from collections import OrderedDict
from typing import Any

import orjson

from rill.schemas.protocol import DIGEST_MEMORY

_OPTIONS = orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS


def encode(message: dict[str, Any]) -> tuple[bytes, bool]:
    """One message → `(frame, binary)`: UTF-8 JSON text, or a binary frame with its blobs.

    Raises:
        TypeError: something in the message is neither JSON-serialisable nor bytes.

    Example:
        >>> encode({"t": "trim", "path": [0], "length": 2})
        (b'{"t":"trim","path":[0],"length":2}', False)
        >>> frame, binary = encode({"t": "x", "data": b"abc"})
        >>> binary, frame[4:-3], frame[-3:]
        (True, b'{"t":"x","data":{"$blob":0},"blobs":[3]}', b'abc')
    """
    blobs: list[bytes] = []

    def blob(value: Any) -> dict[str, int]:
        if isinstance(value, bytes | bytearray | memoryview):
            blobs.append(bytes(value))
            return {"$blob": len(blobs) - 1}
        raise TypeError(f"Type is not JSON serializable: {type(value).__name__}")

    text = orjson.dumps(message, default=blob, option=_OPTIONS)
    if not blobs:
        return text, False
    # The message is a non-empty JSON object, so it ends with "}": splice the sizes in before it
    # instead of serialising everything a second time.
    sizes = orjson.dumps([len(b) for b in blobs])
    head = text[:-1] + b',"blobs":' + sizes + b"}"
    return b"".join([struct.pack(">I", len(head)), head, *blobs]), True


class DigestMemory:
    """The digests of element props one connection's browser holds, as the browser keeps them.

    Both sides apply the same operations in the same (message) order to a least-recently-used
    list of `DIGEST_MEMORY` entries, so the server knows without asking whether the browser can
    reuse the props of a digest. Not thread-safe: the caller holds its send lock.
    """

    def __init__(self, capacity: int = DIGEST_MEMORY) -> None:
        self.capacity = capacity
        self._digests: OrderedDict[str, None] = OrderedDict()

    def slim(self, message: dict[str, Any]) -> dict[str, Any]:
        """`message`, or for a delta whose digest the browser holds, the delta without props.

        Example:
            >>> memory = DigestMemory()
            >>> element = {"kind": "dataframe", "props": {"data": b"..."}, "digest": "d1"}
            >>> delta = {"t": "delta", "run_id": 1, "path": [0, 0], "element": element}
            >>> memory.slim(delta) is delta
            True
            >>> memory.slim(delta)["element"]
            {'kind': 'dataframe', 'props': {}, 'digest': 'd1', 'same': True}
        """
        if message.get("t") != "delta":
            return message
        element = message["element"]
        digest = element.get("digest")
        if digest is None:
            return message
        if digest in self._digests:
            self._digests.move_to_end(digest)
            slim = {**element, "props": {}, "same": True}
            return {**message, "element": slim}
        self._digests[digest] = None
        if len(self._digests) > self.capacity:
            self._digests.popitem(last=False)
        return message


def batch_frames(frames: list[tuple[bytes, bool]]) -> list[tuple[bytes, bool]]:
    """Join runs of text frames into JSON-array frames, keeping every message's order.

    Example:
        >>> batch_frames([(b'{"a":1}', False), (b'{"b":2}', False), (b"BIN", True)])
        [(b'[{"a":1},{"b":2}]', False), (b'BIN', True)]
    """
    out: list[tuple[bytes, bool]] = []
    texts: list[bytes] = []
    for data, binary in frames:
        if not binary:
            texts.append(data)
            continue
        if texts:
            out.append((b"[" + b",".join(texts) + b"]", False))
            texts = []
        out.append((data, True))
    if texts:
        out.append((b"[" + b",".join(texts) + b"]", False))
    return out


def decode_all(frame: str | bytes) -> list[dict[str, Any]]:
    """Every message of a frame: a batch (JSON array), one JSON message, or a binary frame."""
    if isinstance(frame, str):
        parsed = orjson.loads(frame)
        return parsed if isinstance(parsed, list) else [parsed]
    return [decode(frame)]


def decode(frame: str | bytes) -> dict[str, Any]:
    """A frame back into its message, blobs as `bytes` (tests and tools; the browser has its own).

    Example:
        >>> decode(encode({"t": "x", "data": b"abc"})[0])
        {'t': 'x', 'data': b'abc'}
    """
    if isinstance(frame, str):
        message: dict[str, Any] = orjson.loads(frame)
        return message
    (length,) = struct.unpack(">I", frame[:4])
    message = orjson.loads(frame[4 : 4 + length])
    offset = 4 + length
    blobs = []
    for size in message.pop("blobs", []):
        blobs.append(frame[offset : offset + size])
        offset += size
    resolved: dict[str, Any] = _resolve(message, blobs)
    return resolved


def _resolve(value: Any, blobs: list[bytes]) -> Any:
    if isinstance(value, dict):
        if len(value) == 1 and "$blob" in value:
            return blobs[value["$blob"]]
        return {key: _resolve(item, blobs) for key, item in value.items()}
    if isinstance(value, list):
        return [_resolve(item, blobs) for item in value]
    return value
