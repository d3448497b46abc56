"""The commands of other plugins that `st.write` shows things with, found by name when used.

The write plugin imports no other plugin (a builtin may import only `rill.plugins`,
`rill.schemas` and its own package, as a third party must): it looks each command up in the
running session's kernel, so a disabled text or alerts plugin makes `st.write` raise the same
`FeatureDisabledError` that calling the command itself would.
"""

from __future__ import annotations

from typing import Any

from rill.plugins import find_command


def markdown(body: str, unsafe_allow_html: bool = False) -> Any:
    """`st.markdown(body, unsafe_allow_html=...)`."""
    return find_command("markdown")(body, unsafe_allow_html=unsafe_allow_html)


def text(body: str) -> Any:
    """`st.text(body)`."""
    return find_command("text")(body)


def latex(body: Any) -> Any:
    """`st.latex(body)` (a string or a SymPy expression)."""
    return find_command("latex")(body)


def json(body: Any) -> Any:
    """`st.json(body)`."""
    return find_command("json")(body)


def exception(error: BaseException) -> Any:
    """`st.exception(error)`."""
    return find_command("exception")(error)
