"""The HTTP side of a real server: health, the frontend, plugin files and routes, security."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import urllib.request
from pathlib import Path

import pytest
import websocket
from server_harness import fetch, free_port, serving

from log_watch import expect_log
from rill.core.server.server import ServerError
from rill.plugins import ElementType, Request, Response, Route, hookimpl

INDEX = """<!doctype html>
<html><head><base href="/" /><script type="module" src="./assets/index-abc123.js"></script>
</head><body><div id="root"></div></body></html>
"""


def built_frontend(root: Path) -> Path:
    static = root / "static"
    (static / "assets").mkdir(parents=True)
    (static / "index.html").write_text(INDEX, encoding="utf-8")
    (static / "assets" / "index-abc123.js").write_text("export {};\n", encoding="utf-8")
    (static / "favicon.svg").write_text("<svg/>", encoding="utf-8")
    return static


def test_health_answers_ok_to_get_and_head(tmp_path: Path) -> None:
    with serving(tmp_path) as served:
        answer = served.http("_rill/health")
        assert (answer.status, answer.text) == (200, "ok")
        head = served.http("_rill/health", method="HEAD")
        assert (head.status, head.body) == (200, b"")


def test_index_is_served_for_the_root_and_page_urls_with_the_base_href(
    tmp_path: Path,
) -> None:
    static = built_frontend(tmp_path)
    flags = ["--server.baseUrlPath", "/apps/sales/"]
    with serving(tmp_path, flags=flags, static=static) as served:
        assert served.url.endswith("/apps/sales/")
        for path in ("", "charts", "Plotting_Demo", "%F0%9F%93%88_Charts"):
            answer = served.http(path)
            assert answer.status == 200
            assert '<base href="/apps/sales/" />' in answer.text
            assert answer.headers["Cache-Control"] == "no-cache"
        assert served.http("_rill/health").text == "ok"
        # Outside the base path there is nothing.
        root = f"http://127.0.0.1:{served.port}/"
        assert fetch(root + "_rill/health").status == 404
        # Without the trailing slash: redirected to it.
        assert fetch(served.url.rstrip("/")).text == served.http("").text


def test_hashed_assets_are_cached_for_long_and_missing_ones_are_404(tmp_path: Path) -> None:
    static = built_frontend(tmp_path)
    with serving(tmp_path, static=static) as served:
        asset = served.http("assets/index-abc123.js")
        assert asset.status == 200
        assert asset.text == "export {};\n"
        assert "max-age=31536000" in asset.headers["Cache-Control"]
        assert "immutable" in asset.headers["Cache-Control"]
        assert served.http("assets/index-missing.js").status == 404
        assert served.http("favicon.svg").text == "<svg/>"


def test_an_unbuilt_frontend_gets_a_page_saying_how_to_build_it(tmp_path: Path) -> None:
    with serving(tmp_path, static=tmp_path / "nothing-here") as served:
        answer = served.http("")
        assert answer.status == 200
        assert "not built" in answer.text
        assert "pip install -e ." in answer.text


def test_the_xsrf_cookie_is_set_when_protection_is_on(tmp_path: Path) -> None:
    with serving(tmp_path) as served:
        cookie = served.http("").headers["Set-Cookie"]
        assert cookie.startswith("_xsrf=")
        assert "SameSite=Strict" in cookie
    flags = ["--server.enableXsrfProtection", "false"]
    with serving(tmp_path, flags=flags) as served:
        assert served.http("").headers["Set-Cookie"] is None


async def echo(request: Request) -> Response:
    return Response("echo" if request.method == "GET" else "posted")


class Routes:
    """A test plugin with a route and an element renderer module."""

    def __init__(self, assets: Path) -> None:
        self.assets = assets

    @hookimpl
    def rill_register_routes(self, kernel):  # type: ignore[no-untyped-def]
        return [Route("/_rill/echo", echo, methods=("GET", "POST"))]

    @hookimpl
    def rill_register_elements(self):  # type: ignore[no-untyped-def]
        return [ElementType("sparkle", module="sparkle.js", assets=str(self.assets))]


def test_plugin_routes_and_element_modules_are_served(tmp_path: Path) -> None:
    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "sparkle.js").write_text("export default function render() {}\n")
    plugin = Routes(assets)
    flags = ["--server.baseUrlPath", "base"]
    with serving(tmp_path, flags=flags, extra_plugins=[("sparkles", plugin)]) as served:
        assert served.http("_rill/echo").text == "echo"
        module = served.http("_rill/elements/sparkle/sparkle.js")
        assert module.status == 200
        assert module.headers["Content-Type"].startswith("text/javascript")
        assert "render" in module.text
        assert served.http("_rill/elements/sparkle/../../app.py").status in (403, 404)
        assert served.http("_rill/elements/sparkle/missing.js").status == 404
        with served.tab() as tab:
            elements = tab.new_session()["elements"]
        assert elements["sparkle"] == "_rill/elements/sparkle/sparkle.js"


def test_post_routes_need_the_xsrf_token(tmp_path: Path) -> None:
    expect_log(r"'_xsrf' argument missing from POST", logger="tornado.general")
    plugin = Routes(tmp_path)
    with serving(tmp_path, extra_plugins=[("sparkles", plugin)]) as served:
        answer = fetch(served.url + "_rill/echo", method="POST")
        assert answer.status == 403
        cookie = served.http("").headers["Set-Cookie"].split(";")[0]
        token = cookie.split("=", 1)[1]
        request = urllib.request.Request(
            served.url + "_rill/echo",
            data=b"",
            method="POST",
            headers={"Cookie": cookie, "X-Xsrftoken": token},
        )
        with urllib.request.urlopen(request, timeout=10) as ok:
            assert ok.read() == b"posted"


def test_a_disabled_plugin_serves_neither_routes_nor_assets(tmp_path: Path) -> None:
    (tmp_path / "sparkle.js").write_text("export {};\n")
    plugin = Routes(tmp_path)
    flags = ["--plugins.disabled", "sparkles"]
    with serving(tmp_path, flags=flags, extra_plugins=[("sparkles", plugin)]) as served:
        # Unknown `_rill/` paths are 404, not the frontend's index.html.
        assert served.http("_rill/echo").status == 404
        assert served.http("_rill/elements/sparkle/sparkle.js").status == 404
        with served.tab() as tab:
            assert "sparkle" not in tab.new_session()["elements"]


def test_the_origin_check_refuses_foreign_pages(tmp_path: Path) -> None:
    with serving(tmp_path) as served:
        port = served.port
        for origin in (f"http://127.0.0.1:{port}", f"http://localhost:{port}"):
            with served.tab(origin=origin) as tab:
                assert tab.new_session()["t"] == "new_session"
        for origin in ("https://evil.example", f"http://localhost:{port + 1}", "null"):
            with pytest.raises(websocket.WebSocketBadStatusException) as refused:
                served.tab(origin=origin)
            assert refused.value.status_code == 403
        assert not served.server.hub.connected
    with (
        serving(tmp_path, flags=["--server.enableCORS", "false"]) as served,
        served.tab(origin="https://elsewhere.example") as tab,
    ):
        assert tab.new_session()["t"] == "new_session"


def test_a_default_port_in_use_moves_on_to_the_next(tmp_path: Path) -> None:
    with socket.socket() as taken:
        try:
            taken.bind(("127.0.0.1", 8501))
            taken.listen()
        except OSError:
            pass  # something else holds the default port: just as good
        with serving(tmp_path, port=0) as served:
            assert served.port > 8501
            assert served.http("_rill/health").text == "ok"


def test_an_explicit_port_in_use_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        message = rf"port {port} is already in use \(server.port, set by flag --server.port\)"
        with pytest.raises(ServerError, match=message), serving(tmp_path, port=port):
            pass


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_tls_serves_https(tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    flags = ["--server.sslCertFile", str(cert), "--server.sslKeyFile", str(key)]
    with serving(tmp_path, flags=flags) as served:
        assert served.url.startswith("https://")
        context = ssl.create_default_context(cafile=str(cert))
        context.check_hostname = False
        with urllib.request.urlopen(served.url + "_rill/health", context=context) as answer:
            assert answer.read() == b"ok"
            assert "Secure" in answer.headers["Set-Cookie"]
            assert answer.headers["Strict-Transport-Security"] == "max-age=31536000"


def test_an_unreadable_certificate_is_a_clear_error(tmp_path: Path) -> None:
    flags = ["--server.sslCertFile", "missing.pem", "--server.sslKeyFile", "missing-key.pem"]
    message = "server.sslCertFile/server.sslKeyFile: cannot load"
    with pytest.raises(ServerError, match=message), serving(tmp_path, flags=flags):
        pass


def test_free_port_helper_gives_a_bindable_port() -> None:
    port = free_port()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))
