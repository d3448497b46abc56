"""Reading the config layers: TOML files, environment variables and command-line flags.

Each layer becomes a `Layer`: nested plain data plus, for every leaf key, where it came from, so
that errors and `rill config show` can name the file and line, variable or flag.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rill.core.errors import ConfigError

KeyPath = tuple[str, ...]


@dataclass
class Layer:
    """One source of config values."""

    name: str
    data: dict[str, Any] = field(default_factory=dict)
    origins: dict[KeyPath, str] = field(default_factory=dict)
    #: Where each `[table]` header is, for errors about a whole section.
    tables: dict[KeyPath, str] = field(default_factory=dict)

    def set(self, path: KeyPath, value: Any, origin: str) -> None:
        node = self.data
        for part in path[:-1]:
            child = node.get(part)
            if not isinstance(child, dict):
                child = node[part] = {}
            node = child
        node[path[-1]] = value
        self.origins[path] = origin


def read_toml_file(path: Path) -> Layer:
    """Read a config file; a missing file is an empty layer, bad TOML a `ConfigError`."""
    layer = Layer(str(path))
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return layer
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc.strerror}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    layer.data = data
    lines = _key_lines(text)
    for key_path in leaf_paths(data):
        line = lines.get(key_path) or lines.get(key_path[:1])
        layer.origins[key_path] = f"{path}, line {line}" if line else str(path)
    for key_path, line in lines.items():
        if len(key_path) == 1 or key_path[:-1] in layer.tables:
            layer.tables.setdefault(key_path, f"{path}, line {line}")
    return layer


def leaf_paths(data: Mapping[str, Any], prefix: KeyPath = ()) -> Iterable[KeyPath]:
    """Every path to a non-table value in `data`."""
    for key, value in data.items():
        if isinstance(value, dict):
            yield from leaf_paths(value, (*prefix, key))
        else:
            yield (*prefix, key)


_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_ASSIGN = re.compile(r"^\s*([A-Za-z0-9_.\-\"' ]+?)\s*=")


def _split_key(raw: str) -> KeyPath:
    return tuple(part.strip().strip("\"'") for part in raw.split("."))


def _key_lines(text: str) -> dict[KeyPath, int]:
    """Map key paths to the line that sets them (good enough for error messages)."""
    lines: dict[KeyPath, int] = {}
    table: KeyPath = ()
    for number, line in enumerate(text.splitlines(), start=1):
        if header := _HEADER.match(line):
            table = _split_key(header.group(1))
            lines.setdefault(table, number)
        elif assign := _ASSIGN.match(line):
            lines.setdefault((*table, *_split_key(assign.group(1))), number)
    return lines


def env_name(path: KeyPath) -> str:
    """`("server", "enableStaticServing")` → `RILL_SERVER_ENABLE_STATIC_SERVING`."""
    parts = [re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", part).upper() for part in path]
    return "RILL_" + "_".join(parts)


def read_env(
    env: Mapping[str, str], known: Mapping[str, KeyPath], sections: Iterable[str]
) -> Layer:
    """Read `RILL_<SECTION>_<OPTION>` variables.

    A variable that starts with a known section's prefix but names no option is an error (a
    typo would otherwise be silently ignored); other `RILL_*` variables are left alone.
    """
    layer = Layer("environment")
    prefixes = tuple(sorted((env_name((s,)) + "_" for s in sections), key=len, reverse=True))
    for name, raw in env.items():
        if not name.startswith("RILL_"):
            continue
        if name in known:
            layer.set(known[name], raw, f"environment variable {name}")
        elif name.startswith(prefixes):
            raise ConfigError(
                f"environment variable {name}: not a config option{did_you_mean(name, known)}"
            )
    return layer


def read_flags(flags: Iterable[str]) -> Layer:
    """Read `--section.option value` / `--section.option=value` flags."""
    layer = Layer("command line")
    items = list(flags)
    i = 0
    while i < len(items):
        item = items[i]
        if not item.startswith("--") or "." not in item.split("=", 1)[0]:
            raise ConfigError(f"{item}: expected a config flag such as --server.port 8502")
        if "=" in item:
            key, raw = item[2:].split("=", 1)
        elif i + 1 < len(items):
            key, raw = item[2:], items[i + 1]
            i += 1
        else:
            raise ConfigError(f"{item}: the flag needs a value")
        layer.set(_split_key(key), raw, f"flag --{key}")
        i += 1
    return layer


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """`"; did you mean 'x'?"` for a close match, else an empty string."""
    import difflib

    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def merge(layers: Iterable[Layer]) -> Layer:
    """Merge layers, later ones winning key by key."""
    merged = Layer("merged")
    for layer in layers:
        for path in leaf_paths(layer.data):
            node: Any = layer.data
            for part in path:
                node = node[part]
            merged.set(path, node, layer.origins.get(path, layer.name))
        merged.tables.update(layer.tables)
    return merged
