"""The frontend's protocol types are generated from the pydantic models, never hand-synced."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from rill.schemas.protocol import BrowserHello, BrowserMessage, ServerMessage

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "gen_protocol_ts", ROOT / "scripts" / "gen_protocol_ts.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_types_match_the_models() -> None:
    gen = _generator()
    committed = gen.TARGET.read_text(encoding="utf-8")
    assert committed == gen.generate(), (
        "frontend/src/protocol.gen.ts is out of date: run `python scripts/gen_protocol_ts.py`"
    )


def test_every_message_and_element_kind_is_declared() -> None:
    text = _generator().generate()
    for union in (ServerMessage, BrowserMessage):
        for model in union.__args__[0].__args__:
            assert f"export interface {model.__name__} {{" in text
    assert "export interface BrowserHello {" in text
    assert BrowserHello.__name__ == "BrowserHello"
    element_types = _generator().builtin_element_types()
    assert len(element_types) > 30  # guards against passing on an empty registry
    for kind, element in element_types.items():
        assert f"  {kind}: {element.props_model().__name__};" in text


def test_every_builtin_element_type_names_its_props_model_and_apptest_class() -> None:
    # One registration per kind carries everything: the props contract (for the generated
    # TypeScript types and the tests) and the AppTest class (for `at.<kind>`).
    for kind, element in _generator().builtin_element_types().items():
        assert element.props_model() is not None, kind
        if not element.block or kind in {"column", "tab", "expander", "form"}:
            assert element.apptest_class() is not None or kind in {"empty"}, kind


def _renderers_generator() -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        spec = importlib.util.spec_from_file_location(
            "gen_renderers_ts", ROOT / "scripts" / "gen_renderers_ts.py"
        )
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def test_the_renderer_map_is_generated_from_the_registered_element_types() -> None:
    gen = _renderers_generator()
    assert gen.TARGET.read_text(encoding="utf-8") == gen.generate(), (
        "frontend/src/elements/registry.gen.ts is out of date: "
        "run `python scripts/gen_renderers_ts.py`"
    )


def test_every_builtin_kind_has_its_renderer_folder() -> None:
    elements = ROOT / "frontend" / "src" / "elements"
    for kind, element in _generator().builtin_element_types().items():
        if element.module is None:
            assert (elements / kind / "index.tsx").is_file(), f"no renderer for {kind!r}"
