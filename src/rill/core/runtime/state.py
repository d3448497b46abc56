"""Session state: the values users set and the values of widgets, with their documented rules.

- Keys set by the user (`st.session_state.count = 0`) live until deleted.
- A widget's value is stored under its id; a widget with `key=` is also reachable by that key.
- Setting a widget's key before the widget is created gives the widget that value; setting it
  after the widget was created in the same run is an error.
- Widgets not created during a run are forgotten at its end, keys included.
- Triggers (buttons) are True only for the run right after the click.

A session resumed from a snapshot (`restore`) has widget values but no widgets yet: each value
waits for its widget to be created again, and what no widget claims by the end of the first
complete run is forgotten like any widget the run did not create.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from rill.core.runtime.tree import RillAPIError

WIDGET_ID_PREFIX = "$$ID-"


@dataclass
class WidgetMeta:
    """What the runtime knows of one widget from the run that last created it."""

    id: str
    kind: str
    key: str | None
    default: Any
    deserialize: Callable[[Any], Any]
    serialize: Callable[[Any], Any]
    on_change: Callable[..., Any] | None = None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    trigger: bool = False
    form_id: str | None = None
    fragment_id: str | None = None
    settable: bool = True
    #: Where the widget's element is and the props it was sent with (to send it again).
    path: tuple[int, ...] = ()
    props: dict[str, Any] = field(default_factory=dict)


class SessionState(MutableMapping[str, Any]):
    """`st.session_state`'s store for one session."""

    #: Wire values the browser sent for restored widgets not created again yet (a tab that
    #: changed a widget while disconnected); read when the widget is. Made on first use.
    _unread: dict[str, Any] | None = None

    def __init__(self) -> None:
        self._user: dict[str, Any] = {}
        self._widgets: dict[str, Any] = {}
        self._key_to_id: dict[str, str] = {}
        self._meta: dict[str, WidgetMeta] = {}
        self._triggers: set[str] = set()
        self._this_run: set[str] = set()

    # -- the mapping users see ---------------------------------------------------------------------

    def __getitem__(self, key: str) -> Any:
        widget_id = self._key_to_id.get(key)
        if widget_id is not None and widget_id in self._widgets:
            return self._widget_value(widget_id)
        if key in self._user:
            return self._user[key]
        if key in self._widgets:
            return self._widget_value(key)
        raise KeyError(
            f'st.session_state has no key "{key}". Did you forget to initialize it? '
            "More info: docs/session-state.md#initialization"
        )

    def __setitem__(self, key: str, value: Any) -> None:
        widget_id = self._key_to_id.get(key)
        if widget_id is not None and widget_id in self._this_run:
            raise RillAPIError(
                f"`st.session_state.{key}` cannot be modified after the widget with key "
                f"`{key}` is instantiated."
            )
        meta = self._meta.get(widget_id) if widget_id else None
        if meta is not None and not meta.settable:
            raise RillAPIError(
                f"Values for the widget with key '{key}' cannot be set using st.session_state."
            )
        if widget_id is not None and widget_id in self._widgets:
            self._widgets[widget_id] = value
        self._user[key] = value

    def __delitem__(self, key: str) -> None:
        widget_id = self._key_to_id.pop(key, None)
        found = key in self._user or widget_id is not None
        self._user.pop(key, None)
        if widget_id is not None:
            self._widgets.pop(widget_id, None)
            self._meta.pop(widget_id, None)
        if not found:
            raise KeyError(f'st.session_state has no key "{key}".')

    def __iter__(self) -> Iterator[str]:
        keys = dict.fromkeys(self._user)
        keys.update(dict.fromkeys(k for k, i in self._key_to_id.items() if i in self._widgets))
        return iter(list(keys))

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        widget_id = self._key_to_id.get(key)
        return key in self._user or (widget_id is not None and widget_id in self._widgets)

    def to_dict(self) -> dict[str, Any]:
        """A plain copy of every user-visible key."""
        return {key: self[key] for key in self}

    def dump(self) -> tuple[dict[str, Any], dict[str, Any], dict[str, str]]:
        """Copies of the user keys, the widget values (triggers left out) and key → widget id,
        for a snapshot.

        Each dict is copied in one step before it is looked through, so a script thread still
        running (a tab closed mid-run) cannot change one under the iteration.
        """
        user, values, keys = dict(self._user), dict(self._widgets), dict(self._key_to_id)
        widgets = {
            widget_id: value
            for widget_id, value in values.items()
            if not ((meta := self._meta.get(widget_id)) is not None and meta.trigger)
        }
        return user, widgets, {key: wid for key, wid in keys.items() if wid in widgets}

    def restore(self, user: dict[str, Any], widgets: dict[str, Any], keys: dict[str, str]) -> None:
        """Start from a snapshot's state (see the module docstring)."""
        self._user = dict(user)
        self._widgets = dict(widgets)
        self._key_to_id = {key: wid for key, wid in keys.items() if wid in self._widgets}

    # -- the runtime's side -----------------------------------------------------------------

    def _widget_value(self, widget_id: str) -> Any:
        meta = self._meta.get(widget_id)
        if meta is not None and meta.trigger:
            return widget_id in self._triggers
        return self._widgets[widget_id]

    def register(self, meta: WidgetMeta) -> tuple[Any, bool]:
        """Register a widget created in this run.

        Returns:
            The widget's value, and whether it came from `st.session_state` set before the
            widget was created in this run.
        """
        self._this_run.add(meta.id)
        from_api = False
        if meta.key is not None:
            if meta.key in self._user and not meta.settable:
                raise RillAPIError(
                    f"Values for the widget with key '{meta.key}' cannot be set using "
                    "st.session_state."
                )
            self._key_to_id[meta.key] = meta.id
            if meta.key in self._user:
                from_api = True
                self._widgets[meta.id] = self._user.pop(meta.key)
        self._meta[meta.id] = meta
        if self._unread and meta.id in self._unread:
            self._read_unread(meta)
        if meta.trigger:
            # Present so that its key reads as a widget's; the value itself is `_triggers`.
            self._widgets[meta.id] = False
            return meta.id in self._triggers, False
        if meta.id not in self._widgets:
            self._widgets[meta.id] = meta.default
        return self._widgets[meta.id], from_api

    def _read_unread(self, meta: WidgetMeta) -> None:
        assert self._unread is not None
        wire = self._unread.pop(meta.id)
        try:
            value = meta.deserialize(wire)
        except (TypeError, ValueError, IndexError, KeyError, AttributeError):
            return  # as for any value the widget cannot read: the kept one stays
        if meta.trigger:
            if value:
                self._triggers.add(meta.id)
        else:
            self._widgets[meta.id] = value

    def is_registered(self, widget_id: str) -> bool:
        return widget_id in self._this_run

    def form_widgets(self, form_id: str) -> list[str]:
        """Ids of the widgets inside form `form_id` created in this run."""
        return [
            widget_id
            for widget_id, meta in self._meta.items()
            if meta.form_id == form_id and widget_id in self._this_run
        ]

    def meta(self, widget_id: str) -> WidgetMeta | None:
        return self._meta.get(widget_id)

    def value_of(self, widget_id: str) -> Any:
        """A widget's current Python value (AppTest reads values through this)."""
        return self._widget_value(widget_id)

    def set_value(self, widget_id: str, value: Any) -> None:
        """Replace a registered widget's value without a change event (a kept value mapped onto
        this run's options)."""
        if widget_id in self._meta:
            self._widgets[widget_id] = value

    def reset_widget(self, widget_id: str) -> None:
        """Back to its default (`clear_on_submit`)."""
        meta = self._meta.get(widget_id)
        if meta is not None:
            self._widgets[widget_id] = meta.default

    def apply_browser_values(
        self, raw: dict[str, Any]
    ) -> tuple[list[Callable[[], None]], list[str]]:
        """Take widget values sent by the browser.

        Returns:
            The callbacks the changes trigger, in order (value changes in widget order, then
            clicks), and a description of each value that was ignored: an unknown widget id or
            a value the widget cannot read.
        """
        rejected: list[str] = []
        changes: list[WidgetMeta] = []
        triggered: list[WidgetMeta] = []
        for widget_id, wire in raw.items():
            meta = self._meta.get(widget_id)
            if meta is None and widget_id in self._widgets:
                # Restored, not created again yet: its widget reads the value (no callback).
                if self._unread is None:
                    self._unread = {}
                self._unread[widget_id] = wire
                continue
            if meta is None:
                rejected.append(f"unknown widget id {widget_id!r}")
                continue
            try:
                value = meta.deserialize(wire)
            except (TypeError, ValueError, IndexError, KeyError, AttributeError) as exc:
                rejected.append(f"bad value {wire!r} for {meta.kind} {widget_id!r}: {exc}")
                continue
            if meta.trigger:
                if value:
                    self._triggers.add(meta.id)
                    triggered.append(meta)
                continue
            old = self._widgets.get(meta.id, meta.default)
            self._widgets[meta.id] = value
            if meta.on_change is not None and not _same(old, value):
                changes.append(meta)
        order = {widget_id: i for i, widget_id in enumerate(self._meta)}
        changes.sort(key=lambda m: order[m.id])
        callbacks = [_bind(m) for m in [*changes, *triggered] if m.on_change is not None]
        return callbacks, rejected

    def start_run(self) -> None:
        self._this_run = set()

    def finish_run(self, fragment_id: str | None, completed: bool) -> list[str]:
        """Forget widgets the run did not create (within its scope) and reset triggers.

        Returns:
            The ids of the widgets forgotten (their uploads, if any, go too).
        """
        self._triggers.clear()
        forgotten: list[str] = []
        if completed:
            for widget_id, meta in list(self._meta.items()):
                if widget_id in self._this_run:
                    continue
                if fragment_id is not None and meta.fragment_id != fragment_id:
                    continue
                del self._meta[widget_id]
                self._widgets.pop(widget_id, None)
                if meta.key is not None and self._key_to_id.get(meta.key) == widget_id:
                    del self._key_to_id[meta.key]
                forgotten.append(widget_id)
            if fragment_id is None and len(self._widgets) != len(self._meta):
                forgotten += self._forget_unclaimed()
        self._this_run = set()
        return forgotten

    def _forget_unclaimed(self) -> list[str]:
        """Drop restored values no widget of a complete run claimed."""
        unclaimed = [widget_id for widget_id in self._widgets if widget_id not in self._meta]
        for widget_id in unclaimed:
            del self._widgets[widget_id]
        gone = set(unclaimed)
        self._key_to_id = {k: w for k, w in self._key_to_id.items() if w not in gone}
        self._unread = None
        return unclaimed

    def clear(self) -> None:
        """`st.session_state.clear()`: every user key and widget value goes."""
        self._user.clear()
        self._widgets.clear()
        self._key_to_id.clear()
        self._meta.clear()
        self._triggers.clear()
        self._unread = None


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except Exception:
        return a is b


def _bind(meta: WidgetMeta) -> Callable[[], None]:
    callback = meta.on_change
    assert callback is not None

    def run() -> None:
        callback(*meta.args, **meta.kwargs)

    return run
