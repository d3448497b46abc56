"""The frontend's protocol types are generated from the pydantic models, never hand-synced."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from rill.schemas.elements import ELEMENT_PROPS
from rill.schemas.protocol import BrowserMessage, ServerMessage

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
    for kind, model in ELEMENT_PROPS.items():
        assert f"  {kind}: {model.__name__};" in text
