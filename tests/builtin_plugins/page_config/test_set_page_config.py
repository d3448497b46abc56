"""st.set_page_config: additive calls, the message each sends, and the values it refuses."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from element_runner import Recorder
from rill.builtin_plugins.page_config.commands import RANDOM_ICONS
from rill.core.kernel import Kernel
from rill.core.runtime.run import RerunData
from rill.core.runtime.session import Session
from rill.schemas.protocol import server_message


def run(tmp_path: Path, source: str) -> tuple[Session, list[dict[str, Any]]]:
    path = tmp_path / "app.py"
    path.write_text("import rill as st\n" + textwrap.dedent(source), encoding="utf-8")
    client = Recorder()
    session = Session(Kernel.load(cwd=tmp_path, home=tmp_path, env={}), path, client)
    try:
        session.request_rerun(RerunData())
        assert session.wait_idle(10)
    finally:
        session.close()
    for message in client.messages:
        server_message.validate_python(message)
    return session, client.messages


def configs(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [m for m in messages if m["t"] == "page_config"]


def error(tmp_path: Path, source: str) -> str:
    _, messages = run(tmp_path, source)
    (props,) = [m["element"]["props"] for m in messages if m["t"] == "delta"]
    return str(props["message"])


def test_each_call_sends_only_what_it_sets_and_the_session_keeps_the_merge(
    tmp_path: Path,
) -> None:
    source = """
    import pathlib
    result = st.set_page_config(page_title="Sales", page_icon="📈", layout="wide")
    st.set_page_config(initial_sidebar_state="collapsed", menu_items={"Get Help": None})
    st.set_page_config(page_title="Sales (Q3)", menu_items={" About ": "  # Hi\\n  there"})
    st.set_page_config(page_icon=pathlib.Path("icon.png"))
    st.set_page_config()
    assert result is None
    """
    session, messages = run(tmp_path, source)
    assert configs(messages) == [
        {"t": "page_config", "title": "Sales", "icon": "📈", "layout": "wide"},
        {
            "t": "page_config",
            "initial_sidebar_state": "collapsed",
            "menu_items": {"get help": None},
        },
        {"t": "page_config", "title": "Sales (Q3)", "menu_items": {"about": "# Hi\nthere"}},
        {"t": "page_config", "icon": "icon.png"},
        {"t": "page_config"},
    ]
    assert session.stash["page_config"] == {
        "title": "Sales (Q3)",
        "icon": "icon.png",
        "layout": "wide",
        "initial_sidebar_state": "collapsed",
        "menu_items": {"get help": None, "about": "# Hi\nthere"},
    }
    assert [m["t"] for m in messages if m["t"] == "delta"] == []


def test_icons_pass_through_and_random_picks_an_emoji(tmp_path: Path) -> None:
    source = """
    st.set_page_config(page_icon=":shark:")
    st.set_page_config(page_icon=":material/thumb_up:")
    st.set_page_config(page_icon="https://example.com/favicon.png")
    st.set_page_config(page_icon="random")
    """
    icons = [m["icon"] for m in configs(run(tmp_path, source)[1])]
    assert icons[:3] == [":shark:", ":material/thumb_up:", "https://example.com/favicon.png"]
    assert icons[3] in RANDOM_ICONS


def test_menu_urls(tmp_path: Path) -> None:
    source = """
    st.set_page_config(menu_items={
        "get help": "https://example.com/help",
        "REPORT A BUG": "mailto:bugs@example.com",
    })
    """
    ((config,),) = [configs(run(tmp_path, source)[1])]
    assert config["menu_items"] == {
        "get help": "https://example.com/help",
        "report a bug": "mailto:bugs@example.com",
    }


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("layout='full'", '`layout` must be "centered" or "wide" (got "full")'),
        (
            "initial_sidebar_state='open'",
            '`initial_sidebar_state` must be "auto" or "expanded" or "collapsed" (got "open")',
        ),
        (
            "menu_items={'Help me': 'https://x.org'}",
            'We only accept the keys: "Get help", "Report a bug", and "About" '
            '("Help me" is not a valid key.)',
        ),
        ("menu_items={'Get help': 'example.com'}", '"example.com" is a not a valid URL!'),
        ("menu_items={'Report a bug': 'ftp://x.org'}", '"ftp://x.org" is a not a valid URL!'),
        ("page_icon=b'png'", "images given as bytes are not supported yet"),
    ],
)
def test_bad_values_are_refused(tmp_path: Path, call: str, message: str) -> None:
    assert message in error(tmp_path, f"st.set_page_config({call})\n")


def test_outside_a_script_it_does_nothing() -> None:
    from rill.builtin_plugins.page_config.commands import set_page_config

    assert set_page_config(page_title="no session") is None
