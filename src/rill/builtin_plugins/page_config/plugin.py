"""Hook implementations of the page_config plugin (it adds a command only)."""

from __future__ import annotations
