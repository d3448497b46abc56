"""`SessionSnapshot`: what a session store keeps of a session, as plain picklable data.

A snapshot holds what the user would miss after a reconnect: `st.session_state` (user keys and
widget values), the query string, the page, and the entries plugins chose to keep
(`SnapshotEntries`, typed by `SnapshotKey`). It never holds the session itself, its thread or
its callbacks: a session resumed from a snapshot is a new `Session` with the same id, and its
next run rebuilds everything else.

`to_bytes` pickles each value on its own, so a value that cannot be pickled (a database
connection, a lock) is left out, named in one log line, and the rest survives. `from_bytes`
does the same for a value that no longer unpickles (its class was renamed since).
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast, overload

from rill.core.errors import RillError

log = logging.getLogger("rill.session")

#: Bumped when the layout of `to_bytes` changes; other layouts are refused, not guessed at.
FORMAT = 1

T = TypeVar("T")
D = TypeVar("D")


class SnapshotError(RillError):
    """Bytes that are not a snapshot this version of rill can read."""


@dataclass(frozen=True)
class SnapshotKey(Generic[T]):
    """A plugin's typed key into `SnapshotEntries`, like pytest's `StashKey[T]`.

    Entries travel between processes, so a key is known by its name, not by its identity:
    prefix it with your plugin's name.

    Example:
        VISITS = SnapshotKey[int]("analytics.visits")

        session.entries[VISITS] = session.entries.get(VISITS, 0) + 1
    """

    name: str


class SnapshotEntries:
    """Values plugins keep for a session across reconnects, each under a `SnapshotKey`.

    `Session.entries` is the live mapping; `Session.snapshot()` copies it into the snapshot,
    and a session resumed from the snapshot starts with the copy. Values must pickle.
    """

    __slots__ = ("_values",)

    def __init__(self, values: dict[str, object] | None = None) -> None:
        self._values: dict[str, object] = dict(values or {})

    def __getitem__(self, key: SnapshotKey[T]) -> T:
        return cast(T, self._values[key.name])

    def __setitem__(self, key: SnapshotKey[T], value: T) -> None:
        self._values[key.name] = value

    def __delitem__(self, key: SnapshotKey[Any]) -> None:
        del self._values[key.name]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, SnapshotKey) and key.name in self._values

    def __len__(self) -> int:
        return len(self._values)

    @overload
    def get(self, key: SnapshotKey[T]) -> T | None: ...
    @overload
    def get(self, key: SnapshotKey[T], default: D) -> T | D: ...
    def get(self, key: SnapshotKey[T], default: object = None) -> object:
        """The value under `key`, or `default`."""
        return self._values.get(key.name, default)

    def setdefault(self, key: SnapshotKey[T], default: T) -> T:
        """The value under `key`, set to `default` first when missing."""
        return cast(T, self._values.setdefault(key.name, default))

    def copy(self) -> SnapshotEntries:
        return SnapshotEntries(self._values)

    def raw(self) -> dict[str, object]:
        """Name → value, for serializing."""
        return dict(self._values)


@dataclass
class SessionSnapshot:
    """One session's state, detached from the session.

    Attributes:
        session_id: The session's id; a resumed session keeps it.
        user: `st.session_state` keys the script set, with their values.
        widgets: Widget id → the widget's value.
        keys: A widget's `key=` → its widget id.
        query: `st.query_params`, key → values.
        page: The page script the session showed, or None for the main script.
        entries: What plugins keep (`Session.entries`).
    """

    session_id: str
    user: dict[str, Any] = field(default_factory=dict)
    widgets: dict[str, Any] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)
    query: dict[str, list[str]] = field(default_factory=dict)
    page: str | None = None
    entries: SnapshotEntries = field(default_factory=SnapshotEntries)

    def to_bytes(self) -> bytes:
        """Pickle the snapshot, leaving out (and logging, in one line) what does not pickle."""
        dropped: list[str] = []
        names = {widget_id: key for key, widget_id in self.keys.items()}
        user = _pickle_each(self.user, lambda k: f"st.session_state[{k!r}]", dropped)
        widgets = _pickle_each(
            self.widgets, lambda w: f"the value of widget {names.get(w, w)!r}", dropped
        )
        entries = _pickle_each(self.entries.raw(), lambda n: f"entry {n!r}", dropped)
        if dropped:
            log.warning(
                "session %s: not kept for a reconnect, as it cannot be pickled: %s",
                self.session_id,
                "; ".join(dropped),
            )
        payload = {
            "format": FORMAT,
            "session_id": self.session_id,
            "query": {k: list(v) for k, v in self.query.items()},
            "page": self.page,
            "keys": {k: w for k, w in self.keys.items() if w in widgets},
            "user": user,
            "widgets": widgets,
            "entries": entries,
        }
        return pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def from_bytes(cls, data: bytes) -> SessionSnapshot:
        """Read a snapshot written by `to_bytes`.

        Raises:
            SnapshotError: `data` is not a snapshot (or one of another format).
        """
        try:
            payload = pickle.loads(data)
        except Exception as exc:
            raise SnapshotError(f"not a session snapshot: {type(exc).__name__}: {exc}") from None
        if not isinstance(payload, dict) or payload.get("format") != FORMAT:
            found = payload.get("format") if isinstance(payload, dict) else type(payload)
            raise SnapshotError(f"not a session snapshot of format {FORMAT} (found {found!r})")
        session_id = str(payload["session_id"])
        lost: list[str] = []
        user = _unpickle_each(payload["user"], lambda k: f"st.session_state[{k!r}]", lost)
        widgets = _unpickle_each(payload["widgets"], lambda w: f"widget {w!r}", lost)
        entries = _unpickle_each(payload["entries"], lambda n: f"entry {n!r}", lost)
        if lost:
            log.warning(
                "session %s: resumed without what no longer unpickles: %s",
                session_id,
                "; ".join(lost),
            )
        return cls(
            session_id=session_id,
            user=user,
            widgets=widgets,
            keys={k: w for k, w in payload["keys"].items() if w in widgets},
            query=payload["query"],
            page=payload["page"],
            entries=SnapshotEntries(entries),
        )


def _pickle_each(
    values: dict[str, Any], describe: Callable[[str], str], dropped: list[str]
) -> dict[str, bytes]:
    pickled: dict[str, bytes] = {}
    for name, value in values.items():
        try:
            pickled[name] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # anything a __reduce__ may raise
            dropped.append(f"{describe(name)} ({type(exc).__name__}: {exc})")
    return pickled


def _unpickle_each(
    values: dict[str, bytes], describe: Callable[[str], str], lost: list[str]
) -> dict[str, Any]:
    loaded: dict[str, Any] = {}
    for name, data in values.items():
        try:
            loaded[name] = pickle.loads(data)
        except Exception as exc:
            lost.append(f"{describe(name)} ({type(exc).__name__}: {exc})")
    return loaded
