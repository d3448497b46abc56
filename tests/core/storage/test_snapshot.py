"""Session snapshots: typed plugin entries, bytes that survive what cannot be pickled."""

from __future__ import annotations

import pickle
import threading

import pytest

from log_watch import LogWatch, expect_log
from rill.core.storage.snapshot import (
    FORMAT,
    SessionSnapshot,
    SnapshotEntries,
    SnapshotError,
    SnapshotKey,
)

VISITS = SnapshotKey[int]("test.visits")
NAMES = SnapshotKey[list[str]]("test.names")


def test_entries_are_typed_by_their_key() -> None:
    entries = SnapshotEntries()
    assert VISITS not in entries and entries.get(VISITS) is None
    entries[VISITS] = 3
    visits: int = entries[VISITS]
    assert visits == 3 and entries.get(VISITS, 0) == 3
    assert entries.setdefault(NAMES, ["a"]) == ["a"]
    assert len(entries) == 2
    del entries[VISITS]
    assert VISITS not in entries and "test.names" not in entries  # keys, never strings
    with pytest.raises(KeyError):
        entries[VISITS]


def test_keys_are_known_by_name_so_entries_cross_processes() -> None:
    entries = SnapshotEntries()
    entries[SnapshotKey[int]("test.visits")] = 5
    assert entries[VISITS] == 5


def test_a_snapshot_round_trips_through_bytes() -> None:
    entries = SnapshotEntries()
    entries[VISITS] = 2
    snapshot = SessionSnapshot(
        "abc",
        user={"count": 4, "items": [1, {"a": (2, 3)}]},
        widgets={"$$ID-1-name": "Ada", "$$ID-2-None": 0.5},
        keys={"name": "$$ID-1-name"},
        query={"tab": ["a", "b"]},
        page="/app/pages/two.py",
        entries=entries,
    )
    data = snapshot.to_bytes()
    assert isinstance(data, bytes)
    again = SessionSnapshot.from_bytes(data)
    assert again == SessionSnapshot(
        "abc",
        user={"count": 4, "items": [1, {"a": (2, 3)}]},
        widgets={"$$ID-1-name": "Ada", "$$ID-2-None": 0.5},
        keys={"name": "$$ID-1-name"},
        query={"tab": ["a", "b"]},
        page="/app/pages/two.py",
        entries=again.entries,
    )
    assert again.entries[VISITS] == 2


def test_what_cannot_be_pickled_is_logged_once_by_name_and_the_rest_survives(
    quiet_log: LogWatch,
) -> None:
    expect_log(r"session abc: not kept for a reconnect", logger="rill.session")
    entries = SnapshotEntries()
    entries[SnapshotKey[object]("test.lock")] = threading.Lock()
    snapshot = SessionSnapshot(
        "abc",
        user={"conn": threading.Lock(), "count": 1},
        widgets={"$$ID-1-fn": lambda: None, "$$ID-2-None": 3},
        keys={"fn": "$$ID-1-fn"},
        entries=entries,
    )
    again = SessionSnapshot.from_bytes(snapshot.to_bytes())
    assert again.user == {"count": 1}
    assert again.widgets == {"$$ID-2-None": 3}
    assert again.keys == {}  # its widget's value is gone, so is the key
    assert len(again.entries) == 0
    (record,) = [r for r in quiet_log.records if "not kept" in r.getMessage()]
    message = record.getMessage()
    assert "st.session_state['conn']" in message and "'count'" not in message
    assert "the value of widget 'fn'" in message and "entry 'test.lock'" in message
    assert "\n" not in message


def test_a_value_that_no_longer_unpickles_is_left_out(quiet_log: LogWatch) -> None:
    expect_log(r"session abc: resumed without .*st.session_state\['gone'\]", logger="rill")
    data = SessionSnapshot("abc", user={"gone": Renamed(), "kept": 1}).to_bytes()
    assert SessionSnapshot.from_bytes(data).user == {"kept": 1}


def _renamed_since(*args: object) -> object:
    raise AttributeError("module 'app' has no attribute 'Renamed'")


class Renamed:
    """Pickles fine; unpickling fails, as for a class renamed since the snapshot."""

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return (_renamed_since, ())


@pytest.mark.parametrize(
    "data",
    [b"not a pickle", pickle.dumps(["a", "list"]), pickle.dumps({"format": FORMAT + 1})],
)
def test_bytes_that_are_not_a_snapshot_are_refused(data: bytes) -> None:
    with pytest.raises(SnapshotError, match="not a session snapshot"):
        SessionSnapshot.from_bytes(data)
