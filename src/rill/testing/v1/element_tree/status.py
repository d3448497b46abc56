"""Status elements: status containers, toasts, progress bars, spinners, skeletons, balloons.

`at.status` and `at.toast` list the first two, as in Streamlit's AppTest; the others are found
with `at.get("progress")` and friends. A spinner (or a skeleton used with `with`) is gone by
the time a run ends, so a finished run has none.
"""

from __future__ import annotations

from rill.testing.v1.element_tree import blocks, text
from rill.testing.v1.element_tree.base import Element

#: The icon Streamlit's AppTest reports for each state of a status container.
_STATE_ICONS = {"running": "spinner", "complete": ":material/check:", "error": ":material/error:"}


class Status(blocks.Status):
    """`st.status`: a container with a `label` and a `state`.

    Attributes:
        label: The header text.
        state: `"running"`, `"complete"` or `"error"`.
        icon: The state's icon as Streamlit names it (`"spinner"`, `":material/check:"`,
            `":material/error:"`).
        expanded: Whether the script asked for it open.
    """

    @property
    def icon(self) -> str:
        return _STATE_ICONS.get(self.state, "")

    @property
    def expanded(self) -> bool:
        return bool(self.props.get("expanded", False))


class Toast(text.Toast):
    """`st.toast`: `value` is its body; `icon` is its icon, or `""` for none."""

    @property
    def icon(self) -> str:
        icon = self.props.get("icon")
        return icon if isinstance(icon, str) else ""

    @property
    def duration(self) -> int | None:
        """Seconds it stays; None when it stays until dismissed."""
        duration = self.props.get("duration")
        return duration if isinstance(duration, int) else None


class Progress(Element):
    """`st.progress`: `value` is how full the bar is, in percent (0 to 100)."""

    TYPE = "progress"

    @property
    def value(self) -> int:
        return int(self.props.get("value", 0))

    @property
    def text(self) -> str:
        """The message above the bar, or `""` for none."""
        return str(self.props.get("text") or "")


class Spinner(Element):
    """`st.spinner`, while its block runs: `value` is its message."""

    TYPE = "spinner"

    @property
    def value(self) -> str:
        return str(self.props.get("text", ""))


class Skeleton(Element):
    """`st.skeleton`, until something replaces it."""

    TYPE = "skeleton"

    @property
    def value(self) -> None:
        return None


class Balloons(Element):
    """`st.balloons`."""

    TYPE = "balloons"

    @property
    def value(self) -> None:
        return None


class Snow(Element):
    """`st.snow`."""

    TYPE = "snow"

    @property
    def value(self) -> None:
        return None
