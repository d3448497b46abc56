"""Meta-tests on the shape of the package: imports that work alone, stay light, flow one way."""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "rill"

#: Libraries that `import rill` must not load: an app pays for them only when it uses them.
HEAVY = ("pandas", "pyarrow", "sqlalchemy", "snowflake", "authlib", "altair", "tornado", "numpy")

#: App scripts shipped inside the package, relative to src/rill (`rill hello` runs the first).
#: The script runner executes them and nothing imports them; like any app they start with
#: `import rill as st` and need a session, so the module meta-tests leave them out.
APP_SCRIPTS = frozenset({"hello/app.py"})


def module_name(path: Path, root: Path = SRC) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_files(root: Path = SRC) -> list[Path]:
    """Every module of the package (app scripts excluded)."""
    return sorted(
        path
        for path in root.rglob("*.py")
        if "__pycache__" not in path.parts and path.relative_to(root).as_posix() not in APP_SCRIPTS
    )


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("RILL_")}


# -- every module imports alone ----------------------------------------------------------------

# Run in a fresh interpreter: imports the third-party and standard modules that rill's modules
# import (never a rill module), then forks one child per rill module, two at a time. Each child
# starts from an interpreter in which no rill module was ever imported and imports just one, so
# a module that only works because a sibling was imported first fails, at a fraction of the
# cost of a new interpreter per module (which would pay for pydantic and the rest every time).
FORK_SERVER = r"""
import importlib, json, os, sys, traceback

names, preload = json.load(sys.stdin)
for module in preload:
    try:
        importlib.import_module(module)
    except Exception:
        pass  # the rill module that needs it reports the failure
leaked = sorted(m for m in sys.modules if m == "rill" or m.startswith("rill."))
if leaked:
    sys.exit(f"preloading imported rill modules: {leaked}")


def start(name):
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        status = 0
        try:
            importlib.import_module(name)
        except BaseException:
            # Stay far below the pipe's buffer so the child never blocks on a long traceback.
            os.write(write, traceback.format_exc()[-4000:].encode())
            status = 1
        os._exit(status)
    os.close(write)
    return pid, read


failures, running, pending = {}, {}, list(reversed(names))
while pending or running:
    while pending and len(running) < 2:
        name = pending.pop()
        pid, read = start(name)
        running[pid] = (name, read)
    pid, status = os.wait()
    name, read = running.pop(pid)
    output = b""
    while chunk := os.read(read, 65536):
        output += chunk
    os.close(read)
    if status:
        lines = output.decode(errors="replace").strip().splitlines()
        failures[name] = lines[-1] if lines else f"exit status {status}"
print(json.dumps(failures))
"""


def _third_party_imports(paths: list[Path]) -> list[str]:
    """Modules other than rill's that rill modules import at module level."""
    found: set[str] = set()
    for path in paths:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module)
    return sorted(name for name in found if name.partition(".")[0] not in ("rill", "__future__"))


def _import_each_with_fork(names: list[str], preload: list[str]) -> dict[str, str]:
    result = subprocess.run(
        [sys.executable, "-c", FORK_SERVER],
        input=json.dumps([names, preload]),
        capture_output=True,
        text=True,
        timeout=110,
        env=_clean_env(),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    failures: dict[str, str] = json.loads(result.stdout.splitlines()[-1])
    return failures


def _import_each_in_subprocesses(names: list[str]) -> dict[str, str]:
    """Where there is no fork (Windows): a new interpreter per module, two at a time."""

    def try_import(name: str) -> tuple[str, subprocess.CompletedProcess[str]]:
        command = [sys.executable, "-c", f"import {name}"]
        env = _clean_env()
        return name, subprocess.run(command, capture_output=True, text=True, env=env, check=False)

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(try_import, names))
    return {
        name: (result.stderr.strip().splitlines() or [f"exit status {result.returncode}"])[-1]
        for name, result in results
        if result.returncode != 0
    }


def test_every_module_imports_alone_in_a_fresh_interpreter() -> None:
    # `__main__` runs the command line when imported; the CLI tests exercise it.
    paths = [path for path in source_files() if path.name != "__main__.py"]
    names = [module_name(path) for path in paths]
    assert "rill.core.kernel" in names and "rill.schemas.config.server" in names
    if hasattr(os, "fork"):
        failures = _import_each_with_fork(names, _third_party_imports(paths))
    else:
        failures = _import_each_in_subprocesses(names)
    assert failures == {}


def test_import_check_catches_a_module_that_needs_a_sibling(tmp_path: Path) -> None:
    package = tmp_path / "fragile"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "base.py").write_text("import fragile.helper\nVALUE = fragile.helper.X\n")
    (package / "helper.py").write_text("X = 1\n")
    # Works only when something else (fragile.base) has imported fragile.helper first:
    (package / "lazy.py").write_text("import fragile\nVALUE = fragile.helper.X\n")
    env = {**_clean_env(), "PYTHONPATH": str(tmp_path)}
    names = ["fragile.base", "fragile.helper", "fragile.lazy"]
    result = subprocess.run(
        [sys.executable, "-c", FORK_SERVER],
        input=json.dumps([names, []]),
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    failures = json.loads(result.stdout.splitlines()[-1])
    assert list(failures) == ["fragile.lazy"]
    assert "has no attribute 'helper'" in failures["fragile.lazy"]


# -- import rill stays light ---------------------------------------------------------------------


def test_import_rill_loads_no_heavy_library() -> None:
    code = "import json, sys; import rill; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env=_clean_env(),
        check=True,
    )
    loaded = {name.partition(".")[0] for name in json.loads(result.stdout)}
    assert "rill" in loaded
    assert sorted(loaded.intersection(HEAVY)) == []


# -- imports flow one way: builtin_plugins -> plugins -> core -> schemas ---------------------------


def _is_within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def _imports(path: Path, root: Path) -> Iterator[tuple[int, str, bool]]:
    """(line, imported module, whether it is the `rill` facade itself) for every import."""
    module = module_name(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]

    def is_submodule(dotted: str) -> bool:
        relative = Path(*dotted.split("."))
        return (root.parent / relative).is_dir() or (root.parent / f"{relative}.py").is_file()

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, alias.name == "rill"
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*base_parts, *([node.module] if node.module else [])])
            else:
                base = node.module or ""
            for alias in node.names:
                full = f"{base}.{alias.name}"
                if is_submodule(full):
                    yield node.lineno, full, False
                else:
                    yield node.lineno, base, base == "rill"


#: Top-level package of src/rill → packages of rill it must not import.
FORBIDDEN = {
    "core": ("rill.plugins", "rill.builtin_plugins"),
    "plugins": ("rill.builtin_plugins",),
}


def direction_offenders(root: Path = SRC) -> list[str]:
    """Every import that breaks the layering, as `path:line: what`."""
    offenders = []
    for path in source_files(root):
        relative = path.relative_to(root)
        layer = relative.parts[0] if len(relative.parts) > 1 else ""
        where = f"{path.relative_to(root.parent.parent)}"
        for line, name, facade in _imports(path, root):
            if not _is_within(name, "rill"):
                continue
            if facade and relative != Path("__init__.py"):
                offenders.append(f"{where}:{line}: imports the public facade `rill`")
            elif layer == "schemas" and not _is_within(name, "rill.schemas"):
                offenders.append(f"{where}:{line}: schemas/ imports {name}")
            else:
                for banned in FORBIDDEN.get(layer, ()):
                    if _is_within(name, banned):
                        offenders.append(f"{where}:{line}: {layer}/ imports {name}")
    return offenders


def test_imports_flow_one_way() -> None:
    assert direction_offenders() == []


def test_direction_check_reports_each_kind_of_offence(tmp_path: Path) -> None:
    root = tmp_path / "src" / "rill"
    files = {
        "__init__.py": "from rill.version import __version__\n",
        "version.py": "__version__ = '0'\n",
        "core/__init__.py": "",
        "core/errors.py": "",
        "core/good.py": "from rill.schemas import base\nfrom . import bad\nimport rill.version\n",
        "core/bad.py": "import os\n\ndef f():\n    from rill.plugins import hookimpl\n",
        "core/facade.py": "\n\nfrom rill import button\n",
        "core/deep/__init__.py": "",
        "core/deep/relative.py": "from ...builtin_plugins import theme\n",
        "schemas/__init__.py": "",
        "schemas/base.py": "from rill.schemas import other\nfrom rill.core import errors\n",
        "schemas/other.py": "",
        "plugins/__init__.py": "import rill\nfrom rill.builtin_plugins.theme import plugin\n",
        "builtin_plugins/__init__.py": "",
        "builtin_plugins/theme.py": "from rill.plugins import hookimpl\nfrom rill import version\n",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)

    assert sorted(direction_offenders(root)) == [
        "src/rill/core/bad.py:4: core/ imports rill.plugins",
        "src/rill/core/deep/relative.py:1: core/ imports rill.builtin_plugins.theme",
        "src/rill/core/facade.py:3: imports the public facade `rill`",
        "src/rill/plugins/__init__.py:1: imports the public facade `rill`",
        "src/rill/plugins/__init__.py:2: plugins/ imports rill.builtin_plugins.theme",
        "src/rill/schemas/base.py:2: schemas/ imports rill.core.errors",
    ]


#: An import statement anywhere in a test file, app scripts inside strings included.
IMPORT_LINE = re.compile(
    r"^\s*(?:import\s+([A-Za-z_]\w*)[\w.]*\s*(?:$|,|\bas\b)|from\s+([A-Za-z_]\w*)[\w.]*\s+import\b)"
)


FSTRING_HOLE = "__fstring_value__"


def _strings(tree: ast.AST) -> list[str]:
    """Every string literal in `tree`; an f-string with its `{...}` parts as one placeholder."""
    found: list[str] = []
    in_fstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts = [v.value if isinstance(v, ast.Constant) else FSTRING_HOLE for v in node.values]
            found.append("".join(str(part) for part in parts))
            in_fstrings.update(id(v) for v in node.values)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in in_fstrings
        ):
            found.append(node.value)
    return found


def project_tree(root: Path) -> tuple[list[Path], list[Path]]:
    """The directories and `.py` files under `root`, hidden directories left out.

    The benchmarks keep their throwaway virtual environments in `benchmarks/.venv-*`; walking
    those would take minutes and count their packages as the project's own modules.
    """
    directories, files = [], []
    for parent, names, filenames in os.walk(root):
        names[:] = sorted(name for name in names if not name.startswith("."))
        directories.extend(Path(parent, name) for name in names)
        files.extend(Path(parent, name) for name in filenames if name.endswith(".py"))
    return directories, sorted(files)


def imported_packages(roots: list[Path]) -> dict[str, Path]:
    """Top-level names that the files under `roots` import, each with one file importing it."""
    found: dict[str, Path] = {}
    for root in roots:
        for path in project_tree(root)[1]:
            text = path.read_text(encoding="utf-8")
            # The file's own lines, and the lines of every string in it (app scripts).
            strings = _strings(ast.parse(text))
            for line in "\n".join([text, *strings]).splitlines():
                match = IMPORT_LINE.match(line)
                name = match and (match.group(1) or match.group(2))
                if name and FSTRING_HOLE not in name:  # a name an f-string fills in: unknown
                    found.setdefault(name, path)
    return found


def test_every_package_the_tests_import_is_installed_by_the_test_command() -> None:
    # A test importing a package that no install step installs passes only on a machine
    # where someone installed it by hand (sympy did, once).
    roots = [ROOT / "tests", ROOT / "benchmarks", ROOT / "plugins"]
    trees = [project_tree(root) for root in roots]
    texts = " ".join(p.read_text(encoding="utf-8") for _, files in trees for p in files)
    local = {p.stem for _, files in trees for p in files} | {
        p.name for directories, _ in trees for p in directories
    }
    local |= set(re.findall(r"\b(\w+)\.py\b", texts))  # modules a test writes for its app
    missing = {
        name: path.relative_to(ROOT).as_posix()
        for name, path in imported_packages(roots).items()
        if path != Path(__file__)  # its strings are the scanner's own fixtures
        and name not in sys.stdlib_module_names
        and name not in local
        and name != "streamlit"  # benchmarks compare with Streamlit in a venv of their own
        and importlib.util.find_spec(name) is None
    }
    assert not missing, f"imported by tests but not installed by scripts/test: {missing}"


def test_the_import_scan_sees_imports_inside_app_strings(tmp_path: Path) -> None:
    (tmp_path / "test_x.py").write_text(
        'SOURCE = """\nimport sympy\nfrom katsu.sub import y\n"""\nimport os, sys\n'
        "ONE_LINE = 'import polars\\nprint(1)'\n"
        "# import in a comment is not an import statement\n"
        "say('from thread')\n"
        'APP = f"from {__name__} import Celsius"\n'
        'PIECE = f"import {name}_ext"\n'
    )
    assert set(imported_packages([tmp_path])) == {"sympy", "katsu", "os", "polars"}


def plugin_api_offences(root: Path) -> list[str]:
    """Imports of rill by the builtin plugins under `root` that a third party could not make."""
    found = []
    for path in sorted(root.rglob("*.py")):
        own = f"rill.builtin_plugins.{path.relative_to(root).parts[0].removesuffix('.py')}"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            modules: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                modules = [node.module]
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            for module in modules:
                if module != "rill" and not module.startswith("rill."):
                    continue
                allowed = (
                    module == "rill.plugins"
                    or module == "rill.schemas"
                    or module.startswith("rill.schemas.")
                    or module == own
                    or module.startswith(own + ".")
                )
                if not allowed:
                    found.append(
                        f"{path.relative_to(root).as_posix()}:{node.lineno} imports {module}"
                    )
    return found


def test_builtin_plugins_use_only_the_plugin_api() -> None:
    # A builtin plugin is written as a third party would write it: from `rill.plugins`,
    # `rill.schemas` and its own package only; another plugin's commands are looked up by
    # name (`find_command`), never imported.
    offences = plugin_api_offences(SRC / "builtin_plugins")
    assert not offences, "\n".join(offences)


def test_the_plugin_api_check_catches_core_and_cross_plugin_imports(tmp_path: Path) -> None:
    (tmp_path / "charts").mkdir()
    (tmp_path / "charts" / "plot.py").write_text(
        "from rill.plugins import command\n"
        "from rill.schemas.elements import Props\n"
        "from rill.builtin_plugins.charts.colors import palette\n"
        "from rill.core.runtime.tree import add_element\n"
        "def f():\n    from rill.builtin_plugins.text.markdown import markdown\n"
    )
    assert plugin_api_offences(tmp_path) == [
        "charts/plot.py:4 imports rill.core.runtime.tree",
        "charts/plot.py:6 imports rill.builtin_plugins.text.markdown",
    ]
