"""The rules every widget follows, as checks that each family's tests run over its `Case`s."""

from __future__ import annotations

from collections.abc import Callable

from widget_harness import App, Case, same

from log_watch import expect_log

Make = Callable[..., App]
Check = Callable[[Make, Case], None]

PRELUDE = "import datetime\n"
CALLBACK = (
    "calls = st.session_state.setdefault('calls', [])\ndef cb(*a, **k):\n    calls.append((a, k))\n"
)


def default_value(make: Make, case: Case) -> None:
    """Before any interaction the widget returns its default, of the documented type."""
    app = make(PRELUDE + case.source()).run().ok()
    assert same(app["v"], case.default), app["v"]


def browser_change(make: Make, case: Case) -> None:
    """A value from the browser is what the next run returns (for a button: that run only)."""
    app = make(PRELUDE + case.source()).run().ok()
    app.run({app.id(case.kind): case.wire}).ok()
    assert same(app["v"], case.changed), app["v"]
    app.run().ok()
    expected = case.default if case.kind == "button" else case.changed
    assert same(app["v"], expected), app["v"]


def callbacks(make: Make, case: Case) -> None:
    """The callback runs once per change, with its args and kwargs, before the script."""
    extra = f", {case.callback}=cb, args=(1,), kwargs={{'x': 2}}"
    app = make(PRELUDE + case.source(extra=extra, before=CALLBACK)).run().ok()
    assert app["calls"] == []
    app.run({app.id(case.kind): case.wire}).ok()
    assert app["calls"] == [((1,), {"x": 2})]
    app.run().ok()
    assert len(app["calls"]) == 1
    if case.kind != "button":
        app.run({app.id(case.kind): case.wire}).ok()  # the same value again: no change
        assert len(app["calls"]) == 1


def session_state_by_key(make: Make, case: Case) -> None:
    """The value is `st.session_state[key]`; setting the key first gives the widget that
    value; setting it after the widget was created is an error."""
    # Streamlit's documented warning for a default value set twice (widget and state).
    expect_log(r"was created with a default value but also had its value set via the Session "
               r"State API", logger="rill.widgets", required=False)  # fmt: skip
    app = make(
        PRELUDE + case.source(extra=", key='k'") + "st.session_state.r = st.session_state.k\n"
    )
    app.run().ok()
    assert same(app["r"], case.default)
    app.run({app.id(case.kind): case.wire}).ok()
    assert same(app["r"], case.changed)

    set_first = f"if 'k' not in st.session_state:\n    st.session_state.k = {case.changed!r}\n"
    app = make(PRELUDE + case.source(extra=", key='k'", before=set_first)).run()
    if case.kind == "button":
        assert "cannot be set using st.session_state" in app.error()
    else:
        assert same(app.ok()["v"], case.changed)

    set_after = f"st.session_state.k = {case.changed!r}\n"
    app = make(PRELUDE + case.source(extra=", key='k'") + set_after).run()
    assert "`st.session_state.k` cannot be modified after the widget with key `k`" in app.error()


def label_change(make: Make, case: Case) -> None:
    """With a key, a new label keeps the widget and its value; without one, it is a new
    widget with its default value."""
    before = "first = 'seen' not in st.session_state\nst.session_state.seen = True\n"
    label = "'A' if first else 'B'"
    app = make(PRELUDE + case.source(label=label, extra=", key='k'", before=before)).run().ok()
    widget_id = app.id(case.kind)
    app.run({widget_id: case.wire}).ok()
    assert app.props(case.kind)["label"] == "B"
    assert app.id(case.kind) == widget_id
    assert same(app["v"], case.changed)

    app = make(PRELUDE + case.source(label=label, before=before)).run().ok()
    widget_id = app.id(case.kind)
    app.run({widget_id: case.wire}).ok()
    assert app.id(case.kind) != widget_id
    assert same(app["v"], case.default)


def duplicates(make: Make, case: Case) -> None:
    """Two identical keyless widgets are an error that suggests a key."""
    app = make(PRELUDE + case.source() + case.source()).run()
    message = app.error()
    assert message.startswith("DuplicateWidgetID: ")
    assert "`key`" in message


def hostile_values(make: Make, case: Case) -> None:
    """Values the widget cannot take are ignored, each with a warning; the session keeps
    working."""
    if case.hostile:
        expect_log(r"ignored a widget value: bad value", logger="rill.session")
    app = make(PRELUDE + case.source()).run().ok()
    widget_id = app.id(case.kind)
    for wire in case.hostile:
        app.run({widget_id: wire}).ok()
        assert same(app["v"], case.default), (wire, app["v"])
    app.run({widget_id: case.wire}).ok()
    assert same(app["v"], case.changed)


def label_visibility(make: Make, case: Case) -> None:
    """`label_visibility` reaches the props, and an unknown one is the documented error."""
    if case.kind == "button":
        return
    app = make(PRELUDE + case.source(extra=", label_visibility='collapsed'")).run().ok()
    assert app.props(case.kind)["label_visibility"] == "collapsed"
    app = make(PRELUDE + case.source(extra=", label_visibility='gone'")).run()
    assert (
        "Unsupported label_visibility option 'gone'. Valid values are 'visible', 'hidden' or "
        in (app.error())
    )


SHARED_CHECKS: list[Check] = [
    default_value,
    browser_change,
    callbacks,
    session_state_by_key,
    label_change,
    duplicates,
    hostile_values,
    label_visibility,
]
