"""Generate the option reference of docs/configuration.md from the config section models.

The reference is the part of the page between `<!-- options:start -->` and
`<!-- options:end -->`; everything else on the page is written by hand. Run it after changing a
config model (tests/test_docs_config.py fails until you do):

    python scripts/gen_config_docs.py           # rewrite the reference in place
    python scripts/gen_config_docs.py --check   # exit 1 if the committed reference is stale

The sections are the ones a kernel with every builtin plugin and no installed third-party plugin
accepts, read from a scratch directory so that no local config can hide a section.
"""

from __future__ import annotations

import argparse
import inspect
import sys
import tempfile
import types
import typing
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import annotated_types
import tomlkit
from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from rill.core.config.layers import env_name
from rill.core.kernel import Kernel
from rill.schemas.config.theme import Color

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "configuration.md"
START = "<!-- options:start -->"
END = "<!-- options:end -->"

#: Sections in the order a reader meets them; sections of other builtins follow by name.
ORDER = ("server", "client", "runner", "logger", "browser", "theme", "plugins")

#: Annotated types whose meaning their base type does not tell.
NAMED_TYPES: dict[Any, tuple[str, str]] = {Color: ("CSS color", "CSS colors")}

HEADER = (
    "| Option | Type | Default | Environment variable | Description |\n"
    "| --- | --- | --- | --- | --- |"
)


def section_models() -> dict[str, type[BaseModel]]:
    """Every config section of rill and its builtin plugins, in reading order."""
    with tempfile.TemporaryDirectory() as scratch:
        kernel = Kernel.load(
            cwd=Path(scratch),
            home=Path(scratch),
            env={},
            flags=["--plugins.loadEntryPoints", "false"],
        )
    models = kernel.section_models

    def rank(name: str) -> tuple[int, str]:
        return (ORDER.index(name) if name in ORDER else len(ORDER), name)

    return {name: models[name] for name in sorted(models, key=rank)}


# -- types -----------------------------------------------------------------------------------


def type_text(annotation: Any, metadata: Sequence[Any] = (), plural: bool = False) -> str:
    """A reader's name for a field's type: `integer (1 to 65535)`, `list of CSS colors`."""
    origin = typing.get_origin(annotation)
    if annotation in NAMED_TYPES:
        return NAMED_TYPES[annotation][plural]
    if origin is typing.Annotated:
        base, *extra = typing.get_args(annotation)
        return type_text(base, [*metadata, *_flatten(extra)], plural)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return _alternatives([type_text(arg, metadata, plural) for arg in options])
    if origin is typing.Literal:
        values = ", ".join(f"`{_toml(value)}`" for value in typing.get_args(annotation))
        return f"one of {values}"
    if origin is list:
        (item,) = typing.get_args(annotation)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return "array of tables"
        return f"list of {type_text(item, plural=True)}{_bounds(metadata, 'items')}"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "table"
    names = {int: "integer", str: "string", bool: "boolean", float: "number"}
    name = names.get(annotation, getattr(annotation, "__name__", str(annotation)))
    unit = "characters" if annotation is str else ""
    return f"{name}{'s' if plural else ''}{_bounds(metadata, unit)}"


def _flatten(metadata: Sequence[Any]) -> Iterator[Any]:
    """Constraints, unpacking the `Field(ge=...)` that an `Annotated` alias may carry."""
    for item in metadata:
        if isinstance(item, FieldInfo):
            yield from item.metadata
        else:
            yield item


def _bounds(metadata: Sequence[Any], unit: str) -> str:
    """` (1 to 65535)`, ` (≥ 0)`, ` (1 to 6 items)` from annotated-types constraints, with an
    en dash between the bounds."""
    low = high = None
    for item in metadata:
        if isinstance(item, annotated_types.Ge):
            low = item.ge
        elif isinstance(item, annotated_types.MinLen):
            low = item.min_length
        elif isinstance(item, annotated_types.Le):
            high = item.le
        elif isinstance(item, annotated_types.MaxLen):
            high = item.max_length
    size = f" {unit}" if unit else ""
    if low is not None and high is not None:
        return f" ({low}\N{EN DASH}{high}{size})"
    if low is not None:
        return f" (≥ {low}{size})"
    if high is not None:
        return f" (≤ {high}{size})"
    return ""


def _alternatives(texts: list[str]) -> str:
    if len(texts) <= 2:
        return " or ".join(texts)
    return ", ".join(texts[:-1]) + " or " + texts[-1]


# -- values ----------------------------------------------------------------------------------


def _toml(value: Any) -> str:
    return str(tomlkit.item(value).as_string())


def default_text(info: FieldInfo) -> str:
    default = info.get_default(call_default_factory=True)
    if default is PydanticUndefined:
        return "required"
    if default is None:
        return "unset"
    if isinstance(default, BaseModel):
        default = default.model_dump(mode="json", by_alias=True)
    return f"`{_toml(default)}`"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


# -- rendering -------------------------------------------------------------------------------


def _item_model(info: FieldInfo) -> type[BaseModel] | None:
    """The table model of an array-of-tables field (`theme.fontFaces`)."""
    if typing.get_origin(info.annotation) is list:
        (item,) = typing.get_args(info.annotation)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return item
    return None


def _nested_model(info: FieldInfo) -> type[BaseModel] | None:
    annotation = info.annotation
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _summary(model: type[BaseModel], dotted: str) -> str:
    """The first paragraph of the model's docstring, without a leading "`[table]`: "."""
    doc = inspect.getdoc(model) or ""
    text = " ".join(doc.split("\n\n")[0].split())
    prefix = f"`[{dotted}]`: "
    if text.startswith(prefix):
        text = text[len(prefix) :]
        text = text[:1].upper() + text[1:]
    return text


def render_table(model: type[BaseModel], path: tuple[str, ...], heading: str) -> list[str]:
    """One section (or nested table) as a heading, its summary, a table, then its sub-tables."""
    dotted = ".".join(path)
    lines = [f"{heading} `[{dotted}]`", "", _summary(model, dotted), "", HEADER]
    later: list[str] = []
    for name, info in model.model_fields.items():
        key = info.alias or name
        option = (*path, key)
        if (nested := _nested_model(info)) is not None:
            later += ["", *render_table(nested, option, heading + "#")]
            continue
        lines.append(_row(option, info))
        if (item := _item_model(info)) is not None:
            later += ["", *render_array(item, option, heading + "#")]
    return lines + later


def render_array(model: type[BaseModel], path: tuple[str, ...], heading: str) -> list[str]:
    """The keys of one entry of an array of tables, which are set as whole entries only."""
    dotted = ".".join(path)
    lines = [
        f"{heading} `[[{dotted}]]`",
        "",
        _summary(model, dotted),
        "",
        f"Each entry is a `[[{dotted}]]` table with these keys. From an environment variable "
        f"(`{env_name(path)}`) or a flag, give the whole list as a TOML array of inline tables.",
        "",
        "| Key | Type | Default | Description |",
        "| --- | --- | --- | --- |",
    ]
    for name, info in model.model_fields.items():
        kind = type_text(info.annotation, info.metadata)
        cells = [f"`{info.alias or name}`", kind, default_text(info), info.description or ""]
        lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    return lines


def _row(path: tuple[str, ...], info: FieldInfo) -> str:
    kind = type_text(info.annotation, info.metadata)
    env = f"`{env_name(path)}`"
    cells = [f"`{'.'.join(path)}`", kind, default_text(info), env, info.description or ""]
    return "| " + " | ".join(_cell(cell) for cell in cells) + " |"


def render() -> str:
    """The generated reference, markers excluded."""
    lines = [
        "",
        "<!-- Generated by scripts/gen_config_docs.py from the config models; do not edit. -->",
    ]
    for name, model in section_models().items():
        lines += ["", *render_table(model, (name,), "###")]
    return "\n".join(lines) + "\n\n"


def splice(document: str, reference: str) -> str:
    """`document` with the text between the markers replaced by `reference`."""
    try:
        head, rest = document.split(START, 1)
        _, tail = rest.split(END, 1)
    except ValueError:
        raise SystemExit(f"{DOC}: the markers {START} and {END} are missing") from None
    return f"{head}{START}{reference}{END}{tail}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate the config option reference.")
    parser.add_argument("--check", action="store_true", help="only report a stale reference")
    args = parser.parse_args(argv)
    current = DOC.read_text(encoding="utf-8")
    updated = splice(current, render())
    if args.check:
        if updated != current:
            print(f"{DOC.relative_to(ROOT)} is stale: run python scripts/gen_config_docs.py")
            return 1
        return 0
    if updated != current:
        DOC.write_text(updated, encoding="utf-8")
        print(f"updated {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
