"""The strict HTTP edge: 404s instead of the app page, no hidden files, security headers."""

from __future__ import annotations

from pathlib import Path

import pytest
import websocket
from server_harness import Served, fetch, serving
from test_server_http import Routes, built_frontend

from rill.core.errors import ConfigError
from rill.core.server.edge import default_policy

SCANNER_PATHS = [
    ".env",
    ".git/config",
    "wp-admin/",
    "wp-login.php",
    "_stcore/health",
    "_stcore/x",
    "_rill/definitely-missing",
    "static/definitely-missing.js",
    "assets/definitely-missing.js",
    "deep/page/path",
    "robots.txt",
    "%2e%2e/%2e%2e/etc/passwd",
    "..%2f..%2fetc%2fpasswd",
]


def is_app_page(answer_text: str) -> bool:
    return '<div id="root">' in answer_text


@pytest.fixture
def served(tmp_path: Path) -> Served:  # type: ignore[misc]
    static = built_frontend(tmp_path)
    (static / ".env").write_text("SECRET=1\n")  # hidden files in the client folder
    (static / "assets" / ".secret.js").write_text("export const s = 1;\n")
    with serving(tmp_path, static=static) as running:
        yield running


@pytest.mark.parametrize("path", SCANNER_PATHS)
def test_unknown_paths_are_a_short_404_never_the_app_page(served: Served, path: str) -> None:
    answer = served.http(path)
    assert answer.status == 404, path
    assert not is_app_page(answer.text)
    assert len(answer.body) < 200
    assert "Content-Security-Policy" not in answer.headers


def test_hidden_files_are_not_served_even_when_they_exist(served: Served) -> None:
    assert served.http(".env").status == 404
    assert served.http("assets/.secret.js").status == 404
    assert served.http("assets/%2esecret.js").status == 404
    # The same folder's ordinary files are served.
    assert served.http("favicon.svg").status == 200


def test_hidden_plugin_assets_are_not_served(tmp_path: Path) -> None:
    (tmp_path / "sparkle.js").write_text("export {};\n")
    (tmp_path / ".hidden.js").write_text("export {};\n")
    plugins = [("sparkles", Routes(tmp_path))]
    with serving(tmp_path, extra_plugins=plugins) as served:
        assert served.http("_rill/elements/sparkle/sparkle.js").status == 200
        assert served.http("_rill/elements/sparkle/.hidden.js").status == 404


def test_page_urls_still_serve_the_app(served: Served) -> None:
    for path in ("", "charts", "index.html", "My_page-2"):
        answer = served.http(path)
        assert answer.status == 200, path
        assert is_app_page(answer.text)


def test_every_response_carries_the_edge_headers_and_no_server_version(served: Served) -> None:
    answers = [
        served.http(""),
        served.http("charts"),
        served.http("assets/index-abc123.js"),
        served.http("favicon.svg"),
        served.http("_rill/health"),
        served.http("_rill/health", method="HEAD"),
        served.http(".env"),
        served.http("_stcore/x"),
        fetch(f"http://127.0.0.1:{served.port}/outside-any-route/x"),
    ]
    for answer in answers:
        assert answer.headers["Server"] == "rill"
        assert answer.headers["X-Content-Type-Options"] == "nosniff"
        assert answer.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert "Strict-Transport-Security" not in answer.headers  # plain HTTP


def test_the_websocket_handshake_carries_no_server_version(served: Served) -> None:
    url = served.url.replace("http://", "ws://", 1) + "_rill/stream?v=1"
    ws = websocket.create_connection(url, timeout=10)
    try:
        headers = {k.lower(): v for k, v in ws.getheaders().items()}
        assert headers["server"] == "rill"
        assert headers["x-content-type-options"] == "nosniff"
    finally:
        ws.close()


def test_the_app_page_has_the_default_policy(served: Served) -> None:
    policy = served.http("").headers["Content-Security-Policy"]
    assert policy == default_policy("'self'")
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    # No inline script, no eval; WebAssembly only (Graphviz for st.graphviz_chart).
    assert directives["script-src"] == "'self' 'wasm-unsafe-eval'"
    assert "'unsafe-eval'" not in policy
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'self'"
    # Assets are scripts and styles, not documents: no policy needed on them.
    assert "Content-Security-Policy" not in served.http("assets/index-abc123.js").headers


def test_frame_ancestors_and_the_whole_policy_are_configurable(tmp_path: Path) -> None:
    static = built_frontend(tmp_path)
    flags = ["--server.frameAncestors", "'self' https://intranet.example.com"]
    with serving(tmp_path, static=static, flags=flags) as served:
        policy = served.http("").headers["Content-Security-Policy"]
        assert "frame-ancestors 'self' https://intranet.example.com" in policy
    flags = ["--server.contentSecurityPolicy", "default-src 'self'"]
    with serving(tmp_path, static=static, flags=flags) as served:
        assert served.http("").headers["Content-Security-Policy"] == "default-src 'self'"
    with serving(tmp_path, static=static, flags=["--server.contentSecurityPolicy", ""]) as served:
        assert "Content-Security-Policy" not in served.http("").headers


@pytest.mark.parametrize(
    ("flag", "value", "expected"),
    [
        ("--server.frameAncestors", "'self'; script-src *", "no `;`"),
        ("--server.frameAncestors", " ", "CSP sources"),
        ("--server.contentSecurityPolicy", "default-src 'self'\r\nSet-Cookie: x=1", "one line"),
    ],
)
def test_policies_that_would_inject_headers_or_directives_are_refused(
    tmp_path: Path, flag: str, value: str, expected: str
) -> None:
    with (
        pytest.raises(ConfigError, match=expected) as refused,
        serving(tmp_path, flags=[flag, value]),
    ):
        pass
    assert flag.removeprefix("--") in str(refused.value)
