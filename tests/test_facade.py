"""The public facade `rill/__init__.py`: every name importable, each imported on first use."""

from __future__ import annotations

import ast
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import rill

INIT = Path(rill.__file__)


def _type_checking_imports() -> dict[str, str]:
    """Name → module of the imports under `if TYPE_CHECKING:` in rill/__init__.py."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom) and statement.module
                for alias in statement.names:
                    assert alias.asname == alias.name, "re-export as `import x as x`"
                    found[alias.name] = statement.module
    return found


def test_lazy_table_names_what_type_checkers_see() -> None:
    assert _type_checking_imports() == rill._MODULES


def test_all_lists_every_public_name() -> None:
    assert sorted(rill.__all__) == sorted({"__version__", *rill._MODULES})


@pytest.mark.parametrize("name", sorted(rill._MODULES))
def test_each_name_is_the_object_its_module_defines(name: str) -> None:
    module = importlib.import_module(rill._MODULES[name])
    assert getattr(rill, name) is getattr(module, name)
    assert name in dir(rill)


def test_import_rill_imports_no_other_rill_module() -> None:
    code = (
        "import json, sys; import rill; "
        "print(json.dumps(sorted(m for m in sys.modules if m.partition('.')[0] == 'rill')))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("RILL_")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert json.loads(result.stdout) == ["rill", "rill.version"]


def test_from_import_and_star_import_work_in_a_fresh_interpreter() -> None:
    code = (
        "from rill import button, session_state\n"
        "import rill.builtin_plugins.widgets.button as b\n"
        "assert button is b.button\n"
        "namespace = {}\n"
        "exec('from rill import *', namespace)\n"
        "import rill\n"
        "assert set(rill.__all__) <= set(namespace), set(rill.__all__) - set(namespace)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("RILL_")}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'no_such_command'"):
        rill.no_such_command  # noqa: B018
    with pytest.raises(AttributeError):
        rill.__no_such_dunder__  # noqa: B018
