"""`@st.dialog`: calling the decorated function opens a modal dialog that runs as a fragment.

The dialog is a block in the event layer: it opens each time the server sends it (each call of
the function) and goes at the end of the next full run that does not call the function again,
which is how `st.rerun()` inside it closes it. Its body is a fragment container, so widgets in
the dialog rerun only the function. When dismissing the dialog should rerun the app
(`on_dismiss="rerun"` or a callback), the dialog also holds a `dialog_dismiss` trigger widget,
which the browser clicks when the user dismisses it.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Literal, TypeVar, overload

from rill.builtin_plugins.layout.nesting import enclosing_kinds, note_block
from rill.plugins import (
    EVENT,
    Container,
    Fragment,
    RillAPIError,
    ScriptRunContext,
    add_element,
    command,
    register_widget,
    require_ctx,
)

F = TypeVar("F", bound=Callable[..., Any])
DialogWidth = Literal["small", "medium", "large"]
OnDismiss = Literal["ignore", "rerun"] | Callable[..., Any]

WIDTHS = ("small", "medium", "large")
#: Run stash key: a dialog was opened in this run.
_OPENED = "layout.dialog_opened"


@overload
def dialog(
    title: str,
    *,
    width: DialogWidth = "small",
    dismissible: bool = True,
    on_dismiss: OnDismiss = "ignore",
) -> Callable[[F], F]: ...


@overload
def dialog(
    title: F,
    *,
    width: DialogWidth = "small",
    dismissible: bool = True,
    on_dismiss: OnDismiss = "ignore",
) -> F: ...


@command("layout")
def dialog(
    title: str | F,
    *,
    width: DialogWidth = "small",
    dismissible: bool = True,
    on_dismiss: OnDismiss = "ignore",
) -> F | Callable[[F], F]:
    """Make a function a dialog function: calling it opens a modal dialog showing its output.

    The function runs inside the dialog as a fragment: using a widget in the dialog reruns
    only the function. Only one dialog may be opened per script run. To close the dialog from
    the code, call `st.rerun()` inside the function (the next run does not call it, so the
    dialog goes). A dismissible dialog also closes when the user presses Escape, clicks the
    close button or clicks outside it. Keep values the rest of the app needs in
    `st.session_state`.

    Args:
        title: The dialog's title, as inline Markdown; it cannot be empty.
        width: `"small"` (up to 500 pixels wide), `"medium"` (750) or `"large"` (1280).
        dismissible: Whether the user can dismiss the dialog. When False there is no close
            button, and only `st.rerun()` in the function closes it (this is not a security
            boundary: do not rely on it to block the rest of the app).
        on_dismiss: What dismissing the dialog does: `"ignore"` (nothing runs), `"rerun"`
            (the app reruns), or a callable, called before the app reruns.

    Returns:
        The decorated function, which opens the dialog when called and returns None.

    Raises:
        RillAPIError: an empty title, a bad `width` or `on_dismiss`; when the function is
            called: inside another dialog, or a second dialog in one run.

    Example:
        @st.dialog("Cast your vote")
        def vote(item):
            reason = st.text_input(f"Why is {item} your favorite?")
            if st.button("Submit"):
                st.session_state.vote = {"item": item, "reason": reason}
                st.rerun()

        if "vote" not in st.session_state:
            if st.button("Vote for A"):
                vote("A")
        else:
            st.write(f"You voted for {st.session_state.vote['item']}")
    """
    if width not in WIDTHS:
        raise RillAPIError(
            f'The width argument to st.dialog must be "small", "medium", or "large", not {width!r}.'
        )
    if on_dismiss not in ("ignore", "rerun") and not callable(on_dismiss):
        raise RillAPIError(
            f"You have passed {on_dismiss!r} to `on_dismiss`. But only 'ignore', 'rerun', or a "
            "callable is supported."
        )
    if callable(title):
        return _decorate(title, "", width, bool(dismissible), on_dismiss)
    name = title

    def decorate(fn: F) -> F:
        return _decorate(fn, name, width, bool(dismissible), on_dismiss)

    return decorate


def _decorate(fn: F, title: Any, width: str, dismissible: bool, on_dismiss: OnDismiss) -> F:
    if title is None or title == "":
        raise RillAPIError(
            "A non-empty `title` argument has to be provided for dialogs, for example "
            '`@st.dialog("Example Title")`.'
        )
    props = {"title": str(title), "width": width, "dismissible": dismissible}

    @functools.wraps(fn)
    def open_dialog(*args: Any, **kwargs: Any) -> None:
        ctx = require_ctx("dialog")
        if "dialog" in enclosing_kinds(ctx, ctx.containers[-1]):
            raise RillAPIError("Dialogs may not be nested inside other dialogs.")
        if ctx.stash.get(_OPENED):
            raise RillAPIError(
                "Only one dialog is allowed to be opened at the same time. Please make sure to "
                "not call a dialog-decorated function more than once in a script run."
            )
        ctx.stash[_OPENED] = True
        with _event_layer(ctx):
            block = add_element("dialog", dict(props), block=True, container=Container((EVENT,)))
            note_block(ctx, block)
            if on_dismiss != "ignore":
                with block:
                    _dismiss_trigger(props, on_dismiss)
            basis = f"dialog:{fn.__module__}.{fn.__qualname__}:{block.path}"
            fragment_id = hashlib.md5(basis.encode(), usedforsecurity=False).hexdigest()
            body = add_element(
                "container",
                {"fragment_id": fragment_id, "run_every": None},
                block=True,
                container=block,
            )

            def run_body() -> None:
                fn(*args, **kwargs)

            ctx.session.fragments[fragment_id] = Fragment(body.path, run_body)
            with body:
                run_body()

    return open_dialog  # type: ignore[return-value]


def _dismiss_trigger(props: dict[str, Any], on_dismiss: OnDismiss) -> None:
    """The widget the browser clicks when the user dismisses the dialog: True for one run."""
    register_widget(
        "dialog_dismiss",
        {},
        key=None,
        params={**props, "on_dismiss": "callback" if callable(on_dismiss) else on_dismiss},
        default=False,
        deserialize=_dismissed,
        serialize=bool,
        on_change=on_dismiss if callable(on_dismiss) else None,
        trigger=True,
        settable=False,
    )


def _dismissed(wire: Any) -> bool:
    if not isinstance(wire, bool):
        raise ValueError("a dismissal is sent as true")
    return wire


@contextmanager
def _event_layer(ctx: ScriptRunContext) -> Iterator[None]:
    """Let a fragment's rerun open a dialog, which lives outside the fragment's container.

    A fragment run may only write below its own container, and numbers nothing else; a dialog
    opened from one is appended to the event layer after what the browser holds there, and
    stays until the next full run.
    """
    if ctx.fragment_id is None:
        yield
        return
    root = ctx.root
    ctx.root = Container((EVENT,))
    ctx.cursors.setdefault((EVENT,), ctx.session.sizes.get((EVENT,), 0))
    try:
        yield
    finally:
        ctx.root = root
