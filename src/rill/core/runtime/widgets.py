"""Creating a widget during a run: its identity, its value, its element.

Every widget command ends in `register_widget`, which applies the documented rules in one
place: ids from the widget's kind, key, identifying parameters and page; duplicate ids and keys
are errors; a value set through `st.session_state` before the widget is created wins; inside a
form only the submit button may have a callback.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from typing import Any

from rill.core.runtime.context import require_ctx
from rill.core.runtime.state import WIDGET_ID_PREFIX, WidgetMeta
from rill.core.runtime.tree import RillAPIError, add_element

log = logging.getLogger("rill.widgets")


class DuplicateWidgetID(RillAPIError):
    """Two widgets of one run got the same identity."""


def widget_id(kind: str, key: str | None, params: dict[str, Any], page: str) -> str:
    """The id of a widget: stable across runs while its kind, key, parameters and page are.

    With a key, the key alone (with kind and page) identifies the widget, so changing its label
    or options keeps its value; without one, every identifying parameter counts.
    """
    if key is not None:
        basis = repr((kind, key, page))
    else:
        basis = repr((kind, sorted(params.items()), page))
    digest = hashlib.md5(basis.encode("utf-8"), usedforsecurity=False).hexdigest()
    return f"{WIDGET_ID_PREFIX}{digest}-{key}"


def register_widget(
    kind: str,
    props: dict[str, Any],
    *,
    key: str | int | None,
    params: dict[str, Any],
    default: Any,
    deserialize: Callable[[Any], Any],
    serialize: Callable[[Any], Any],
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | None = None,
    kwargs: dict[str, Any] | None = None,
    trigger: bool = False,
    settable: bool = True,
    valid: Callable[[Any], bool] | None = None,
    has_explicit_value: bool = False,
    coerce: Callable[[Any], Any] | None = None,
    digest: str | None = None,
) -> Any:
    """Create widget `kind` in the current container and return its value.

    Args:
        kind: The element kind (`"slider"`).
        props: The element's props except `value` (added here in wire form) and `form_id`.
        key: The user's key, if any; the value is also `st.session_state[key]`.
        params: The parameters that identify the widget when it has no key (label, options as
            display strings, default, bounds...): plain values with a stable `repr`.
        default: The value before the user touches the widget.
        deserialize: Wire value from the browser → Python value (raise ValueError on bad input).
        serialize: Python value → wire value for the browser.
        on_change: Called with `args`/`kwargs` before the next run when the value changes (for
            a trigger: when it fires).
        trigger: True for buttons: the value is True for one run after a click.
        settable: False for widgets whose value cannot be set through session state.
        valid: Whether a value kept from an earlier run still fits (options may have changed);
            a value that does not fit falls back to `default`.
        has_explicit_value: The user passed `value=` (for the session-state conflict warning).
        coerce: Maps a value kept from an earlier run onto this run's objects (options the
            rerun rebuilt, members of an Enum class it redefined); applied before `valid`, and
            the mapped value is kept.
        digest: A hash of the props (big ones: a data editor's rows), as for `add_element`;
            the widget's value and form are folded into it.
    """
    ctx = require_ctx(kind)
    user_key = None if key is None else str(key)
    form_id = ctx.form_id
    if form_id is not None and on_change is not None and kind != "form_submit_button":
        raise RillAPIError(
            f"With forms, callbacks can only be defined on the `st.form_submit_button`. "
            f"Defining callbacks on other widgets inside a form is not allowed (st.{kind})."
        )
    wid = widget_id(kind, user_key, params, str(ctx.page))
    if user_key is not None and user_key in ctx.widget_keys:
        raise DuplicateWidgetID(
            f"There are multiple widgets with the same `key='{user_key}'`. To fix this, please "
            "make sure that the `key` argument is unique for each widget you create."
        )
    if wid in ctx.widget_keys:
        raise DuplicateWidgetID(
            f"There are multiple identical `st.{kind}` widgets with the same generated key. "
            "When a widget is created, it's assigned an internal key based on its structure. "
            "Multiple widgets with an identical structure will result in the same internal key, "
            f"which causes this error. To fix this error, please pass a unique `key` argument "
            f"to `st.{kind}`."
        )
    ctx.widget_keys.add(wid)
    if user_key is not None:
        ctx.widget_keys.add(user_key)
    meta = WidgetMeta(
        id=wid,
        kind=kind,
        key=user_key,
        default=default,
        deserialize=deserialize,
        serialize=serialize,
        on_change=on_change,
        args=tuple(args or ()),
        kwargs=dict(kwargs or {}),
        trigger=trigger,
        form_id=form_id,
        fragment_id=ctx.fragment,
        settable=settable,
    )
    state = ctx.state
    value, from_api = state.register(meta)
    if coerce is not None and not trigger:
        coerced = coerce(value)
        if coerced is not value:
            state.set_value(wid, coerced)
            value = coerced
    if valid is not None and not trigger and not valid(value):
        state.reset_widget(wid)
        value = default
    if from_api and has_explicit_value:
        log.warning(
            'The widget with key "%s" was created with a default value but also had its value '
            "set via the Session State API.",
            user_key,
        )
    props["form_id"] = form_id
    if not trigger:
        props["value"] = serialize(value)
    if digest is not None:
        basis = repr((digest, props.get("value"), form_id)).encode("utf-8")
        digest = hashlib.md5(basis, usedforsecurity=False).hexdigest()
    meta.path = add_element(kind, props, id=wid, digest=digest).path
    meta.props = props
    return value


def resend_widget(widget_id: str) -> None:
    """Send a widget created in this run again, with its current value (after a reset)."""
    ctx = require_ctx("widget")
    meta = ctx.state.meta(widget_id)
    if meta is None or not meta.path:
        return
    props = dict(meta.props)
    if not meta.trigger:
        props["value"] = meta.serialize(ctx.state.value_of(widget_id))
    element = {"kind": meta.kind, "props": props, "id": widget_id}
    ctx.send({"t": "delta", "run_id": ctx.run_id, "path": list(meta.path), "element": element})
