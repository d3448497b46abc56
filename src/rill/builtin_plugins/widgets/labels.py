"""What every widget shows around its control: the label, its visibility, the help tooltip, and
whether the widget is disabled. Also the callback arguments, which every widget takes alike."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from textwrap import dedent
from typing import Any

from rill.plugins import RillAPIError

log = logging.getLogger("rill.widgets")

LABEL_VISIBILITIES = ("visible", "hidden", "collapsed")


def widget_props(
    command: str, label: Any, *, help: Any, disabled: Any, label_visibility: Any
) -> dict[str, Any]:
    """The props every widget has, checked.

    Args:
        command: The command's name, for messages (`"slider"`).
        label: What the user passed as `label`.
        help: The tooltip, or None.
        disabled: Whether the widget is greyed out.
        label_visibility: `"visible"`, `"hidden"` (a spacer keeps alignment) or `"collapsed"`.

    Raises:
        RillAPIError: the label is not a string, or `label_visibility` is not one of the three.

    Example:
        props = widget_props("slider", "Age", help=None, disabled=False,
                             label_visibility="visible")
    """
    if not isinstance(label, str):
        raise RillAPIError(
            f"The `label` of `st.{command}` must be a string, not {type(label).__name__}."
        )
    if label_visibility not in LABEL_VISIBILITIES:
        raise RillAPIError(
            f"Unsupported label_visibility option '{label_visibility}'. Valid values are "
            "'visible', 'hidden' or 'collapsed'."
        )
    if not label:
        # Screen readers announce the label even when it is hidden; an empty one says nothing.
        log.warning(
            "`label` got an empty value. This is discouraged for accessibility reasons and may "
            "be disallowed in the future by raising an exception. Please provide a non-empty "
            "label and hide it with label_visibility if needed."
        )
    return {
        "label": label,
        "help": None if help is None else dedent(str(help)),
        "disabled": bool(disabled),
        "label_visibility": label_visibility,
    }


def callback_args(args: Iterable[Any] | None) -> tuple[Any, ...] | None:
    """`args` of a widget callback as a tuple (users pass lists or tuples)."""
    return None if args is None else tuple(args)
