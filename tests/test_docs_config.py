"""docs/configuration.md: the option reference matches the models, and its examples work."""

from __future__ import annotations

import difflib
import importlib.util
import re
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

from rill.core.config.layers import env_name
from rill.core.config.loader import iter_options

if TYPE_CHECKING:
    # Only names for annotations: at run time `conftest` may be another directory's conftest.
    from kernel_support import Dirs, LoadKernel

ROOT = Path(__file__).resolve().parent.parent
CONFIG_DOC = ROOT / "docs" / "configuration.md"
GENERATOR = ROOT / "scripts" / "gen_config_docs.py"
#: Pages whose ```toml examples must load as a project's .rill/config.toml.
EXAMPLE_PAGES = [CONFIG_DOC, ROOT / "docs" / "deployment" / "locked-down.md"]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_config_docs", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = _generator()


def committed_reference() -> str:
    text = CONFIG_DOC.read_text(encoding="utf-8")
    return text.split(gen.START, 1)[1].split(gen.END, 1)[0]


def test_reference_is_what_the_generator_writes_now() -> None:
    committed, generated = committed_reference(), gen.render()
    if committed != generated:
        diff = "".join(
            difflib.unified_diff(
                committed.splitlines(keepends=True),
                generated.splitlines(keepends=True),
                "committed",
                "generated",
                n=1,
            )
        )
        pytest.fail(
            "docs/configuration.md is stale; run `python scripts/gen_config_docs.py`:\n" + diff
        )


def test_reference_lists_every_option_with_its_variable() -> None:
    reference = committed_reference()
    sections = gen.section_models()
    assert {"server", "client", "runner", "logger", "browser", "theme", "plugins"} <= set(sections)
    missing = []
    for section, model in sections.items():
        for path, _, nested in iter_options(model, (section,)):
            dotted = ".".join(path)
            if nested is not None:
                if f"`[{dotted}]`" not in reference:
                    missing.append(f"[{dotted}]")
            elif f"| `{dotted}` |" not in reference or f"`{env_name(path)}`" not in reference:
                missing.append(dotted)
    assert missing == []


def test_font_face_keys_are_listed() -> None:
    reference = committed_reference()
    assert "`[[theme.fontFaces]]`" in reference
    for key in ("family", "url", "weight", "style", "unicodeRange"):
        assert f"| `{key}` |" in reference


def test_generator_describes_types_and_defaults_for_readers() -> None:
    reference = committed_reference()
    port = "| `server.port` | integer (1\N{EN DASH}65535) | `8501` | `RILL_SERVER_PORT` |"
    assert port in reference
    assert "| `theme.primaryColor` | CSS color | unset |" in reference
    assert "| `server.enableCORS` | boolean | `true` | `RILL_SERVER_ENABLE_CORS` |" in reference


def _toml_examples() -> list[tuple[str, str]]:
    examples = []
    for page in EXAMPLE_PAGES:
        text = page.read_text(encoding="utf-8")
        for i, block in enumerate(re.findall(r"^```toml\n(.*?)^```", text, re.M | re.S)):
            examples.append((f"{page.relative_to(ROOT / 'docs')}#{i + 1}", block))
    return examples


EXAMPLES = _toml_examples()


@pytest.mark.parametrize("toml", [toml for _, toml in EXAMPLES], ids=[w for w, _ in EXAMPLES])
def test_toml_example_is_valid_config(dirs: Dirs, load: LoadKernel, toml: str) -> None:
    dirs.project_config(toml)
    load()  # raises ConfigError, naming the line, if the example is wrong


def test_documented_list_forms_work(load: LoadKernel) -> None:
    config = load(
        env={
            "RILL_SERVER_FOLDER_WATCH_BLACKLIST": "data, logs",
            "RILL_THEME_FONT_FACES": '[{family = "Inter", url = "app/static/Inter.woff2"}]',
        },
        flags=["--theme.chartCategoricalColors", '["rgb(0, 104, 201)", "#83c9ff"]'],
    ).config
    assert config.get("server.folderWatchBlacklist") == ["data", "logs"]
    assert config.get("theme.fontFaces")[0].family == "Inter"
    assert config.get("theme.chartCategoricalColors") == ["rgb(0, 104, 201)", "#83c9ff"]
    assert load(flags=["--plugins.disabled", "[]"]).config.get("plugins.disabled") == []
