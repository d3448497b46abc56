"""The alerts plugin: success, info, warning, error and exception boxes, and icon checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from element_runner import error, shown
from rill.core.runtime.icons import is_emoji

# -- alerts ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["success", "info", "warning", "error"])
def test_alert_kinds_icons_and_handles(tmp_path: Path, kind: str) -> None:
    source = f"""
    box = st.{kind}('''
        Something **happened**
          here
    ''', icon="🚨")
    st.{kind}(404, icon=":material/error_outline:")
    st.{kind}("plain")
    box.{kind}("replaced")
    """
    assert shown(tmp_path, source) == [
        (kind, {"body": "replaced", "icon": None}),
        (kind, {"body": "404", "icon": ":material/error_outline:"}),
        (kind, {"body": "plain", "icon": None}),
    ]


def test_first_alert_before_replacement(tmp_path: Path) -> None:
    source = """
    st.info('''
        Something **happened**
          here
    ''', icon="🚨")
    """
    assert shown(tmp_path, source) == [
        ("info", {"body": "Something **happened**\n  here", "icon": "🚨"})
    ]


@pytest.mark.parametrize(
    ("icon", "message"),
    [
        (
            ":rotating_light:",
            'RillAPIError: The value ":rotating_light:" is not a valid emoji. Shortcodes are not '
            "allowed, please use a single character instead.",
        ),
        ("fire", 'The value "fire" is not a valid emoji.'),
        (":material/Not-An-Icon:", "is not a valid Material icon. Please use a Material icon"),
    ],
)
def test_bad_icons_are_refused(tmp_path: Path, icon: str, message: str) -> None:
    assert message in error(tmp_path, f"st.warning('x', icon={icon!r})\n")


@pytest.mark.parametrize("emoji", ["🚨", "✅", "⚠️", "👍🏽", "👨‍👩‍👧", "🇫🇷", "1️⃣", "‼️", "©️"])
def test_emoji_are_recognised(emoji: str) -> None:
    assert is_emoji(emoji)


@pytest.mark.parametrize("text", ["", "a", "ab", ":fire:", "é", "🚨 fire", "12", "→"])
def test_non_emoji_are_not(text: str) -> None:
    assert not is_emoji(text)


# -- exception -------------------------------------------------------------------------------------


def test_exception_shows_type_message_and_traceback(tmp_path: Path) -> None:
    source = """
    def fail():
        raise KeyError("missing")

    try:
        fail()
    except KeyError as exc:
        handle = st.exception(exc)
    st.exception(RuntimeError("not raised"))
    """
    (kind, raised), (_, made) = shown(tmp_path, source)
    assert kind == "exception"
    assert (raised["type"], raised["message"]) == ("KeyError", "'missing'")
    assert any("fail()" in frame for frame in raised["traceback"])
    assert any('raise KeyError("missing")' in frame for frame in raised["traceback"])
    assert made == {"type": "RuntimeError", "message": "not raised", "traceback": []}


def test_exception_is_shown_in_full_whatever_the_error_details_setting(tmp_path: Path) -> None:
    (tmp_path / ".rill").mkdir()
    (tmp_path / ".rill" / "config.toml").write_text('[client]\nshowErrorDetails = "none"\n')
    ((_, props),) = shown(tmp_path, "st.exception(ValueError('shown anyway'))\n")
    assert props["message"] == "shown anyway"


def test_exception_needs_an_exception(tmp_path: Path) -> None:
    assert error(tmp_path, "st.exception('oops')\n") == (
        "RillAPIError: st.exception() expects an exception, not str."
    )
