"""`rill config show` and `rill config schema`: the effective config as TOML, the JSON Schema."""

from __future__ import annotations

import inspect
import json
from collections.abc import Mapping
from typing import Any

import tomlkit
from pydantic import BaseModel, ConfigDict, Field, create_model
from tomlkit.items import Table

from rill.core.config.layers import KeyPath, env_name
from rill.core.config.loader import Config, submodel


def to_toml(config: Config) -> str:
    """The effective config as commented TOML.

    Each option carries its description and default as a comment; a value that differs from
    the default says where it came from. Unset options (no value, no default) are commented out.
    """
    doc = tomlkit.document()
    doc.add(tomlkit.comment("Effective rill config. Precedence, lowest first: defaults,"))
    doc.add(tomlkit.comment("~/.rill/config.toml, ./.rill/config.toml, RILL_* variables, flags."))
    for name, section in config.sections.items():
        doc.add(tomlkit.nl())
        doc.add(name, _table(section, (name,), config.origins))
    return tomlkit.dumps(doc)


def _table(model: BaseModel, path: KeyPath, origins: Mapping[KeyPath, str]) -> Table:
    table = tomlkit.table()
    doc = inspect.getdoc(type(model))
    if doc:
        table.add(tomlkit.comment(doc.splitlines()[0]))
    nested: list[tuple[str, BaseModel]] = []
    for attr, info in type(model).model_fields.items():
        key = info.alias or attr
        value = getattr(model, attr)
        if submodel(info.annotation) is not None:
            nested.append((key, value))
            continue
        key_path = (*path, key)
        table.add(tomlkit.nl())
        if info.description:
            table.add(tomlkit.comment(info.description))
        default = info.get_default(call_default_factory=True)
        table.add(tomlkit.comment(f"Default: {_show(default)}. Env: {env_name(key_path)}"))
        plain = model.model_dump(mode="json", by_alias=True, include={attr}, exclude_none=True).get(
            key
        )
        if plain is None:
            table.add(tomlkit.comment(f"{key} ="))
            continue
        item = tomlkit.item(plain)
        origin = _origin(origins, key_path)
        if origin is not None:
            item.comment(f"from {origin}")
        table.add(key, item)
    for key, value in nested:
        table.add(tomlkit.nl())
        table.add(key, _table(value, (*path, key), origins))
    return table


def _origin(origins: Mapping[KeyPath, str], path: KeyPath) -> str | None:
    if path in origins:
        return origins[path]
    return next((o for p, o in origins.items() if p[: len(path)] == path), None)


def _show(value: Any) -> str:
    if value is None:
        return "unset"
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json", by_alias=True)
    return json.dumps(value)


def json_schema(models: Mapping[str, type[BaseModel]]) -> dict[str, Any]:
    """One JSON Schema for a whole config.toml, for editors."""
    fields: dict[str, Any] = {
        name: (model, Field(default_factory=model, description=inspect.getdoc(model)))
        for name, model in models.items()
    }
    combined = create_model("RillConfig", __config__=ConfigDict(extra="forbid"), **fields)
    schema: dict[str, Any] = combined.model_json_schema(by_alias=True)
    schema["title"] = "rill config.toml"
    return schema
