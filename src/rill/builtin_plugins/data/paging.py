"""Big frames, page by page: what a session keeps for them and the route that serves pages.

A frame of more than `PAGE_THRESHOLD` rows sends its first `PAGE_SIZE` rows with its element;
the grid fetches the others from `GET _rill/data/page?t=<token>&start=S&stop=E` (optionally
`&sort=<field>&order=asc|desc`), which answers an Arrow IPC stream of rows `[S, E)` (at most
`MAX_PAGE_ROWS`) with the extra int64 field `__rill_row__`: each row's position in the frame.

What the session keeps (in `session.stash`) is a reference to the table (no copy of its
rows) and, per sort the browser asked for, one stable argsort (4 bytes a row while the frame
has fewer than 2**31 rows; the last `SORTS_KEPT` sorts per frame). A frame goes when a run no
longer shows it (the end of every complete run, or of a fragment's run for its own frames) and
when the session ends.

The token names the session and the frame and is signed with a secret of this process (the
frames live in its memory, so no other process could serve them anyway); a forged or altered
token gets 403, a gone session or frame 404.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from rill.builtin_plugins.data.arrow import Table, to_ipc
from rill.plugins import Request, Response, ScriptRunContext
from rill.schemas.data_limits import MAX_PAGE_ROWS, ROW_FIELD

if TYPE_CHECKING:
    import pyarrow as pa

log = logging.getLogger("rill.data")

#: Where pages are served, relative to the app's base URL.
PAGE_PATH = "/_rill/data/page"
#: The stash key of a session's paged frames.
STASH_KEY = "rill.data.pages"
#: Sort orders kept per frame.
SORTS_KEPT = 2

_SECRET = secrets.token_bytes(32)
_PURPOSE = b"rill-data-page\0"
_ARROW_STREAM = "application/vnd.apache.arrow.stream"


def _mac(value: str) -> str:
    return hmac.new(_SECRET, _PURPOSE + value.encode(), hashlib.sha256).hexdigest()[:32]


def make_token(session_id: str, key: str) -> str:
    """The token of frame `key` of session `session_id`."""
    value = f"{session_id}.{key}"
    return f"{value}.{_mac(value)}"


def read_token(token: str) -> tuple[str, str] | None:
    """(session id, frame key) of a genuine token; None for anything else."""
    value, _, mac = token.rpartition(".")
    session_id, _, key = value.partition(".")
    if not (session_id and key and mac) or not hmac.compare_digest(mac, _mac(value)):
        return None
    return session_id, key


@dataclass
class Paged:
    """One frame a session shows paged."""

    table: Table
    fragment_id: str | None
    run_id: int
    sorts: OrderedDict[tuple[str, bool], Any] = field(default_factory=OrderedDict)
    #: Held while a sort is looked up or made: one sort at a time per frame.
    lock: threading.Lock = field(default_factory=threading.Lock)


class PageStore:
    """A session's paged frames, by key. Script thread writes, the server's loop reads."""

    def __init__(self) -> None:
        self._frames: dict[str, Paged] = {}
        self._lock = threading.Lock()

    def put(self, key: str, table: Table, ctx: ScriptRunContext) -> None:
        with self._lock:
            known = self._frames.get(key)
            if known is not None and known.table.num_rows == table.num_rows:
                known.run_id, known.fragment_id = ctx.run_id, ctx.fragment
                known.table = table  # same content (same key): the sorts still apply
            else:
                self._frames[key] = Paged(table, ctx.fragment, ctx.run_id)

    def get(self, key: str) -> Paged | None:
        with self._lock:
            return self._frames.get(key)

    def settle(self, run_id: int, fragment_id: str | None) -> None:
        """A run completed: drop the frames it did not show (in its scope)."""
        with self._lock:
            self._frames = {
                key: paged
                for key, paged in self._frames.items()
                if paged.run_id == run_id
                or (fragment_id is not None and paged.fragment_id != fragment_id)
            }

    def clear(self) -> None:
        with self._lock:
            self._frames = {}

    def __len__(self) -> int:
        return len(self._frames)


def store_of(ctx: ScriptRunContext) -> PageStore:
    """The session's store, made on first use (settled by `rill_script_run_finished`)."""
    store = ctx.session.stash.setdefault(STASH_KEY, PageStore())
    assert isinstance(store, PageStore)
    return store


def register(ctx: ScriptRunContext, key: str, table: Table) -> str:
    """Keep `table` for the session under `key`; the page URL the element carries."""
    store_of(ctx).put(key, table, ctx)
    return f"{PAGE_PATH.lstrip('/')}?t={quote(make_token(ctx.session.id, key), safe='')}"


# -- serving ------------------------------------------------------------------------------


def sort_order(paged: Paged, name: str, descending: bool) -> Any:
    """The stable order of the frame's rows by field `name` (nulls last), kept for reuse."""
    with paged.lock:
        return _sorted(paged, name, descending)


def _sorted(paged: Paged, name: str, descending: bool) -> Any:
    import pyarrow as pa
    import pyarrow.compute as pc

    wanted = (name, descending)
    order = paged.sorts.get(wanted)
    if order is not None:
        paged.sorts.move_to_end(wanted)
        return order
    column = paged.table.column(name)
    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks()
    if pa.types.is_dictionary(column.type):
        column = column.dictionary_decode()
    if pa.types.is_nested(column.type) or pa.types.is_null(column.type):
        column = pc.cast(column, pa.string()) if not pa.types.is_null(column.type) else column
    indices = pc.array_sort_indices(
        column, order="descending" if descending else "ascending", null_placement="at_end"
    )
    small = paged.table.num_rows < 2**31
    order = indices.cast(pa.int32() if small else pa.int64()).to_numpy()
    paged.sorts[wanted] = order
    while len(paged.sorts) > SORTS_KEPT:
        paged.sorts.popitem(last=False)
    return order


def page(paged: Paged, start: int, stop: int, sort: str | None, descending: bool) -> bytes:
    """Rows `[start, stop)` (of the sorted frame, with `sort`) with their positions."""
    import numpy as np
    import pyarrow as pa

    stop = min(stop, paged.table.num_rows)
    start = min(start, stop)
    if sort is None:
        rows = paged.table.rows(start, stop)
        positions = np.arange(start, stop, dtype=np.int64)
    else:
        positions = np.asarray(sort_order(paged, sort, descending)[start:stop], dtype=np.int64)
        rows = paged.table.take(pa.array(positions))
    return to_ipc(rows.append_column(pa.field(ROW_FIELD, pa.int64()), pa.array(positions)))


def _int(request: Request, name: str) -> int | None:
    text = request.arg(name)
    if text is None or not text.isdigit() or len(text) > 12:
        return None
    return int(text)


async def serve_page(request: Request) -> Response:
    """`GET _rill/data/page`: one page of a session's paged frame, as an Arrow stream."""
    found = read_token(request.arg("t") or "")
    if found is None:
        return Response("not a page token of this app", status=403)
    session_id, key = found
    start, stop = _int(request, "start"), _int(request, "stop")
    if start is None or stop is None or stop < start:
        return Response("start and stop must be whole numbers, start <= stop", status=400)
    if stop - start > MAX_PAGE_ROWS:
        return Response(f"at most {MAX_PAGE_ROWS} rows per request", status=400)
    order = request.arg("order", "asc")
    if order not in ("asc", "desc"):
        return Response("order must be asc or desc", status=400)
    session = request.sessions.find(session_id)
    store = session.stash.get(STASH_KEY) if session is not None else None
    paged = store.get(key) if isinstance(store, PageStore) else None
    if paged is None:
        return Response("this table is no longer shown", status=404)
    sort = request.arg("sort")
    if sort is not None and paged.table.field(sort) is None:
        return Response("sort must name a field of the table", status=400)
    loop = asyncio.get_running_loop()
    body = await loop.run_in_executor(None, page, paged, start, stop, sort, order == "desc")
    return Response(body, content_type=_ARROW_STREAM, headers=[("Cache-Control", "no-store")])


def release(session: Any) -> None:
    """The session ended: its frames go."""
    store = session.stash.pop(STASH_KEY, None)
    if isinstance(store, PageStore):
        store.clear()


def full_table(session: Any, page_url: str) -> pa.Table | None:
    """Every row of the paged frame `page_url` names (for AppTest), or None if gone."""
    from urllib.parse import parse_qs, urlsplit

    token = parse_qs(urlsplit(page_url).query).get("t", [""])[0]
    found = read_token(token)
    store = session.stash.get(STASH_KEY)
    if found is None or found[0] != session.id or not isinstance(store, PageStore):
        return None
    paged = store.get(found[1])
    return None if paged is None else paged.table.rows()
