"""Running apps with AppTest: sources, exceptions, timeouts, reruns and stops, session state,
query parameters, secrets, pages and config."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from rill.testing.v1 import AppTest

HERE = Path(__file__).parent


# -- where the script comes from --------------------------------------------------------------


def test_from_file_resolves_relative_paths_against_the_calling_test_file() -> None:
    at = AppTest.from_file("apps/apptest_hello.py").run()
    assert at.title[0].value == "Hello"
    assert AppTest.from_file(HERE / "apps" / "apptest_hello.py").run().title[0].value == "Hello"


def test_from_file_falls_back_to_the_working_directory_and_reports_missing_files(
    project: Any,
) -> None:
    (project.cwd / "local_app.py").write_text("import rill as st\nst.text('local')\n")
    assert AppTest.from_file("local_app.py").run().text[0].value == "local"
    with pytest.raises(FileNotFoundError, match=r"no_such_app\.py"):
        AppTest.from_file("no_such_app.py")


def test_from_string_dedents_the_script() -> None:
    at = AppTest.from_string(
        """
        import rill as st
        st.markdown("indented")
        """
    ).run()
    assert at.markdown[0].value == "indented"


def test_from_function_runs_the_body_with_args_and_kwargs() -> None:
    def script(greeting: str, *, name: str = "nobody") -> None:
        import rill as st

        st.markdown(f"{greeting}, {name}!")

    at = AppTest.from_function(script, args=("Hi",), kwargs={"name": "Ada"}).run()
    assert at.markdown.values == ["Hi, Ada!"]
    assert AppTest.from_function(script, args=("Yo",)).run().markdown[0].value == "Yo, nobody!"


# -- errors, timeouts, reruns, stops --------------------------------------------------------


def test_an_exception_in_the_script_is_an_element_and_the_session_goes_on() -> None:
    at = AppTest.from_string(
        """
import rill as st
st.markdown("before")
if st.session_state.get("fail", True):
    raise ValueError("boom")
st.markdown("after")
"""
    ).run()
    assert len(at.exception) == 1
    error = at.exception[0]
    assert error.value == error.message == "boom"
    assert error.is_warning is False
    assert any("raise ValueError" in line for line in error.stack_trace)
    assert at.markdown.values == ["before"]
    at.session_state.fail = False
    at.run()
    assert not at.exception
    assert at.markdown.values == ["before", "after"]


def test_a_syntax_error_is_shown_too() -> None:
    at = AppTest.from_string("import rill as st\nst.markdown('x'\n").run()
    assert "line 2" in at.exception[0].value or "never closed" in at.exception[0].value


def test_a_run_that_takes_too_long_raises_and_stops_the_script() -> None:
    at = AppTest.from_string(
        """
import time
import rill as st
while st.session_state.get("spin", True):
    time.sleep(0.01)
st.markdown("done")
"""
    )
    started = time.monotonic()
    with pytest.raises(RuntimeError, match=r"timed out after 0.2\(s\)"):
        at.run(timeout=0.2)
    assert time.monotonic() - started < 5
    at.session_state.spin = False
    assert at.run().markdown.values == ["done"]


def test_st_rerun_runs_again_within_the_same_run_call() -> None:
    at = AppTest.from_string(
        """
import rill as st
st.session_state.setdefault("n", 0)
st.session_state.n += 1
st.markdown(f"run {st.session_state.n}")
if st.session_state.n < 3:
    st.rerun()
"""
    ).run()
    assert at.markdown.values == ["run 3"]
    assert at.session_state.n == 3


def test_st_stop_ends_the_run_without_an_error() -> None:
    at = AppTest.from_string(
        "import rill as st\nst.markdown('shown')\nst.stop()\nst.markdown('never')\n"
    ).run()
    assert at.markdown.values == ["shown"]
    assert not at.exception


# -- session state --------------------------------------------------------------------------


def test_session_state_is_read_and_written_between_runs() -> None:
    at = AppTest.from_string(
        """
import rill as st
st.session_state.setdefault("count", 0)
st.session_state.count += 1
"""
    )
    at.session_state["count"] = 10
    at.run()
    assert at.session_state["count"] == 11
    assert at.session_state.count == 11
    assert "count" in at.session_state and "other" not in at.session_state
    assert list(at.session_state) == ["count"]
    assert at.session_state.to_dict() == {"count": 11}
    del at.session_state.count
    assert at.run().session_state.count == 1


def test_session_state_errors_for_the_test() -> None:
    at = AppTest.from_string("import rill as st\n").run()
    with pytest.raises(KeyError, match="missing"):
        at.session_state["missing"]
    with pytest.raises(AttributeError, match="missing not found in session_state"):
        at.session_state.missing  # noqa: B018
    with pytest.raises(AttributeError, match="missing not found in session_state"):
        del at.session_state.missing


def test_session_state_errors_in_the_script_are_shown() -> None:
    at = AppTest.from_string("import rill as st\nst.session_state.missing\n").run()
    assert at.exception[0].value.startswith('st.session_state has no attribute "missing"')
    at = AppTest.from_string("import rill as st\nst.session_state['missing']\n").run()
    assert 'st.session_state has no key "missing"' in at.exception[0].value


# -- query parameters, secrets, pages, config -----------------------------------------------


def test_query_params_reach_the_script_and_come_back_after_the_run() -> None:
    at = AppTest.from_string(
        """
import rill as st
st.markdown(f"tab={st.query_params.get('tab')}")
st.query_params["seen"] = "yes"
st.query_params["many"] = ["a", "b"]
"""
    )
    at.query_params["tab"] = "settings"
    at.run()
    assert at.markdown[0].value == "tab=settings"
    assert at.query_params == {"tab": "settings", "seen": "yes", "many": ["a", "b"]}
    at.query_params["tab"] = ["x", "y"]
    assert at.run().markdown[0].value == "tab=y"


def test_secrets_are_stored_for_the_session() -> None:
    at = AppTest.from_string(
        """
import rill as st
from rill.core.runtime.context import get_script_run_ctx
secrets = get_script_run_ctx().session.stash.get("secrets")
st.markdown(repr(secrets))
"""
    )
    assert at.run().markdown[0].value == "None"
    at.secrets["WORD"] = "Foobar"
    assert at.run().markdown[0].value == "{'WORD': 'Foobar'}"


def test_switch_page_runs_another_page_script(project: Any) -> None:
    (project.cwd / "pages").mkdir()
    (project.cwd / "main_app.py").write_text("import rill as st\nst.title('Main')\n")
    (project.cwd / "pages" / "other.py").write_text("import rill as st\nst.title('Other')\n")
    at = AppTest.from_file(project.cwd / "main_app.py").run()
    assert at.title[0].value == "Main"
    assert at.switch_page("pages/other.py") is at
    assert at.run().title.values == ["Other"]
    with pytest.raises(ValueError, match=r"pages/none\.py"):
        at.switch_page("pages/none.py")


def test_magic_writes_bare_expressions_unless_config_turns_it_off(project: Any) -> None:
    script = "import rill as st\n'a bare string'\n"
    assert AppTest.from_string(script).run().markdown.values == ["a bare string"]
    project.project_config("[runner]\nmagicEnabled = false\n")
    assert AppTest.from_string(script).run().markdown.values == []


def test_an_idle_session_holds_no_script_thread() -> None:
    at = AppTest.from_string("import rill as st\nst.markdown('x')\n").run()
    assert at._session._thread is None  # the thread ends with the run; the next run starts one
    assert at.run().markdown[0].value == "x"
    assert at._session._thread is None
