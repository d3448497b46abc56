"""Hook implementations of the query_params plugin (it adds a command object only)."""

from __future__ import annotations

# Importing the command modules registers their st.* commands (for `find_command`, `col.<name>`).
from rill.builtin_plugins.query_params import proxy  # noqa: F401
