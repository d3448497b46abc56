"""Types of `st.column_config` parameters, shared by its modules."""

from __future__ import annotations

from typing import Literal

ColumnWidth = Literal["small", "medium", "large"] | int
Alignment = Literal["left", "center", "right"]
