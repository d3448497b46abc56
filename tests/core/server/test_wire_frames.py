"""Encoding protocol messages into WebSocket frames."""

from __future__ import annotations

import struct

import pytest

from rill.core.server.wire import decode, encode


def test_a_plain_message_is_one_json_text_frame() -> None:
    frame, binary = encode({"t": "trim", "path": [0, 1], "length": 0})
    assert binary is False
    assert frame == b'{"t":"trim","path":[0,1],"length":0}'


def test_bytes_anywhere_in_props_become_blobs_of_one_binary_frame() -> None:
    message = {
        "t": "delta",
        "run_id": 1,
        "path": [0, 0],
        "element": {"kind": "image", "props": {"a": b"one", "nested": [{"b": bytearray(b"22")}]}},
    }
    frame, binary = encode(message)
    assert binary is True
    (length,) = struct.unpack(">I", frame[:4])
    head = frame[4 : 4 + length]
    assert b'{"$blob":0}' in head and b'{"$blob":1}' in head
    assert head.endswith(b',"blobs":[3,2]}')
    assert frame[4 + length :] == b"one22"
    assert decode(frame)["element"]["props"] == {"a": b"one", "nested": [{"b": b"22"}]}


def test_an_empty_payload_is_still_a_blob() -> None:
    frame, binary = encode({"t": "x", "data": b""})
    assert binary
    assert decode(frame) == {"t": "x", "data": b""}


def test_something_unserialisable_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="set"):
        encode({"t": "x", "oops": {1, 2}})
