"""What a server's start-up leaves unimported: only tests and tools need these."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

#: Modules `Kernel.load()` and the server's set-up must not import (see benchmarks/README.md,
#: cold_start.py): the element props models, and click (`rill run` starts without it). Installed
#: plugins are left out: they import what they like.
NOT_AT_START = ("rill.schemas.elements", "click")

CODE = """
import json, sys
from pathlib import Path
from rill.core.kernel import Kernel
import rill.core.server.serve
FLAGS = ["--plugins.loadEntryPoints", "false"]  # installed plugins import what they like
Kernel.load(cwd=Path({cwd!r}), home=Path({cwd!r}), env={{}}, flags=FLAGS)
print(json.dumps(sorted(set(sys.modules) & set({names!r}))))
"""


def test_loading_a_kernel_for_a_server_imports_no_props_models_or_click(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RILL_")}
    code = CODE.format(cwd=str(tmp_path), names=list(NOT_AT_START))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert json.loads(result.stdout) == []
