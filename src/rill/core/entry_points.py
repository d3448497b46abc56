"""Reading installed plugins' entry points without importing `importlib.metadata`.

`importlib.metadata` costs more to import (email, zipfile, csv...) than the whole scan it does,
and `rill run` pays it on every start. What the scan needs is small: for each directory on
`sys.path`, in order, each distribution's `*.dist-info` or `*.egg-info` folder and its
`entry_points.txt`; the first distribution of a name wins, as with `importlib.metadata`. A
path entry that is not a directory (a zip file, an egg) sends the whole scan to
`importlib.metadata`, which knows every format.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from dataclasses import dataclass
from typing import Any

_SUFFIXES = (".dist-info", ".egg-info")


@dataclass(frozen=True)
class EntryPoint:
    """One entry point: `name = value` in `group`, from distribution `dist` `version`."""

    name: str
    value: str
    group: str
    dist: str
    version: str

    def load(self) -> Any:
        """Import the module the value names and return the attribute, if it names one."""
        module, _, attr = self.value.partition(":")
        loaded: Any = importlib.import_module(module.strip())
        for part in attr.split("[")[0].strip().split(".") if attr else ():
            loaded = getattr(loaded, part)
        return loaded


def entry_points(group: str, path: list[str] | None = None) -> tuple[EntryPoint, ...]:
    """Every installed entry point of `group`, in `sys.path` order."""
    entries = sys.path if path is None else path
    if not all(os.path.isdir(entry or ".") for entry in entries if os.path.exists(entry or ".")):
        return _from_importlib(group)
    found: list[EntryPoint] = []
    seen: set[str] = set()
    for entry in entries:
        try:
            names = sorted(os.listdir(entry or "."))
        except OSError:
            continue
        for name in names:
            if not name.endswith(_SUFFIXES):
                continue
            folder = os.path.join(entry or ".", name)
            dist, version = _name_and_version(folder, name)
            key = _normalize(dist)
            if key in seen:
                continue
            seen.add(key)
            found.extend(_read(os.path.join(folder, "entry_points.txt"), group, dist, version))
    return tuple(found)


def _name_and_version(folder: str, name: str) -> tuple[str, str]:
    """The distribution's name and version: from its metadata file, else from the folder name."""
    stem = name.rsplit(".", 1)[0]
    dist, _, version = stem.partition("-")
    for meta in ("METADATA", "PKG-INFO"):
        try:
            with open(os.path.join(folder, meta), encoding="utf-8", errors="replace") as file:
                for line in file:
                    if not line.strip():
                        break  # the headers end at the first blank line
                    key, _, value = line.partition(":")
                    if key == "Name":
                        dist = value.strip()
                    elif key == "Version":
                        version = value.strip()
            break
        except OSError:
            continue
    return dist, version.split("-")[0]


def _read(path: str, group: str, dist: str, version: str) -> list[EntryPoint]:
    try:
        with open(path, encoding="utf-8") as file:
            text = file.read()
    except OSError:
        return []
    points: list[EntryPoint] = []
    section = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
        elif section == group and "=" in line:
            name, _, value = line.partition("=")
            points.append(EntryPoint(name.strip(), value.strip(), group, dist, version))
    return points


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _from_importlib(group: str) -> tuple[EntryPoint, ...]:
    from importlib.metadata import entry_points as scan

    return tuple(
        EntryPoint(
            ep.name,
            ep.value,
            group,
            ep.dist.name if ep.dist else "?",
            ep.dist.version if ep.dist else "",
        )
        for ep in scan(group=group)
    )
