"""st.toast: where toasts go (the event layer), their durations and icons, the handle that
changes a toast, and AppTest's `at.toast`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from element_runner import error, run, tree
from rill.testing.v1 import AppTest


def toasts(tmp_path: Path, source: str) -> dict[tuple[int, ...], dict[str, Any]]:
    return {
        path: props
        for path, (kind, props) in tree(run(tmp_path, source)).items()
        if kind == "toast"
    }


def test_toasts_stack_in_the_event_layer_wherever_they_are_called(tmp_path: Path) -> None:
    source = """
st.write("main")
st.toast("First")
with st.sidebar:
    st.toast("From the sidebar")
col, = st.columns(1)
col.toast("From a column")
"""
    assert toasts(tmp_path, source) == {
        (2, 0): {"body": "First", "icon": None, "duration": 4},
        (2, 1): {"body": "From the sidebar", "icon": None, "duration": 4},
        (2, 2): {"body": "From a column", "icon": None, "duration": 4},
    }


@pytest.mark.parametrize(
    ("duration", "seconds"),
    [('"short"', 4), ('"long"', 10), ('"infinite"', None), ("7", 7)],
)
def test_durations(tmp_path: Path, duration: str, seconds: int | None) -> None:
    ((props),) = toasts(tmp_path, f"st.toast('x', duration={duration})\n").values()
    assert props["duration"] == seconds


@pytest.mark.parametrize("icon", ["🔥", ":material/thumb_up:", "spinner"])
def test_icons(tmp_path: Path, icon: str) -> None:
    ((props),) = toasts(tmp_path, f"st.toast('x', icon={icon!r})\n").values()
    assert props["icon"] == icon


def test_the_handle_changes_the_same_toast(tmp_path: Path) -> None:
    source = """
msg = st.toast("Gathering ingredients...", icon="spinner")
msg.toast("Cooking...")
msg.toast("Ready!", icon="🥞")
st.toast("Another")
"""
    assert toasts(tmp_path, source) == {
        (2, 0): {"body": "Ready!", "icon": "🥞", "duration": 4},
        (2, 1): {"body": "Another", "icon": None, "duration": 4},
    }


def test_a_fragment_shows_toasts_too(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        """
import rill as st

@st.fragment
def panel():
    if st.button("Notify"):
        st.toast("From the fragment")

panel()
""",
        encoding="utf-8",
    )
    at = AppTest.from_file(str(script)).run()
    assert len(at.toast) == 0
    at.button[0].click().run()
    assert [t.value for t in at.toast] == ["From the fragment"]


def test_apptest_reads_toasts_like_streamlit(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        "import rill as st\nst.toast('  Saved!  ', icon='😍')\nst.toast(42, duration='long')\n",
        encoding="utf-8",
    )
    at = AppTest.from_file(str(script)).run()
    saved, number = at.toast
    assert (saved.value, saved.icon, saved.duration) == ("Saved!", "😍", 4)
    assert (number.value, number.icon, number.duration) == ("42", "", 10)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.toast('')", "The body of st.toast cannot be blank"),
        ("st.toast('   ')", "The body of st.toast cannot be blank"),
        ("st.toast('x', icon='fire')", 'The value "fire" is not a valid emoji'),
        ("st.toast('x', duration='forever')", '"short", "long", "infinite" or a positive number'),
        ("st.toast('x', duration=0)", "not 0"),
        ("st.toast('x', duration=2.5)", "not 2.5"),
        ("st.toast('x', duration=True)", "not True"),
    ],
)
def test_bad_arguments_are_named(tmp_path: Path, call: str, message: str) -> None:
    assert message in error(tmp_path, call + "\n")
