"""Plugin routes on the framework-neutral API: patterns, methods, requests, session tokens."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from server_harness import fetch, serving

from log_watch import expect_log
from rill.core.signing import Signer
from rill.plugins import Request, Response, Route, hookimpl


async def describe(request: Request) -> Response:
    body = {
        "method": request.method,
        "path": request.path,
        "params": dict(request.params),
        "q": request.arg("q"),
        "agent": request.headers.get("user-agent"),
        "cookie": request.cookies.get("flavour"),
        "body": request.body.decode(),
    }
    headers = [("X-Route", "describe"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2")]
    return Response(json.dumps(body), content_type="application/json", headers=headers)


async def nudge(request: Request) -> Response:
    """A session-aware route: only a request carrying the session's token may rerun it."""
    session_id = request.sessions.verify(request.arg("token") or "", "nudge")
    if session_id is None:
        return Response("not a token of any session", status=403)
    if not request.sessions.hand(session_id, lambda s: s.request_rerun()):
        return Response("no such session", status=404)
    return Response("nudged")


async def token_for(request: Request) -> Response:
    return Response(request.sessions.token(request.params["session_id"], "nudge"))


async def broken(request: Request) -> Response:
    return "not a response"  # type: ignore[return-value]


class Routes:
    @hookimpl
    def rill_register_routes(self, kernel):  # type: ignore[no-untyped-def]
        return [
            Route("/_t/describe/{name}/{rest:path}", describe, methods=("GET", "POST")),
            Route("/_t/nudge", nudge, methods=("POST",), xsrf=False),
            Route("/_t/token/{session_id}", token_for),
            Route("/_t/broken", broken),
        ]


def test_a_route_sees_its_request_and_its_response_reaches_the_client(tmp_path: Path) -> None:
    flags = ["--server.baseUrlPath", "base"]
    with serving(tmp_path, flags=flags, extra_plugins=[("t", Routes())]) as served:
        answer = fetch(
            served.url + "_t/describe/caf%C3%A9/a/b.txt?q=1&q=2",
            headers={"User-Agent": "probe/2", "Cookie": "flavour=mint"},
        )
        assert answer.status == 200
        assert answer.headers["Content-Type"] == "application/json"
        assert answer.headers["X-Route"] == "describe"
        assert answer.headers.get_all("Set-Cookie") == ["a=1", "b=2"]
        assert answer.headers["Server"] == "rill"  # the edge headers apply to plugin routes
        assert json.loads(answer.body) == {
            "method": "GET",
            "path": "/_t/describe/café/a/b.txt",
            "params": {"name": "café", "rest": "a/b.txt"},
            "q": "2",
            "agent": "probe/2",
            "cookie": "mint",
            "body": "",
        }


def test_a_method_the_route_does_not_answer_is_405(tmp_path: Path) -> None:
    with serving(tmp_path, extra_plugins=[("t", Routes())]) as served:
        answer = fetch(served.url + "_t/token/abc", method="DELETE")
        assert answer.status == 405
        assert answer.headers["Allow"] == "GET"


def test_state_changing_methods_need_the_xsrf_token_unless_the_route_opts_out(
    tmp_path: Path,
) -> None:
    expect_log(r"'_xsrf' argument missing from POST", logger="tornado.general")
    with serving(tmp_path, extra_plugins=[("t", Routes())]) as served:
        assert fetch(served.url + "_t/describe/x/y", method="POST").status == 403
        # xsrf=False: the token check is the route's own (a forged one is refused).
        assert fetch(served.url + "_t/nudge?token=forged", method="POST").status == 403


def test_a_route_finds_proves_and_reruns_a_session(tmp_path: Path) -> None:
    with serving(tmp_path, extra_plugins=[("t", Routes())]) as served, served.tab() as tab:
        session_id = tab.new_session()["session_id"]
        tab.run()
        token = served.http(f"_t/token/{session_id}").text
        answer = fetch(served.url + f"_t/nudge?token={token}", method="POST")
        assert (answer.status, answer.text) == (200, "nudged")
        assert tab.finished()[-1]["t"] == "script_finished"  # the session ran again
        # A token for a session that is not connected here: nothing to hand work to.
        stranger = served.http("_t/token/0123abcd").text
        assert fetch(served.url + f"_t/nudge?token={stranger}", method="POST").status == 404


def test_a_handler_that_answers_no_response_is_a_500_and_logged(tmp_path: Path) -> None:
    expect_log(r"route /_t/broken answered 'not a response', not a Response", logger="rill.server")
    expect_log(r"500 GET", logger="tornado.access")
    with serving(tmp_path, extra_plugins=[("t", Routes())]) as served:
        assert fetch(served.url + "_t/broken").status == 500


@pytest.mark.parametrize("tamper", ["flip", "purpose", "expired", "garbage"])
def test_tokens_are_refused_when_forged_reused_for_another_purpose_or_old(tamper: str) -> None:
    now = [1000.0]
    signer = Signer("secret", clock=lambda: now[0])
    token = signer.sign("abc", "uploads", ttl=60)
    assert signer.unsign(token, "uploads") == "abc"
    if tamper == "flip":
        body, mac = token.split(".")
        token = body[:-1] + ("A" if body[-1] != "A" else "B") + "." + mac
        assert signer.unsign(token, "uploads") is None
    elif tamper == "purpose":
        assert signer.unsign(token, "media") is None
    elif tamper == "expired":
        now[0] += 61
        assert signer.unsign(token, "uploads") is None
    else:
        assert signer.unsign("not.a.token", "uploads") is None
        assert signer.unsign("", "uploads") is None
    assert Signer("another secret").unsign(signer.sign("abc", "uploads"), "uploads") is None


def test_an_unset_cookie_secret_is_random_per_process_and_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level("INFO", logger="rill.server"):
        first, second = Signer(None), Signer(None)
    assert first.secret != second.secret
    assert "replicas behind one proxy need the same server.cookieSecret" in caplog.text


def test_plugin_routes_and_the_app_share_one_secret(tmp_path: Path) -> None:
    flags = ["--server.cookieSecret", "s3cret"]
    with serving(tmp_path, flags=flags, extra_plugins=[("t", Routes())]) as served:
        token = served.http("_t/token/abc").text
    assert Signer("s3cret").unsign(token, "nudge") == "abc"
