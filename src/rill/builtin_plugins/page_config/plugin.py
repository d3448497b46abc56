"""Hook implementations of the page_config plugin (it adds a command only)."""

from __future__ import annotations

# Importing the command modules registers their st.* commands (for `find_command`, `col.<name>`).
from rill.builtin_plugins.page_config import commands  # noqa: F401
