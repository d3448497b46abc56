"""Big frames page by page: the first page travels, the route serves the rest, sorted on the
server, to the session that showed the frame only; frames go with their elements."""

from __future__ import annotations

import asyncio
import concurrent.futures
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pyarrow as pa
import pytest
from data_app import App

from rill.builtin_plugins.data.arrow import from_ipc
from rill.builtin_plugins.data.paging import STASH_KEY, PageStore, make_token, serve_page
from rill.core.routes import Request, Response
from rill.core.runtime.connection import Headers
from rill.schemas.data import PAGE_SIZE, ROW_FIELD

Make = Callable[[str], App]

BIG = """
import numpy as np, pandas as pd

n = 12_000
st.dataframe(pd.DataFrame({
    "n": np.arange(n),
    "key": (np.arange(n) * 7919) % 1000,
    "maybe": pd.array([None if i % 5 == 0 else i % 3 for i in range(n)], dtype="Int64"),
}))
"""


class Directory:
    """The session directory of a server holding these sessions."""

    def __init__(self, *apps: App) -> None:
        self.sessions = {app.session.id: app.session for app in apps}

    def find(self, session_id: str) -> Any:
        return self.sessions.get(session_id)

    def token(self, session_id: str, purpose: str, ttl: float = 0) -> str:
        raise NotImplementedError

    def verify(self, token: str, purpose: str) -> str | None:
        raise NotImplementedError

    def hand(self, session_id: str, work: Any) -> bool:
        raise NotImplementedError


def run_apart(coroutine: Any) -> Any:
    """Run a route handler on an event loop of its own thread: the browser tests' Playwright
    keeps a loop running on the main thread for the whole test session."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def get(directory: Directory, page_url: str, **params: Any) -> Response:
    """`GET <page_url>&...` through the route's handler."""
    query = {k: [str(v)] for k, v in params.items()}
    query.update(parse_qs(urlsplit(page_url).query))
    request = Request(
        method="GET",
        path="/_rill/data/page",
        params={},
        query=query,
        headers=Headers([]),
        cookies={},
        body=b"",
        remote_ip="127.0.0.1",
        sessions=directory,
        kernel=None,  # type: ignore[arg-type]
    )
    return run_apart(serve_page(request))


def rows(response: Response) -> pa.Table:
    assert response.status == 200, response.body
    assert response.content_type == "application/vnd.apache.arrow.stream"
    assert isinstance(response.body, bytes)
    return from_ipc(response.body)


@pytest.fixture
def big(make: Make) -> App:
    return make(BIG).run().ok()


def test_a_big_frame_sends_its_first_page_and_a_page_url(big: App) -> None:
    props = big.props("dataframe")
    assert props["total_rows"] == 12_000
    assert len(big.frame("dataframe")) == PAGE_SIZE == 500
    assert props["page_url"].startswith("_rill/data/page?t=")


def test_pages_are_the_rows_asked_for_with_their_positions(big: App) -> None:
    page = rows(get(Directory(big), big.props("dataframe")["page_url"], start=5000, stop=5003))
    assert page.column("n").to_pylist() == [5000, 5001, 5002]
    assert page.column(ROW_FIELD).to_pylist() == [5000, 5001, 5002]
    assert page.column(ROW_FIELD).type == pa.int64()
    assert page.schema.field("_index").metadata[b"rill:kind"] == b"index"
    end = rows(get(Directory(big), big.props("dataframe")["page_url"], start=11_999, stop=12_500))
    assert end.column("n").to_pylist() == [11_999]


def test_sorting_is_stable_server_side_with_nulls_last(big: App) -> None:
    url = big.props("dataframe")["page_url"]
    directory = Directory(big)
    ascending = rows(get(directory, url, start=0, stop=5000, sort="key", order="asc"))
    keys = ascending.column("key").to_pylist()
    assert keys == sorted(keys) and keys[0] == 0
    zero = [n for n, k in zip(ascending.column("n").to_pylist(), keys, strict=True) if k == 0]
    assert zero == sorted(zero)  # ties keep the frame's order
    assert ascending.column(ROW_FIELD).to_pylist() == ascending.column("n").to_pylist()
    descending = rows(get(directory, url, start=0, stop=3, sort="key", order="desc"))
    assert descending.column("key").to_pylist() == [999, 999, 999]
    ties = descending.column("n").to_pylist()
    assert ties == sorted(ties)
    tail = rows(get(directory, url, start=11_990, stop=12_000, sort="maybe", order="desc"))
    assert tail.column("maybe").null_count == 10  # nulls last, both ways
    head = rows(get(directory, url, start=0, stop=3, sort="maybe", order="desc"))
    assert head.column("maybe").to_pylist() == [2, 2, 2]


def test_sort_orders_kept_are_bounded(big: App) -> None:
    url = big.props("dataframe")["page_url"]
    for field in ("n", "key", "maybe", "n"):
        rows(get(Directory(big), url, start=0, stop=1, sort=field))
    store = big.session.stash[STASH_KEY]
    (paged,) = store._frames.values()
    assert len(paged.sorts) == 2


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"start": 0, "stop": 5001}, 400),
        ({"start": 10, "stop": 5}, 400),
        ({"start": -1, "stop": 5}, 400),
        ({"start": "x", "stop": 5}, 400),
        ({"stop": 5}, 400),
        ({"start": 0, "stop": 5, "sort": "no such field"}, 400),
        ({"start": 0, "stop": 5, "order": "sideways"}, 400),
    ],
)
def test_bad_requests_get_400(big: App, params: dict[str, Any], status: int) -> None:
    assert get(Directory(big), big.props("dataframe")["page_url"], **params).status == status


def test_a_forged_or_altered_token_gets_403(big: App) -> None:
    url = big.props("dataframe")["page_url"]
    token = parse_qs(urlsplit(url).query)["t"][0]
    session_id, key, mac = token.split(".")
    forged = [
        "",
        "nonsense",
        f"{session_id}.{key}.{'0' * len(mac)}",
        f"{session_id}.{key[:-1]}1.{mac}",
        f"{'f' * len(session_id)}.{key}.{mac}",
    ]
    for bad in forged:
        response = get(Directory(big), f"_rill/data/page?t={bad}", start=0, stop=1)
        assert response.status == 403, bad


def test_another_sessions_token_reads_only_that_session(make: Make) -> None:
    mine, theirs = make(BIG).run().ok(), make(BIG.replace("np.arange(n),", "-np.arange(n),"))
    theirs.run().ok()
    directory = Directory(mine, theirs)
    my_url, their_url = mine.props("dataframe")["page_url"], theirs.props("dataframe")["page_url"]
    assert rows(get(directory, my_url, start=1, stop=2)).column("n").to_pylist() == [1]
    assert rows(get(directory, their_url, start=1, stop=2)).column("n").to_pylist() == [-1]
    # Their key, signed for my session, was never handed out: refused.
    their_key = parse_qs(urlsplit(their_url).query)["t"][0].split(".")[1]
    mixed = make_token(mine.session.id, their_key)
    assert get(directory, f"_rill/data/page?t={mixed}", start=0, stop=1).status == 404


def test_frames_go_when_their_element_does_and_when_the_session_ends(make: Make) -> None:
    app = make(
        "show = st.session_state.setdefault('show', True)\n"
        + "if show:\n"
        + "\n".join("    " + line for line in BIG.strip().splitlines())
    )
    app.run().ok()
    url = app.props("dataframe")["page_url"]
    assert get(Directory(app), url, start=0, stop=1).status == 200
    app.session.state["show"] = False
    app.run().ok()
    assert get(Directory(app), url, start=0, stop=1).status == 404
    store = app.session.stash[STASH_KEY]
    assert isinstance(store, PageStore) and len(store) == 0
    app.session.state["show"] = True
    app.run().ok()
    assert get(Directory(app), app.props("dataframe")["page_url"], start=0, stop=1).status == 200
    app.close()
    assert STASH_KEY not in app.session.stash
    assert get(Directory(app), url, start=0, stop=1).status == 404


def test_an_unchanged_frame_keeps_its_page_url_across_runs(big: App) -> None:
    url = big.props("dataframe")["page_url"]
    assert big.run().ok().props("dataframe")["page_url"] == url


def _server_harness() -> Any:
    """tests/core/server/server_harness.py, a real server and browser tabs."""
    path = Path(__file__).resolve().parents[2] / "core" / "server" / "server_harness.py"
    spec = importlib.util.spec_from_file_location("data_server_harness", path)
    assert spec is not None and spec.loader is not None
    module = sys.modules.get(spec.name)
    if module is None:
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # its dataclasses look their module up there
        spec.loader.exec_module(module)
    return module


def test_a_real_server_serves_pages_over_http(tmp_path: Path) -> None:
    harness = _server_harness()
    with harness.serving(tmp_path, "import rill as st\n" + BIG) as served, served.tab() as tab:
        tab.new_session()
        (element,) = [
            m["element"]
            for m in tab.run()
            if m["t"] == "delta" and m["element"]["kind"] == "dataframe"
        ]
        url = element["props"]["page_url"]
        answer = served.http(f"{url}&start=100&stop=102&sort=n&order=desc")
        assert answer.status == 200
        assert answer.headers["Content-Type"] == "application/vnd.apache.arrow.stream"
        page = from_ipc(answer.body)
        assert page.column("n").to_pylist() == [11_899, 11_898]
        assert served.http(url.replace("?t=", "?t=x")).status == 403
