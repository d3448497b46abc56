"""Every hook is documented with its exact signature, and every hook has a test.

docs/plugins/hooks.md is what plugin authors read; these meta-tests keep it and the test suite in
step with src/rill/core/hookspecs/.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rill.core import hookspecs

ROOT = Path(__file__).resolve().parent.parent
HOOKS_DOC = ROOT / "docs" / "plugins" / "hooks.md"
TESTS = ROOT / "tests"

#: Lifecycle hooks that the runtime does not call yet, so no test can observe them. The runtime
#: engineer removes each name once the server or script runner calls the hook and a test
#: checks it; the meta-test below fails for a name that already has a test.
PENDING_RUNTIME_HOOKS: frozenset[str] = frozenset()


def hookspec_functions() -> dict[str, Callable[..., Any]]:
    """Every hook specification, by name (what `HookspecMarker("rill")` marked)."""
    return {
        name: fn
        for name, fn in vars(hookspecs).items()
        if callable(fn) and hasattr(fn, "rill_spec")
    }


SPECS = hookspec_functions()

_HEADING = re.compile(r"^#{2,4} `?(rill_\w+)`?\s*$", re.MULTILINE)
_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def documented_signatures(text: str) -> dict[str, str]:
    """Hook name → the first ```python block under its heading, as written."""
    headings = list(_HEADING.finditer(text))
    found: dict[str, str] = {}
    for i, heading in enumerate(headings):
        end = headings[i + 1].start() if i + 1 < len(headings) else len(text)
        block = _PYTHON_BLOCK.search(text, heading.end(), end)
        found[heading.group(1)] = block.group(1) if block else ""
    return found


def normalise(signature: str) -> str:
    """Compare signatures without whitespace, trailing commas or the quotes of postponed
    annotations (`inspect` shows `kernel: 'Kernel'`, the docs `kernel: Kernel`)."""
    text = signature.strip().removesuffix("...").strip().removesuffix(":")
    text = re.sub(r"\s+", "", text).replace("'", "").replace('"', "")
    return text.replace(",)", ")")


DOCUMENTED = documented_signatures(HOOKS_DOC.read_text(encoding="utf-8"))


def test_hookspecs_are_found() -> None:
    # Guards the two tests below against passing because nothing was collected.
    assert {"rill_register_config_sections", "rill_resolve_session_store"} <= set(SPECS)
    assert len(DOCUMENTED) >= len(SPECS)


@pytest.mark.parametrize("name", sorted(SPECS))
def test_hook_is_documented_with_its_exact_signature(name: str) -> None:
    assert name in DOCUMENTED, f"{name} has no entry in {HOOKS_DOC.relative_to(ROOT)}"
    expected = f"def {name}{inspect.signature(SPECS[name])}"
    assert normalise(DOCUMENTED[name]) == normalise(expected), (
        f"{name}: the signature in {HOOKS_DOC.relative_to(ROOT)} differs from rill.core.hookspecs; "
        f"expected:\n{expected}"
    )


def test_no_entry_documents_a_hook_that_does_not_exist() -> None:
    assert sorted(set(DOCUMENTED) - set(SPECS)) == []


def test_normalise_tells_different_signatures_apart() -> None:
    documented = "def rill_register_routes(\n    kernel: Kernel,\n) -> Sequence[Route]"
    assert normalise(documented) == normalise(
        "def rill_register_routes(kernel: 'Kernel') -> 'Sequence[Route]'"
    )
    assert normalise(documented) != normalise(
        "def rill_register_routes(kernel: 'Kernel', url: 'str') -> 'Sequence[Route]'"
    )


def _test_sources() -> dict[Path, str]:
    """Every test module except these documentation meta-tests."""
    return {
        path: path.read_text(encoding="utf-8")
        for path in sorted(TESTS.rglob("test_*.py"))
        if not path.name.startswith("test_docs_")
    }


def test_every_hook_has_a_test() -> None:
    sources = _test_sources()

    def tested(name: str) -> bool:
        pattern = re.compile(rf"\b{name}\b")
        return any(pattern.search(text) for text in sources.values())

    untested = sorted(name for name in SPECS if name not in PENDING_RUNTIME_HOOKS)
    untested = [name for name in untested if not tested(name)]
    assert untested == [], f"hooks that no test under tests/ mentions: {untested}"

    now_tested = sorted(name for name in PENDING_RUNTIME_HOOKS if tested(name))
    assert now_tested == [], f"these hooks have tests now; remove them from PENDING: {now_tested}"
    unknown = sorted(PENDING_RUNTIME_HOOKS - set(SPECS))
    assert unknown == [], f"PENDING_RUNTIME_HOOKS names hooks that do not exist: {unknown}"
