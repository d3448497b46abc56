"""Validating the merged config layers against the section models."""

from __future__ import annotations

import tomllib
import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from rill.core.config.layers import KeyPath, Layer, did_you_mean, env_name, leaf_paths
from rill.core.errors import ConfigError

M = TypeVar("M", bound=BaseModel)


@dataclass
class Config:
    """The effective, validated config of one kernel.

    Attributes:
        sections: Section name → validated model instance.
        origins: Key path (TOML names) → where a value other than the default came from.
    """

    sections: dict[str, BaseModel]
    origins: dict[KeyPath, str] = field(default_factory=dict)

    def section(self, name: str, model: type[M] | None = None) -> M:
        """The validated section `name`; pass its model class to get it typed."""
        try:
            value = self.sections[name]
        except KeyError:
            raise ConfigError(f"no config section [{name}] is active") from None
        if model is not None and not isinstance(value, model):
            raise TypeError(f"[{name}] is a {type(value).__name__}, not a {model.__name__}")
        return value  # type: ignore[return-value]

    def get(self, dotted: str) -> Any:
        """A value by its TOML name: `config.get("server.enableCORS")`."""
        section, *rest = dotted.split(".")
        node: Any = self.section(section)
        for part in rest:
            node = getattr(node, _attribute(type(node), part))
        return node


def _attribute(model: type[BaseModel], key: str) -> str:
    for name, info in model.model_fields.items():
        if key in (name, info.alias):
            return name
    raise ConfigError(f"unknown option {key!r}{did_you_mean(key, aliases(model))}")


def aliases(model: type[BaseModel]) -> list[str]:
    """The TOML names of a model's fields."""
    return [info.alias or name for name, info in model.model_fields.items()]


def submodel(annotation: Any) -> type[BaseModel] | None:
    """The nested section model a field holds (`theme.sidebar`), if it holds one."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def iter_options(
    model: type[BaseModel], prefix: KeyPath
) -> Iterator[tuple[KeyPath, FieldInfo, type[BaseModel] | None]]:
    """Walk a section model: (key path, field, nested model or None) for every field."""
    for name, info in model.model_fields.items():
        path = (*prefix, info.alias or name)
        nested = submodel(info.annotation)
        yield path, info, nested
        if nested is not None:
            yield from iter_options(nested, path)


def env_names(models: Mapping[str, type[BaseModel]]) -> dict[str, KeyPath]:
    """Every option's environment variable name → its key path."""
    return {
        env_name(path): path
        for section, model in models.items()
        for path, _, nested in iter_options(model, (section,))
        if nested is None
    }


def _field(models: Mapping[str, type[BaseModel]], path: KeyPath) -> FieldInfo | None:
    model: type[BaseModel] | None = models.get(path[0])
    info: FieldInfo | None = None
    for key in path[1:]:
        if model is None:
            return None
        info = next((f for n, f in model.model_fields.items() if key in (n, f.alias)), None)
        if info is None:
            return None
        model = submodel(info.annotation)
    return info


def _accepts_list(annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    if origin is list:
        return True
    if origin in (typing.Union, types.UnionType):
        return any(_accepts_list(arg) for arg in typing.get_args(annotation))
    return False


def coerce_text_layer(layer: Layer, models: Mapping[str, type[BaseModel]]) -> None:
    """Turn string values from variables and flags into lists or tables where the field wants one.

    `[...]` and `{...}` are read as TOML; a plain `a,b` is split on commas for list options.
    Scalars stay strings: pydantic converts "8502" or "false" with the field's own rules.
    """
    for path in list(leaf_paths(layer.data)):
        node: Any = layer.data
        for part in path:
            node = node[part]
        raw = node
        if not isinstance(raw, str):
            continue
        info = _field(models, path)
        stripped = raw.strip()
        if stripped[:1] in ("[", "{"):
            try:
                value = tomllib.loads(f"v = {stripped}")["v"]
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"{layer.origins[path]}: invalid TOML value: {exc}") from None
        elif info is not None and _accepts_list(info.annotation):
            value = [item.strip() for item in raw.split(",") if item.strip()]
        else:
            continue
        layer.set(path, value, layer.origins[path])


def validate(
    models: Mapping[str, type[BaseModel]], merged: Layer, unknown_hint: str = ""
) -> Config:
    """Validate every section; raise one `ConfigError` listing every problem."""
    problems: list[str] = []
    for name in merged.data:
        if name not in models:
            origin = _origin(merged, (name,))
            problems.append(
                f"{origin}: unknown config section [{name}]"
                f"{did_you_mean(name, models)}{unknown_hint}"
            )
    sections: dict[str, BaseModel] = {}
    for name, model in models.items():
        data = merged.data.get(name, {})
        if not isinstance(data, dict):
            problems.append(f"{_origin(merged, (name,))}: [{name}] must be a table")
            continue
        try:
            sections[name] = model.model_validate(data) if data else section_defaults(model)
        except ValidationError as exc:
            problems.extend(_describe(exc, name, model, merged))
    if problems:
        noun = "problem" if len(problems) == 1 else "problems"
        raise ConfigError(f"invalid config ({len(problems)} {noun}):\n  " + "\n  ".join(problems))
    return Config(sections, dict(merged.origins))


def section_defaults(model: type[BaseModel]) -> BaseModel:
    """A section nobody configured: its defaults.

    rill's own section models are built from their defaults without validating them: the same
    result (tests/schemas/test_config_defaults.py checks each, validators included), and
    `rill run` builds no validation schema for a section it was given nothing for. A plugin's
    model is validated as usual.
    """
    if model.__module__.startswith("rill.schemas.config."):
        return model.model_construct()
    return model.model_validate({})


def _origin(merged: Layer, path: KeyPath) -> str:
    if path in merged.origins:
        return merged.origins[path]
    if path in merged.tables:
        return merged.tables[path]
    for key, origin in merged.origins.items():
        if key[: len(path)] == path:
            return origin
    return "config"


def _describe(
    exc: ValidationError, section: str, model: type[BaseModel], merged: Layer
) -> Iterator[str]:
    for error in exc.errors():
        loc = tuple(str(part) for part in error["loc"])
        path = (section, *loc)
        dotted = ".".join(path)
        origin = _origin(merged, tuple(p for p in path if not p.isdigit()))
        if error["type"] == "extra_forbidden":
            holder = _field({section: model}, path[:-1]) if len(loc) > 1 else None
            parent = submodel(holder.annotation) if holder else model if len(loc) == 1 else None
            candidates = aliases(parent) if parent else []
            yield f"{origin}: unknown option {dotted}{did_you_mean(loc[-1], candidates)}"
            continue
        message = error["msg"]
        if error["type"].startswith("value_error"):
            message = message.removeprefix("Value error, ")
        shown = repr(error["input"])
        got = ""
        if loc and not isinstance(error["input"], dict) and shown not in message:
            got = f" (got {shown})"
        yield f"{origin}: {dotted}: {message}{got}"
