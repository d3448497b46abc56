"""Runs: streaming, stale-element trimming, reruns, stops, exceptions, magic."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from runtime_support import PRELUDE, Harness

from rill.core.errors import NoSessionContext
from rill.core.runtime.context import require_ctx

Make = Callable[..., Harness]


def statuses(messages: list[dict]) -> list[str]:
    return [m["status"] for m in messages if m["t"] == "script_finished"]


def test_a_run_streams_started_deltas_and_finished(harness: Make) -> None:
    h = harness(PRELUDE + "say('a')\nsay('b')\n")
    messages = h.run()
    assert [m["t"] for m in messages] == ["script_started", "delta", "delta", "script_finished"]
    assert [m["path"] for m in messages if m["t"] == "delta"] == [[0, 0], [0, 1]]
    assert statuses(messages) == ["ok"]


def test_elements_the_run_did_not_produce_again_are_trimmed(harness: Make) -> None:
    h = harness(
        PRELUDE + "n = st.session_state.setdefault('n', 3)\nfor i in range(n):\n    say(i)\n"
    )
    h.run()
    h.state["n"] = 1
    messages = h.run()
    assert {"t": "trim", "path": [0], "length": 1} in messages
    assert not [m for m in h.run() if m["t"] == "trim"]


def test_sidebar_is_trimmed_when_emptied(harness: Make) -> None:
    h = harness(
        PRELUDE
        + "from rill.core.runtime.tree import Container\n"
        + "if st.session_state.setdefault('side', True):\n"
        + "    with Container((1,)):\n        say('in sidebar')\n"
    )
    assert h.elements(h.run())[0][0] == [1, 0]
    h.state["side"] = False
    assert {"t": "trim", "path": [1], "length": 0} in h.run()


def test_exception_is_shown_and_the_session_stays_usable(harness: Make) -> None:
    h = harness(
        PRELUDE
        + "say('before')\nif st.session_state.setdefault('fail', True):\n    1 / 0\nsay('after')\n"
    )
    messages = h.run()
    kinds = [kind for _, kind, _ in h.elements(messages)]
    assert kinds == ["markdown", "exception"]
    error = h.elements(messages)[1][2]
    assert error["type"] == "ZeroDivisionError"
    assert error["message"] == "division by zero"
    assert any("app.py" in frame for frame in error["traceback"])
    assert statuses(messages) == ["error"]
    h.state["fail"] = False
    assert h.bodies(h.run()) == ["before", "after"]


def test_syntax_error_is_shown_with_file_and_line(harness: Make) -> None:
    h = harness("x = (\n")
    messages = h.run()
    (error,) = [props for _, kind, props in h.elements(messages) if kind == "exception"]
    assert error["type"] == "SyntaxError"
    assert "line 1" in error["message"]


def test_show_error_details_none_hides_the_details(harness: Make) -> None:
    h = harness(
        "raise ValueError('secret token 123')\n", flags=["--client.showErrorDetails", "none"]
    )
    messages = h.run()
    (error,) = [props for _, kind, props in h.elements(messages) if kind == "exception"]
    assert "secret" not in str(error)
    assert error["traceback"] == []


def test_st_stop_ends_the_run_and_removes_what_follows(harness: Make) -> None:
    h = harness(
        PRELUDE
        + "say('a')\nif st.session_state.setdefault('stop', False):\n    st.stop()\nsay('b')\n"
    )
    h.run()
    h.state["stop"] = True
    messages = h.run()
    assert h.bodies(messages) == ["a"]
    assert statuses(messages) == ["stopped"]
    assert {"t": "trim", "path": [0], "length": 1} in messages


def test_st_rerun_starts_a_new_run(harness: Make) -> None:
    h = harness(
        PRELUDE
        + "st.session_state.runs = st.session_state.get('runs', 0) + 1\n"
        + "say(st.session_state.runs)\n"
        + "if st.session_state.runs == 1:\n    st.rerun()\n"
    )
    messages = h.run()
    assert statuses(messages) == ["interrupted", "ok"]
    assert h.bodies(messages)[-1] == "2"


def test_rerun_request_interrupts_a_long_run_at_the_next_command(harness: Make) -> None:
    h = harness(
        PRELUDE
        + "import time\nst.session_state.setdefault('starts', 0)\nst.session_state.starts += 1\n"
        + "if st.session_state.starts == 1:\n"
        + "    for i in range(10_000):\n        say(i)\n        time.sleep(0.001)\n"
        + "say('done')\n"
    )
    h.client.take()
    h.session.request_rerun()
    time.sleep(0.2)
    h.session.request_rerun()
    assert h.session.wait_idle(10)
    messages = h.client.take()
    assert statuses(messages) == ["interrupted", "ok"]
    assert h.bodies(messages)[-1] == "done"


def test_without_fast_reruns_a_run_finishes_before_the_next(harness: Make) -> None:
    h = harness(
        PRELUDE + "import time\nfor i in range(20):\n    say(i)\n    time.sleep(0.005)\n",
        flags=["--runner.fastReruns", "false"],
    )
    h.session.request_rerun()
    time.sleep(0.03)
    h.session.request_rerun()
    assert h.session.wait_idle(10)
    assert statuses(h.client.take()) == ["ok", "ok"]


def test_stop_request_stops_a_script_at_its_next_command(harness: Make) -> None:
    h = harness(PRELUDE + "import time\nwhile True:\n    say('tick')\n    time.sleep(0.01)\n")
    h.session.request_rerun()
    time.sleep(0.1)
    h.session.request_stop()
    assert h.session.wait_idle(5)
    assert statuses(h.client.take()) == ["stopped"]


def test_stop_request_stops_a_busy_loop_without_commands(harness: Make) -> None:
    h = harness("x = 0\nwhile True:\n    x += 1\n")
    h.session.request_rerun()
    time.sleep(0.1)
    h.session.request_stop()
    assert h.session.wait_idle(5)
    assert statuses(h.client.take()) == ["stopped"]


def test_commands_outside_a_script_thread_raise_no_session_context() -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            require_ctx("markdown")
        except NoSessionContext as exc:
            errors.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert "st.markdown()" in str(errors[0])
    assert "add_script_run_ctx" in str(errors[0])


def test_add_script_run_ctx_lets_a_script_thread_write(harness: Make) -> None:
    h = harness(
        PRELUDE
        + "import threading\n"
        + "t = threading.Thread(target=lambda: say('from thread'))\n"
        + "st.add_script_run_ctx(t)\nt.start()\nt.join()\n"
    )
    assert h.bodies(h.run()) == ["from thread"]


def test_magic_writes_values_and_strings_but_not_docstrings(harness: Make) -> None:
    h = harness(
        '"""The file docstring."""\nimport rill as st\n'
        "answer = 6 * 7\nanswer\n'**bold** text'\n"
        "def f():\n    '''function docstring'''\n    'inside f'\nf()\nprint('not written')\n"
    )
    bodies = [props.get("body") for _, _, props in h.elements(h.run())]
    assert bodies == ["`42`", "**bold** text", "inside f"]


def test_magic_can_be_turned_off(harness: Make) -> None:
    h = harness("x = 1\nx\n'text'\n", flags=["--runner.magicEnabled", "false"])
    assert h.elements(h.run()) == []
