"""Hook implementations of the fragments plugin (it adds a command only)."""

from __future__ import annotations
