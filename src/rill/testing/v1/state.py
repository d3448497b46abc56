"""`at.session_state`: the app's session state, read and written by the test between runs."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rill.core.runtime.state import SessionState


class TestSessionState(MutableMapping[str, Any]):
    """The session state of an AppTest's session, by key or attribute.

    A value set before `run()` is what the script finds in `st.session_state`, with the same
    rules as in a script: setting a widget's key gives the widget that value on the next run.

    Example:
        at.session_state["count"] = 5
        at.run()
        assert at.session_state.count == 6
    """

    __test__ = False  # not a pytest test class
    _state: SessionState

    def __init__(self, state: SessionState) -> None:
        object.__setattr__(self, "_state", state)

    def __getitem__(self, key: str) -> Any:
        return self._state[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._state[key] = value

    def __delitem__(self, key: str) -> None:
        del self._state[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._state)

    def __len__(self) -> int:
        return len(self._state)

    def __contains__(self, key: object) -> bool:
        return key in self._state

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return self._state[key]
        except KeyError:
            raise AttributeError(f"{key} not found in session_state.") from None

    def __setattr__(self, key: str, value: Any) -> None:
        self._state[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self._state[key]
        except KeyError:
            raise AttributeError(f"{key} not found in session_state.") from None

    def clear(self) -> None:
        """Remove every key and widget value."""
        self._state.clear()

    def to_dict(self) -> dict[str, Any]:
        """A plain copy of every key and its value."""
        return self._state.to_dict()

    def __repr__(self) -> str:
        return repr(self.to_dict())
