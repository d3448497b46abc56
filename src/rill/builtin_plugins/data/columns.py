"""`column_config` and `column_order` applied to a table's fields: one ColumnSpec per field.

A `column_config` key names a column (its label in the user's frame, as text), a column
position (an int that is not a column's name), or `"_index"` for the index. A value is what
an `st.column_config` function returns (or a dict of the same keys), a string (just a label),
or None (hide the column).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rill.builtin_plugins.data.arrow import INDEX_FIELD, FieldInfo, Table
from rill.builtin_plugins.data.column_checks import CONFIG_KEYS
from rill.plugins import RillAPIError

#: type_config keys that go to the ColumnSpec's own fields (the rest go to `extra`).
_OWN = {"format": "format", "min_value": "min", "max_value": "max", "step": "step"}
_OWN_MORE = ("options", "validate")


def _key_matches(key: Any, field: FieldInfo, table: Table) -> bool:
    if isinstance(key, int) and not isinstance(key, bool):
        if any(f.kind == "data" and f.key == key for f in table.fields):
            return field.kind == "data" and field.key == key
        return field.kind == "data" and field.position == key
    text = str(key)
    if field.kind == "index" and text == INDEX_FIELD:
        return True
    return text in (field.name, field.label)


def normalize_config(column_config: Any) -> dict[Any, dict[str, Any] | None]:
    """Check `column_config` and make every value a config dict (or None: hidden)."""
    if column_config is None:
        return {}
    if not isinstance(column_config, Mapping):
        raise RillAPIError(
            "`column_config` must be a dict of column names to column configs "
            f"(st.column_config.*), labels or None, not {type(column_config).__name__}."
        )
    out: dict[Any, dict[str, Any] | None] = {}
    for key, value in column_config.items():
        if value is None:
            out[key] = None
        elif isinstance(value, str):
            out[key] = {"label": value}
        elif isinstance(value, Mapping):
            unknown = set(value) - CONFIG_KEYS
            if unknown:
                raise RillAPIError(
                    f"`column_config[{key!r}]` has unknown keys {sorted(unknown)}; use an "
                    "st.column_config function, or the keys " + ", ".join(sorted(CONFIG_KEYS))
                )
            type_config = value.get("type_config")
            if type_config is not None and not isinstance(type_config, Mapping):
                raise RillAPIError(f"`column_config[{key!r}]['type_config']` must be a dict.")
            out[key] = dict(value)
        else:
            raise RillAPIError(
                f"`column_config[{key!r}]` must be an st.column_config column, a label (str) or "
                f"None (to hide it), not {type(value).__name__}."
            )
    return out


def _config_for(
    field: FieldInfo, table: Table, config: Mapping[Any, dict[str, Any] | None]
) -> tuple[bool, dict[str, Any]]:
    """(hidden by a None, the merged config) of one field; later keys win."""
    merged: dict[str, Any] = {}
    hidden = False
    for key, value in config.items():
        if not _key_matches(key, field, table):
            continue
        if value is None:
            hidden = True
        else:
            merged.update({k: v for k, v in value.items() if v is not None})
    return hidden, merged


def column_specs(
    table: Table,
    column_config: Mapping[Any, dict[str, Any] | None],
    *,
    disabled: bool | Iterable[str] = False,
    editor: bool = False,
) -> list[dict[str, Any]]:
    """The ColumnSpec dicts of every field of `table`, in field order.

    Args:
        table: The table shown.
        column_config: From `normalize_config`.
        disabled: `st.data_editor`'s `disabled`: True, or the columns that are read-only.
        editor: True for `st.data_editor` (index columns and unsupported types are read-only
            unless the config says otherwise).
    """
    read_only = set() if isinstance(disabled, bool) else {str(c) for c in disabled}
    specs = []
    for field in table.fields:
        hidden, config = _config_for(field, table, column_config)
        arrow_type = table.schema.field(field.name).type
        type_config = dict(config.get("type_config") or {})
        spec: dict[str, Any] = {
            "field": field.name,
            "label": field.label if config.get("label") is None else str(config["label"]),
            "kind": field.kind,
            "type": type_config.pop("type", None),
            "arrow_type": str(arrow_type),
            "width": config.get("width"),
            "help": config.get("help"),
            "pinned": config.get("pinned"),
            "hidden": hidden or bool(config.get("hidden", False)),
            "disabled": False,
            "required": bool(config.get("required", False)),
            "default": config.get("default"),
            "format": None,
            "min": None,
            "max": None,
            "step": None,
            "options": None,
            "validate": None,
            "extra": {},
        }
        for key, target in _OWN.items():
            if key in type_config:
                spec[target] = type_config.pop(key)
        for key in _OWN_MORE:
            if key in type_config:
                spec[key] = type_config.pop(key)
        if "alignment" in config:
            spec["extra"]["alignment"] = config["alignment"]
        spec["extra"].update(type_config)
        if spec["options"] is None and str(arrow_type).startswith("dictionary"):
            spec["options"] = _categories(table, field)
            if spec["type"] is None and editor:
                spec["type"] = "selectbox"
        if editor:
            spec["disabled"] = _read_only(field, config, disabled, read_only)
        specs.append(spec)
    return specs


def _read_only(
    field: FieldInfo, config: Mapping[str, Any], disabled: bool | Iterable[str], names: set[str]
) -> bool:
    if disabled is True:
        return True
    if config.get("disabled") is not None:
        return bool(config["disabled"])
    if field.name in names or field.label in names or str(field.key) in names:
        return True
    return field.kind == "index" and field.name.startswith(INDEX_FIELD)


def _categories(table: Table, field: FieldInfo) -> list[Any] | None:
    """The categories of a pandas categorical column (the options of its selectbox)."""
    import pandas as pd

    if table.pandas is None:
        return None
    values = (
        table.pandas.index.get_level_values(field.position)
        if field.kind == "index"
        else table.pandas.iloc[:, field.position]
    )
    dtype = values.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        return [_plain(v) for v in dtype.categories]
    return None


def _plain(value: Any) -> Any:
    """A value as JSON can hold it."""
    item = getattr(value, "item", None)
    if callable(item):
        value = item()
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def order_fields(table: Table, column_order: Iterable[Any] | None) -> list[str] | None:
    """`column_order` (column names, `"_index"`) as field names; unknown names are skipped."""
    if column_order is None:
        return None
    if isinstance(column_order, str):
        column_order = [column_order]
    elif not isinstance(column_order, Iterable):
        raise RillAPIError(
            f"`column_order` must be a list of column names, not {type(column_order).__name__}."
        )
    fields: list[str] = []
    for name in column_order:
        for field in table.fields:
            if _key_matches(name, field, table) and field.name not in fields:
                fields.append(field.name)
                break
    return fields
