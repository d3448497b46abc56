"""The chart libraries' Python packages load only when a chart command is called."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

LIBRARIES = ("plotly", "graphviz", "pydeck", "pyecharts", "pandas", "numpy", "matplotlib")

CHECK = """
import json, sys
from pathlib import Path
import rill
after_import = sorted(m for m in {libs} if m in sys.modules)
from rill.core.kernel import Kernel
kernel = Kernel.load(cwd=Path({cwd!r}), home=Path({cwd!r}), env={{}})
loaded = {{name for name, _ in kernel.pm.list_name_plugin()}}
assert {{"plotly", "graphviz", "maps", "echarts", "mermaid"}} <= loaded, loaded
after_load = sorted(m for m in {libs} if m in sys.modules)
print(json.dumps([after_import, after_load]))
"""


def test_neither_import_rill_nor_loading_the_plugins_imports_a_chart_library(
    tmp_path: Path,
) -> None:
    code = CHECK.format(libs=LIBRARIES, cwd=str(tmp_path))
    env = {k: v for k, v in os.environ.items() if not k.startswith("RILL_")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    after_import, after_load = json.loads(result.stdout.strip().splitlines()[-1])
    assert after_import == []
    assert after_load == []
