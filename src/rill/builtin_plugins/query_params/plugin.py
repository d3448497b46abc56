"""Hook implementations of the query_params plugin (it adds a command object only)."""

from __future__ import annotations
