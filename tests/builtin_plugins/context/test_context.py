"""`st.context` in AppTest: what the test sets is what the script reads, and it is read-only."""

from __future__ import annotations

from rill.testing.v1 import AppTest

SCRIPT = """
import rill as st
c = st.context
st.write(repr(c.headers.get("User-Agent")))
st.write(repr(c.headers.get_all("x-tag")))
st.write(repr(dict(c.cookies)))
st.write(repr(c.ip_address))
st.write(repr((c.locale, c.timezone, c.timezone_offset)))
st.write(repr((c.url, c.is_embedded, c.theme.type, c.theme["type"])))
"""


def values(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def test_without_a_browser_the_context_is_empty() -> None:
    at = AppTest.from_string(SCRIPT).run()
    assert not at.exception
    assert values(at) == [
        "None",
        "[]",
        "{}",
        "None",
        "(None, None, None)",
        "(None, False, None, None)",
    ]


def test_the_context_a_test_sets_is_what_the_script_reads() -> None:
    at = AppTest.from_string(SCRIPT)
    at.context.headers.update({"User-Agent": "Mozilla/5.0", "X-Tag": "only"})
    at.context.cookies["theme"] = "dark"
    at.context.ip_address = "203.0.113.9"
    at.context.locale = "de-DE"
    at.context.timezone = "Europe/Berlin"
    at.context.timezone_offset = -60
    at.context.url = "https://apps.example/sales?embed=true"
    at.context.theme_type = "dark"
    at.run()
    assert not at.exception
    assert values(at) == [
        "'Mozilla/5.0'",
        "['only']",
        "{'theme': 'dark'}",
        "'203.0.113.9'",
        "('de-DE', 'Europe/Berlin', -60)",
        "('https://apps.example/sales?embed=true', True, 'dark', 'dark')",
    ]


def test_a_loopback_address_reads_as_none_as_in_streamlit() -> None:
    at = AppTest.from_string("import rill as st\nst.write(repr(st.context.ip_address))")
    at.context.ip_address = "127.0.0.1"
    assert at.run().markdown[0].value == "None"


def test_the_context_is_read_only() -> None:
    at = AppTest.from_string("import rill as st\nst.context.locale = 'xx'").run()
    assert "st.context is read-only" in at.exception[0].message


def test_a_disabled_context_plugin_names_itself(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".rill").mkdir()
    (tmp_path / ".rill" / "config.toml").write_text('[plugins]\ndisabled = ["context"]\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    at = AppTest.from_string("import rill as st\nst.context.locale").run()
    message = at.exception[0].message
    assert "context" in message and "plugins.disabled" in message
