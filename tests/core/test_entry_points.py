"""rill's own entry-point reader finds what `importlib.metadata` finds, for less."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

import pytest

from rill.core.entry_points import entry_points


@pytest.mark.parametrize("group", ["rill.plugins", "console_scripts", "pytest11"])
def test_the_same_entry_points_as_importlib_metadata(group: str) -> None:
    ours = {(ep.name, ep.value, ep.dist) for ep in entry_points(group)}
    theirs = {
        (ep.name, ep.value, ep.dist.name if ep.dist else "?")
        for ep in importlib.metadata.entry_points(group=group)
    }
    assert ours == theirs
    assert ours, f"this environment has {group} entry points to compare"


def test_the_greeting_plugin_loads_from_its_entry_point() -> None:
    (greeting,) = [ep for ep in entry_points("rill.plugins") if ep.name == "greeting"]
    assert greeting.dist == "rill-greeting" and greeting.version
    assert hasattr(greeting.load(), "rill_register_commands")


def dist(site: Path, folder: str, entry_points_txt: str, metadata: str | None = None) -> None:
    info = site / folder
    info.mkdir(parents=True)
    (info / "entry_points.txt").write_text(entry_points_txt)
    if metadata is not None:
        (info / "METADATA").write_text(metadata)


def test_the_first_distribution_of_a_name_on_the_path_wins(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    dist(
        first,
        "my_plugin-2.0.dist-info",
        "[rill.plugins]\nmine = pkg.new\n",
        "Name: my-plugin\nVersion: 2.0\n\nbody",
    )
    dist(second, "my_plugin-1.0.dist-info", "[rill.plugins]\nmine = pkg.old\n")
    dist(
        second,
        "other-0.1.egg-info",
        "# comment\n[other.group]\nx = y\n[rill.plugins]\no = o.p:hooks\n",
    )
    found = entry_points("rill.plugins", [str(first), str(second), str(tmp_path / "missing")])
    assert [(ep.name, ep.value, ep.dist, ep.version) for ep in found] == [
        ("mine", "pkg.new", "my-plugin", "2.0"),
        ("o", "o.p:hooks", "other", "0.1"),
    ]


def test_starting_rill_does_not_import_importlib_metadata() -> None:
    # The real scan runs; then no installed plugin is loaded, since the test plugin's config
    # section would be validated, and pydantic's plugin loader imports importlib.metadata for
    # the first validator it builds.
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from rill.core import entry_points, plugin_selection\n"
        "assert entry_points.entry_points('rill.plugins')\n"
        "plugin_selection.entry_points = lambda group: ()\n"
        "from rill.core.kernel import Kernel\n"
        "Kernel.load(cwd=Path('.'), home=Path('.'), env={}, flags=[])\n"
        "print('importlib.metadata' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/"
    )
    assert out.stdout.strip() == "False"
