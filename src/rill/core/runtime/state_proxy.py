"""`st.session_state`: the running session's state, by key or attribute."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

from rill.core.runtime.context import require_ctx
from rill.core.runtime.state import SessionState


def _state() -> SessionState:
    state: SessionState = require_ctx("session_state").state
    return state


class SessionStateProxy(MutableMapping[str, Any]):
    """Per-session values that survive reruns.

    Example:
        if "count" not in st.session_state:
            st.session_state.count = 0
        if st.button("Add one"):
            st.session_state.count += 1
        st.write(st.session_state.count)
    """

    def __getitem__(self, key: str) -> Any:
        return _state()[key]

    def __setitem__(self, key: str, value: Any) -> None:
        _state()[key] = value

    def __delitem__(self, key: str) -> None:
        del _state()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(_state())

    def __len__(self) -> int:
        return len(_state())

    def __contains__(self, key: object) -> bool:
        return key in _state()

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return _state()[key]
        except KeyError:
            raise AttributeError(
                f'st.session_state has no attribute "{key}". Did you forget to initialize it? '
                "More info: docs/session-state.md#initialization"
            ) from None

    def __setattr__(self, key: str, value: Any) -> None:
        _state()[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del _state()[key]
        except KeyError:
            raise AttributeError(f'st.session_state has no attribute "{key}".') from None

    def clear(self) -> None:
        _state().clear()

    def to_dict(self) -> dict[str, Any]:
        """A plain copy of every key and its value."""
        return _state().to_dict()

    def __repr__(self) -> str:
        try:
            return repr(self.to_dict())
        except Exception:
            return "SessionStateProxy(<no session>)"


session_state = SessionStateProxy()
