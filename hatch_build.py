"""Build rill's browser client (`frontend/`, Vite) into `src/rill/static` before hatchling packs.

The built client is not in git; `artifacts` in pyproject.toml puts it in every wheel and sdist.
This hook (`[tool.hatch.build.hooks.custom]`) makes sure it is there and current:

- It does nothing when `src/rill/static/index.html` is at least as new as every input of the
  build (`INPUTS`). Repeat installs stay fast, and an sdist, which ships the built client with
  the one timestamp hatchling gives every file, builds its wheel with no Node.js.
- Otherwise it needs `node` and `npm` on PATH, runs `npm ci` when `frontend/node_modules` is
  missing or older than `package-lock.json`, then `npm run build`, and checks that
  `index.html` appeared.

Why our own hook rather than hatch-jupyter-builder: that one reports a missing npm as a Python
traceback inside pip's error box. Each failure here is one line (printed, then `SystemExit`)
that names what is missing and the way past it, such as installing from a wheel. The errors
are explained in docs/install.md.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, NoReturn

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: What `npm run build` reads, relative to `frontend/`: newer files make the client stale.
INPUTS = ("src", "public", "index.html", "package.json", "package-lock.json", "vite.config.ts")

#: The oldest Node.js that Vite runs on (`engines` in frontend/node_modules/vite/package.json).
NODE_MINIMUM = (20, 19)

_WAY_OUT = "install rill from a wheel, which ships the client built"


def _fail(message: str) -> NoReturn:
    """End the build with one line on stderr: pip shows it without a traceback."""
    print(f"rill: {message}", file=sys.stderr, flush=True)
    raise SystemExit(1)


def _newest(frontend: Path) -> float:
    """The latest modification time of the build's inputs (0 when there are none)."""
    paths = [frontend / name for name in INPUTS]
    files = [f for path in paths for f in (path, *path.rglob("*")) if f.is_file()]
    return max((f.stat().st_mtime for f in files), default=0.0)


def _node() -> str:
    """The path of npm, once node and npm are on PATH and node is new enough."""
    node, npm = shutil.which("node"), shutil.which("npm")
    missing = [name for name, path in (("node", node), ("npm", npm)) if path is None]
    if node is None or npm is None:
        verb = "is" if len(missing) == 1 else "are"
        _fail(
            "building the browser client needs Node.js 20 and npm, and "
            f"{' and '.join(missing)} {verb} not on PATH; install Node.js 20 "
            f"(it brings npm), or {_WAY_OUT}"
        )
    version = subprocess.run(
        [node, "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    parts = version.lstrip("v").split(".")[:2]
    if not all(part.isdigit() for part in parts) or tuple(map(int, parts)) < NODE_MINIMUM:
        _fail(
            f"building the browser client needs Node.js 20.19 or newer, and the node on PATH "
            f"({node}) is {version or 'unknown'}; install Node.js 20, or {_WAY_OUT}"
        )
    return npm


def _run(npm: str, frontend: Path, *args: str) -> None:
    """Run one npm command in `frontend/`; its own output says why it failed."""
    code = subprocess.run([npm, *args], cwd=frontend, check=False).returncode
    if code:
        _fail(f"`npm {' '.join(args)}` in frontend/ failed (exit code {code}); its output is above")


class FrontendBuildHook(BuildHookInterface):  # type: ignore[type-arg]  # parameters vary by release
    """Builds the browser client for every target (wheel, editable wheel, sdist)."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        frontend, index = root / "frontend", root / "src" / "rill" / "static" / "index.html"
        if index.is_file() and index.stat().st_mtime >= _newest(frontend):
            return
        lock = frontend / "package-lock.json"
        if not lock.is_file():
            _fail(f"the browser client is not built and {lock} is missing; {_WAY_OUT}")
        npm = _node()
        # npm rewrites this file on every install: the mark that node_modules matches the lock.
        installed = frontend / "node_modules" / ".package-lock.json"
        if not installed.is_file() or installed.stat().st_mtime < lock.stat().st_mtime:
            self.app.display_waiting("rill: installing the frontend's npm packages (npm ci)")
            _run(npm, frontend, "ci", "--no-audit", "--no-fund")
        self.app.display_waiting("rill: building the browser client (npm run build)")
        _run(npm, frontend, "run", "build")
        if not index.is_file():
            _fail(f"`npm run build` in frontend/ did not write {index}; see vite.config.ts outDir")
