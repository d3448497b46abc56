"""st.popover, st.container's layout options, st.columns' width, st.bottom, st.space, st.badge."""

from __future__ import annotations

from pathlib import Path

import pytest

from element_runner import error, run, shown, tree
from rill.testing.v1 import AppTest

# -- st.popover ------------------------------------------------------------------------------------


def test_popover_is_a_block_holding_what_is_written_to_it(tmp_path: Path) -> None:
    source = """
    with st.popover("Filters", help="Choose", icon="🔎") as box:
        st.write("inside")
    box.write("also inside")
    st.popover("Plain", type="primary", disabled=True, width=180)
    """
    elements = tree(run(tmp_path, source))
    assert elements[(0, 0)] == (
        "popover",
        {
            "label": "Filters",
            "type": "secondary",
            "help": "Choose",
            "icon": "🔎",
            "disabled": False,
            "width": "content",
        },
    )
    assert [elements[(0, 0, i)][1]["body"] for i in (0, 1)] == ["inside", "also inside"]
    assert elements[(0, 1)][1] == {
        "label": "Plain",
        "type": "primary",
        "help": None,
        "icon": None,
        "disabled": True,
        "width": 180,
    }


def test_use_container_width_wins_over_width(tmp_path: Path) -> None:
    source = """
    st.popover("A", use_container_width=True, width="content")
    st.popover("B", use_container_width=False, width="stretch")
    """
    assert [props["width"] for _, props in shown(tmp_path, source)] == ["stretch", "content"]


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        ("st.popover(None)", "A label is required for a popover"),
        ("st.popover('P', type='danger')", 'type argument to st.popover must be "primary"'),
        ("st.popover('P', width=0)", "width of st.popover must be a positive integer"),
        ("st.popover('P', icon='fire')", "not a valid emoji"),
    ],
)
def test_popover_errors(tmp_path: Path, call: str, expected: str) -> None:
    assert expected in error(tmp_path, call + "\n")


def popover_app() -> None:
    import rill as st

    with st.popover("Settings"):
        compact = st.checkbox("Compact")
    st.write(f"compact={compact}")


def test_apptest_reaches_the_widgets_in_a_popover() -> None:
    at = AppTest.from_function(popover_app).run()
    (popover,) = at.get("popover")
    assert popover.label == "Settings"
    popover.checkbox[0].check().run()
    assert at.markdown.values == ["compact=True"]


# -- st.container ----------------------------------------------------------------------------------


def test_container_layout_options(tmp_path: Path) -> None:
    source = """
    st.container(horizontal=True, horizontal_alignment="distribute", vertical_alignment="center",
                 gap="Large", width="content", height="stretch", border=True)
    st.container(gap=None, height=250)
    """
    first, second = (props for _, props in shown(tmp_path, source))
    assert first == {
        "border": True,
        "height": "stretch",
        "width": "content",
        "horizontal": True,
        "horizontal_alignment": "distribute",
        "vertical_alignment": "center",
        "gap": "large",
        "key": None,
    }
    assert (second["gap"], second["height"], second["border"]) == (None, 250, True)


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        ("st.container(width='wide')", "width of st.container must be a positive integer"),
        ("st.container(width=-1)", "width of st.container must be a positive integer"),
        ("st.container(gap='huge')", 'gap argument to st.container must be "small"'),
        (
            "st.container(horizontal_alignment='top')",
            'horizontal_alignment argument to st.container must be "left", "center", "right"',
        ),
        (
            "st.container(vertical_alignment='left')",
            'vertical_alignment argument to st.container must be "top", "center", "bottom"',
        ),
    ],
)
def test_container_errors(tmp_path: Path, call: str, expected: str) -> None:
    assert expected in error(tmp_path, call + "\n")


def test_container_keys_are_unique_among_elements(tmp_path: Path) -> None:
    source = """
    st.container(key="box")
    st.text_input("Name", key="box")
    """
    assert "There are multiple" in error(tmp_path, source)
    source = """
    st.container(key="box")
    st.container(key="box")
    """
    assert "There are multiple elements with the same `key='box'`" in error(tmp_path, source)


def test_columns_take_a_width_in_pixels(tmp_path: Path) -> None:
    elements = tree(run(tmp_path, "st.columns(2, width=300)\n"))
    assert elements[(0, 0)][1]["width"] == 300
    message = error(tmp_path, "st.columns(2, width='content')\n")
    assert "width of st.columns must be a positive integer (pixels) or 'stretch'" in message


# -- st.bottom -------------------------------------------------------------------------------------


def test_bottom_pins_elements_to_the_bottom_root(tmp_path: Path) -> None:
    source = """
    st.bottom.write("pinned")
    with st.bottom:
        st.text_input("Message")
    st.write("main")
    """
    elements = tree(run(tmp_path, source))
    assert elements[(3, 0)][1]["body"] == "pinned"
    assert elements[(3, 1)][0] == "text_input"
    assert elements[(0, 0)][1]["body"] == "main"


@pytest.mark.parametrize(
    "source",
    [
        "with st.sidebar:\n    st.bottom.write('x')\n",
        "@st.dialog('D')\ndef d():\n    st.bottom.write('x')\nd()\n",
    ],
)
def test_bottom_is_for_the_main_area_only(tmp_path: Path, source: str) -> None:
    assert "st.bottom can only be used in the main area" in error(tmp_path, source)


# -- st.space --------------------------------------------------------------------------------------


def test_space_sizes(tmp_path: Path) -> None:
    source = """
    st.space()
    st.space("large")
    st.space("stretch")
    st.space(40)
    """
    assert [props for _, props in shown(tmp_path, source)] == [
        {"size": "small"},
        {"size": "large"},
        {"size": "stretch"},
        {"size": 40},
    ]


@pytest.mark.parametrize("size", ["'huge'", "0", "True", "2.5"])
def test_space_errors(tmp_path: Path, size: str) -> None:
    assert "size of st.space must be a positive integer" in error(tmp_path, f"st.space({size})\n")


# -- st.badge --------------------------------------------------------------------------------------


def test_badge(tmp_path: Path) -> None:
    source = """
    st.badge("New")
    st.badge("Done", icon=":material/check:", color="grey", width="stretch", help="All good")
    """
    assert [props for _, props in shown(tmp_path, source)] == [
        {"label": "New", "icon": None, "color": "blue", "width": "content", "help": None},
        {
            "label": "Done",
            "icon": ":material/check:",
            "color": "gray",
            "width": "stretch",
            "help": "All good",
        },
    ]


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        ("st.badge('B', color='pink')", "color argument to st.badge must be one of"),
        ("st.badge('B', icon=':rocket:')", "not a valid emoji"),
        ("st.badge('B', width='wide')", "width of st.badge must be a positive integer"),
    ],
)
def test_badge_errors(tmp_path: Path, call: str, expected: str) -> None:
    assert expected in error(tmp_path, call + "\n")


def badge_app() -> None:
    import rill as st

    st.markdown("Some text")
    st.badge("Home [beta]", icon="🏠", color="green")


def test_apptest_lists_badges_with_markdown_as_streamlit_does() -> None:
    at = AppTest.from_function(badge_app).run()
    assert at.markdown.values == ["Some text", ":green-badge[🏠 Home \\[beta\\]]"]
    assert at.markdown[1].label == "Home [beta]"
    assert at.get("badge")[0].color == "green"
