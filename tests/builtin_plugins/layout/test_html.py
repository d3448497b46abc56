"""`st.html`: what it sends, where styles go, and its scripts under the strict policy."""

from __future__ import annotations

import asyncio
import concurrent.futures
import re
from pathlib import Path
from typing import Any

import pytest

from element_runner import error, run, shown, tree
from rill.builtin_plugins.layout.scripts import MIMETYPE, serve_script
from rill.core.kernel import Kernel
from rill.core.runtime.connection import Headers
from rill.plugins import Request, Response, media_id
from rill.testing.v1 import AppTest


def run_apart(coroutine: Any) -> Any:
    """Run a route handler on an event loop of its own thread: the browser tests' Playwright
    keeps a loop running on the main thread for the whole test session."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def html_props(tmp_path: Path, source: str) -> list[dict[str, object]]:
    return [props for kind, props in shown(tmp_path, source) if kind == "html"]


def test_html_from_a_string_is_sent_as_written(tmp_path: Path) -> None:
    source = """
    st.html('''
        <p>Hello <b>there</b></p>
    ''', width=300)
    """
    assert html_props(tmp_path, source) == [
        {"body": "<p>Hello <b>there</b></p>", "width": 300, "unsafe_allow_javascript": False}
    ]


def test_html_from_files_and_objects(tmp_path: Path) -> None:
    (tmp_path / "part.html").write_text("<p>from a file</p>", encoding="utf-8")
    (tmp_path / "look.css").write_text("p { color: red }", encoding="utf-8")
    source = f"""
    from pathlib import Path

    class Table:
        def _repr_html_(self):
            return "<table><tr><td>1</td></tr></table>"

    class Safe:
        def __html__(self):
            return "<i>markup</i>"

    st.html(Path({str(tmp_path / "part.html")!r}))
    st.html({str(tmp_path / "part.html")!r})
    st.html(Table())
    st.html(Safe())
    st.html(12345)
    st.html(Path({str(tmp_path / "look.css")!r}))
    """
    elements = tree(run(tmp_path, source))
    main = [props["body"] for path, (kind, props) in elements.items() if path[0] == 0]
    assert main == [
        "<p>from a file</p>",
        "<p>from a file</p>",
        "<table><tr><td>1</td></tr></table>",
        "<i>markup</i>",
        "12345",
    ]
    # A CSS file becomes a <style> element, which goes to the event layer.
    assert elements[(2, 0)] == (
        "html",
        {
            "body": "<style>p { color: red }</style>",
            "width": "stretch",
            "unsafe_allow_javascript": False,
        },
    )


def test_styles_only_html_goes_to_the_event_layer_and_never_runs_scripts(tmp_path: Path) -> None:
    source = """
    st.html("<!-- theme --><style>h1 { color: teal }</style>", unsafe_allow_javascript=True)
    st.write("main")
    """
    elements = tree(run(tmp_path, source))
    assert elements[(2, 0)][1]["unsafe_allow_javascript"] is False
    assert elements[(0, 0)][0] == "markdown"


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        ("st.html('')", "`st.html` body cannot be empty"),
        ("st.html('   ')", "`st.html` body cannot be empty"),
        ("st.html('<p>x</p>', width='wide')", "width of st.html must be a positive integer"),
    ],
)
def test_html_errors(tmp_path: Path, call: str, expected: str) -> None:
    assert expected in error(tmp_path, call + "\n")


# -- scripts ---------------------------------------------------------------------------------------

SCRIPTED = """
st.html(
    "<p id='t'>x</p>"
    "<script>document.getElementById('t').textContent = 'ran';</script>"
    "<script type='module'>console.log('module')</script>"
    "<script src='https://cdn.example.com/lib.js'></script>"
    "<script type='application/json' id='data'>{\\"a\\": 1}</script>",
    unsafe_allow_javascript=True,
)
"""


def test_inline_scripts_become_same_origin_files_when_javascript_is_allowed(
    tmp_path: Path,
) -> None:
    (props,) = html_props(tmp_path, SCRIPTED)
    body = str(props["body"])
    assert props["unsafe_allow_javascript"] is True
    classic = media_id(b"document.getElementById('t').textContent = 'ran';", MIMETYPE)
    module = media_id(b"console.log('module')", MIMETYPE)
    assert f'<script src="_rill/html/{classic}.js"></script>' in body
    assert f"<script src=\"_rill/html/{module}.js\" type='module'></script>" in body
    # Scripts with a src and data blocks are left as they are; no inline script is left.
    assert "<script src='https://cdn.example.com/lib.js'></script>" in body
    assert "<script type='application/json' id='data'>{\"a\": 1}</script>" in body
    assert not re.search(r"<script>[^<]", body)


def test_without_javascript_the_body_is_sent_untouched(tmp_path: Path) -> None:
    (props,) = html_props(tmp_path, SCRIPTED.replace("=True", "=False"))
    assert "<script>document.getElementById" in str(props["body"])


def get_script(kernel: Kernel, name: str) -> Response:
    request = Request(
        method="GET",
        path=f"/_rill/html/{name}",
        params={"name": name},
        query={},
        headers=Headers([]),
        cookies={},
        body=b"",
        remote_ip="127.0.0.1",
        sessions=None,  # type: ignore[arg-type]
        kernel=kernel,
    )
    return run_apart(serve_script(request))


def test_the_route_serves_stored_scripts_as_javascript_only(tmp_path: Path) -> None:
    kernel = Kernel.load(cwd=tmp_path, home=tmp_path, env={})
    media = kernel.backends.media
    assert media is not None
    script = media.add(b"console.log(1)", MIMETYPE)
    response = get_script(kernel, f"{script}.js")
    assert (response.status, response.body) == (200, b"console.log(1)")
    assert response.content_type == "text/javascript; charset=utf-8"
    picture = media.add(b"GIF89a", "image/gif")
    for name in (f"{picture}.js", f"{script}.css", "../secrets.js", f"{'0' * 56}.js"):
        assert get_script(kernel, name).status == 404, name


def scripted_app() -> None:
    import rill as st

    st.html("<b>bold</b><script>alert(1)</script>", unsafe_allow_javascript=True)


def test_apptest_sees_the_html_as_sent() -> None:
    at = AppTest.from_function(scripted_app).run()
    (element,) = at.get("html")
    assert element.value.startswith('<b>bold</b><script src="_rill/html/')
    assert element.unsafe_allow_javascript is True
