"""Digests: an unchanged frame stays in the browser (a tiny "same" delta), a changed one —
anywhere in it, not just on the first page — is sent again."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
from data_app import App

from rill.builtin_plugins.data.arrow import Table
from rill.builtin_plugins.data.digest import table_digest
from rill.core.server.wire import DigestMemory, encode

Make = Callable[[str], App]

#: A million rows; `st.session_state["change"]` (a row number) changes one value.
MILLION = """
from data_app import million

df = million()
change = st.session_state.get("change")
if change is not None:
    df = df.copy()
    df.loc[change, "x"] = -1.0
st.dataframe(df)
"""


def wire_bytes(memory: DigestMemory, app: App, kind: str = "dataframe") -> int:
    """Bytes the WebSocket sends for the run's `kind` elements, through the digest memory."""
    total = 0
    for message in app.last:
        if message["t"] == "delta" and message["element"]["kind"] == kind:
            frame, _ = encode(memory.slim(message))
            total += len(frame)
    return total


def test_an_unchanged_million_row_frame_sends_under_a_kilobyte(make: Make) -> None:
    app = make(MILLION)
    memory = DigestMemory()
    first = wire_bytes(memory, app.run().ok())
    assert first > 10_000  # the first page and its columns
    assert wire_bytes(memory, app.run().ok()) < 1024


def test_a_change_past_the_first_page_is_sent_again(make: Make) -> None:
    app = make(MILLION)
    memory = DigestMemory()
    wire_bytes(memory, app.run().ok())
    digest = app.element("dataframe")["digest"]
    app.session.state["change"] = 700_000
    assert wire_bytes(memory, app.run().ok()) > 10_000
    assert app.element("dataframe")["digest"] != digest


def test_the_digest_tells_apart_what_the_browser_would_show_differently() -> None:
    def digest(frame: pd.DataFrame) -> str:
        return table_digest("dataframe", {}, Table(frame))

    ints = pd.DataFrame({"v": pd.Series([1, 2], dtype=object)})
    texts = pd.DataFrame({"v": pd.Series(["1", 2], dtype=object)})
    assert digest(ints) != digest(texts)  # pandas' row hash says these are equal
    stamps = pd.date_range("2024-01-01", periods=2, tz="UTC")
    utc = pd.DataFrame({"t": stamps})
    oslo = pd.DataFrame({"t": stamps.tz_convert("Europe/Oslo")})  # the same instants
    assert digest(utc) != digest(oslo)
    assert digest(utc) == digest(utc.copy())
    renamed = utc.rename(columns={"t": "u"})
    assert digest(renamed) != digest(utc)


def test_other_props_count_too(make: Make) -> None:
    app = make(
        "import pandas as pd\n"
        "df = pd.DataFrame({'a': [1]})\n"
        "st.dataframe(df)\n"
        "st.dataframe(df, hide_index=True)\n"
        "st.dataframe(df)\n"
    )
    first, hidden, again = (e["digest"] for e in app.run().ok().elements("dataframe"))
    assert first == again != hidden


def test_opening_ten_million_rows_grows_memory_less_than_one_and_a_half_frames(
    tmp_path: Path,
) -> None:
    # A fresh interpreter, so that the peak resident size measures this run alone.
    code = textwrap.dedent(
        """
        import json, sys
        from pathlib import Path
        import numpy as np, pandas as pd, pyarrow
        from rill.core.kernel import Kernel
        from rill.core.runtime.run import RerunData
        from rill.core.runtime.session import Session

        here = Path(sys.argv[1])
        (here / "app.py").write_text(
            "import rill as st\\nimport builtins\\nst.dataframe(builtins.FRAME)\\n"
        )
        import builtins
        builtins.FRAME = pd.DataFrame({"n": np.arange(10_000_000, dtype=np.int64)})
        size = builtins.FRAME.memory_usage(index=False).sum()

        class Client:
            def __init__(self):
                self.sent = 0

            def send(self, message):
                if message["t"] == "delta":
                    self.sent += len(message["element"]["props"].get("data", b""))

        client = Client()
        kernel = Kernel.load(cwd=here, home=here, env={})
        session = Session(kernel, here / "app.py", client)
        def status(name):
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith(name + ":"):
                    return int(line.split()[1]) * 1024

        Path("/proc/self/clear_refs").write_text("5")  # the peak starts again from now
        before = status("VmRSS")
        session.request_rerun(RerunData())
        assert session.wait_idle(120)
        after = status("VmHWM")
        print(json.dumps({"size": int(size), "growth": after - before, "sent": client.sent}))
        session.close()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    measured: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    assert measured["size"] == 80_000_000
    assert measured["growth"] < 1.5 * measured["size"], measured
    assert measured["sent"] < 100_000  # one page, not the frame
