"""Content digests of data elements: equal digests mean the browser may keep what it has.

A digest must change whenever anything the browser could show changes, so it covers every
row, never a sample: a paged frame of a million rows whose 700,000th row changed must be sent
again, although its first page did not change. The rows are hashed as the very Arrow bytes
the browser would receive (in slices of `CHUNK_ROWS`, so hashing never holds a second copy of
a big frame), which makes the digest exactly as fine as what is shown: `1` and `"1"` differ
(pandas' own row hash does not tell them apart), and so do two time zones of the same instant.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

from rill.builtin_plugins.data.arrow import Table, to_ipc

#: Rows hashed per slice of a big table.
CHUNK_ROWS = 1 << 17


def _hasher(kind: str, props: dict[str, Any]) -> hashlib.blake2b:
    h = hashlib.blake2b(digest_size=16)
    h.update(kind.encode())
    h.update(b"\0")
    rest = {k: v for k, v in props.items() if k not in ("data", "digest")}
    h.update(orjson.dumps(rest, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS, default=str))
    return h


def props_digest(kind: str, props: dict[str, Any]) -> str:
    """The digest of props that hold every row (`data`), plus everything else in them."""
    h = _hasher(kind, props)
    h.update(b"\0")
    h.update(props.get("data") or b"")
    return h.hexdigest()


def table_digest(kind: str, props: dict[str, Any], table: Table) -> str:
    """The digest of a paged element: its props (but the first page) and all of `table`'s rows."""
    h = _hasher(kind, props)
    h.update(b"\0")
    h.update(str(table.schema).encode())
    for start in range(0, table.num_rows, CHUNK_ROWS):
        h.update(to_ipc(table.rows(start, start + CHUNK_ROWS)))
    h.update(str(table.num_rows).encode())
    return h.hexdigest()
