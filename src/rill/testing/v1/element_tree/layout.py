"""Layout elements that are not containers: `st.html`, `st.badge`, `st.space`, and the
trigger a dialog holds when dismissing it reruns the app."""

from __future__ import annotations

from rill.testing.v1.element_tree.base import Element, Widget


class Html(Element):
    """`st.html`: `value` is the HTML as sent (with `unsafe_allow_javascript`, its inline
    scripts point to `_rill/html/<id>.js`)."""

    TYPE = "html"

    @property
    def value(self) -> str:
        return str(self.props.get("body", ""))


class Badge(Element):
    """`st.badge`, listed with the Markdown elements as in Streamlit: `value` is the badge as
    a Markdown directive (`":blue-badge[Home]"`)."""

    TYPE = "markdown"

    @property
    def value(self) -> str:
        props = self.props
        icon = props.get("icon")
        label = str(props.get("label", "")).replace("[", "\\[").replace("]", "\\]")
        prefix = f"{icon} " if icon else ""
        return f":{props.get('color', 'blue')}-badge[{prefix}{label}]"

    @property
    def label(self) -> str:
        return str(self.props.get("label", ""))

    @property
    def color(self) -> str:
        return str(self.props.get("color", "blue"))


class Space(Element):
    """`st.space`: `value` is its size (`"small"`, ..., or pixels)."""

    TYPE = "space"

    @property
    def value(self) -> str | int:
        size: str | int = self.props.get("size", "small")
        return size


class DialogDismiss(Widget):
    """The trigger inside a dialog that dismissing it sets (see `Dialog.dismiss()`)."""

    TYPE = "dialog_dismiss"

    @property
    def value(self) -> bool:
        return bool(self._ctx.staging.value_of(self))
