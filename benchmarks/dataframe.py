"""A million-row dataframe in the browser: rill beside Streamlit, both servers started here.

The app (the same source for both, `import rill as st` or `import streamlit as st`) shows a
1,000,000 x 5 integer frame with `st.dataframe`, a button that reruns it, and the run count.
In headless Chromium (Debian's `chromium`, driven by Playwright), each framework in turn:

1. **first cell painted**: from navigation start to the grid's canvas having drawn its first
   row (its pixels read in the page on every animation frame), and the data bytes that reached
   the browser before then (WebSocket messages plus row fetches: not the JS, CSS or fonts);
2. **rerun, frame unchanged**: the bytes the server sends for a rerun (a button click) whose
   frame did not change;
3. **scroll to the last row**: from the grid's scrollbar moved to its end to the last row's
   cells being in the grid's accessible table (rill fetches that page from the server;
   Streamlit has every row already).

Streamlit runs from the throwaway venv `benchmarks/.venv-streamlit` (see import_time.py).
Each measure is the median of `--loads` page loads, the frameworks taking turns.

    python benchmarks/dataframe.py [--loads 3]
"""

from __future__ import annotations

import argparse
import base64
import shutil
import statistics
from collections.abc import Callable
from typing import Any

from browser import CHROMIUM_ARGS, serve

ROWS = 1_000_000

# The frame is built once per server (kept on a module both frameworks leave alone), so that a
# rerun costs the same script work in both.
APP = """
import sys
import types

import numpy as np
import pandas as pd
import {module} as st

def frame():
    memo = sys.modules.setdefault("bench_frame", types.ModuleType("bench_frame"))
    if not hasattr(memo, "df"):
        rng = np.random.default_rng(0)
        memo.df = pd.DataFrame(
            rng.integers(0, 1_000_000, size=(1_000_000, 5)), columns=list("abcde")
        )
    return memo.df

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.button("Rerun")
st.write(f"Run {{st.session_state.runs}}")
st.dataframe(frame(), height=400)
"""

#: Polled on every animation frame: the time (performance.now()) once the grid's canvas has
#: drawn text in its first row, else false.
FIRST_ROW_PAINTED = """
() => {
  const canvas = document.querySelector('canvas[data-testid="data-grid-canvas"]');
  if (!canvas || canvas.width === 0) return false;
  const dpr = window.devicePixelRatio || 1;
  const ctx = canvas.getContext("2d");
  const pixels = ctx.getImageData(0, Math.floor(40 * dpr), canvas.width, Math.floor(24 * dpr)).data;
  let dark = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const [r, g, b, a] = [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]];
    if (r < 110 && g < 110 && b < 110 && a > 200) dark++;
  }
  return dark > 30 ? performance.now() : false;
}
"""

#: The time once the accessible table holds the last row (aria-rowindex = rows + 1) with text.
LAST_ROW_SHOWN = """
(rows) => {
  const row = document.querySelector(`tr[aria-rowindex="${rows + 1}"]`);
  if (!row) return false;
  const cells = [...row.querySelectorAll("td")];
  return cells.length > 0 && cells.every((td) => td.textContent.trim() !== "")
    ? performance.now()
    : false;
}
"""


class Traffic:
    """Counts the data bytes a page receives: WebSocket messages and fetched rows."""

    DATA_TYPES = ("XHR", "Fetch", "Other")

    def __init__(self, page: Any) -> None:
        self.ws = 0
        self.fetched = 0
        self._types: dict[str, str] = {}
        session = page.context.new_cdp_session(page)
        session.send("Network.enable")
        session.on("Network.webSocketFrameReceived", self._frame)
        session.on("Network.responseReceived", self._response)
        session.on("Network.loadingFinished", self._finished)

    def _frame(self, event: dict[str, Any]) -> None:
        response = event["response"]
        data = response.get("payloadData", "")
        self.ws += len(base64.b64decode(data)) if response.get("opcode") == 2 else len(data)

    def _response(self, event: dict[str, Any]) -> None:
        self._types[event["requestId"]] = event.get("type", "")

    def _finished(self, event: dict[str, Any]) -> None:
        if self._types.get(event["requestId"]) in self.DATA_TYPES:
            self.fetched += int(event.get("encodedDataLength", 0))

    @property
    def total(self) -> int:
        return self.ws + self.fetched

    def reset(self) -> None:
        self.ws = self.fetched = 0


def one_load(browser: Any, url: str) -> dict[str, float]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    traffic = Traffic(page)
    page.goto(url)
    painted = page.wait_for_function(FIRST_ROW_PAINTED, polling="raf", timeout=300_000)
    first_paint = painted.json_value() / 1000
    first_bytes = traffic.total

    page.get_by_text("Run 1").wait_for(timeout=60_000)
    page.wait_for_timeout(1500)  # let the first run's last messages arrive
    traffic.reset()
    page.get_by_role("button", name="Rerun").click()
    page.get_by_text("Run 2").wait_for(timeout=300_000)
    page.wait_for_timeout(1500)
    rerun_bytes = traffic.total

    traffic.reset()
    # Drag the scrollbar to the bottom: glide's scroller (in both) scrolls to its end.
    start = page.evaluate(
        """() => {
          const scroller = document.querySelector(".dvn-scroller");
          const t = performance.now();
          scroller.scrollTop = scroller.scrollHeight;
          return t;
        }"""
    )
    shown = page.wait_for_function(LAST_ROW_SHOWN, arg=ROWS, polling="raf", timeout=120_000)
    scroll = (shown.json_value() - start) / 1000
    scroll_bytes = traffic.total
    context.close()
    return {
        "paint": first_paint,
        "bytes": first_bytes,
        "rerun": rerun_bytes,
        "scroll": scroll,
        "scroll_bytes": scroll_bytes,
    }


def size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    runs: dict[str, list[dict[str, float]]] = {"rill": [], "streamlit": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS
        )
        with serve("rill", APP) as rill_url, serve("streamlit", APP) as streamlit_url:
            for url in (rill_url, streamlit_url):
                one_load(browser, url)  # warm-up: the frame is built and kept
            for _ in range(args.loads):
                for framework, url in (("rill", rill_url), ("streamlit", streamlit_url)):
                    runs[framework].append(one_load(browser, url))
        browser.close()

    med = {f: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for f, rs in runs.items()}
    rill, streamlit = med["rill"], med["streamlit"]
    print(f"1,000,000 x 5 frame, median of {args.loads} loads")
    print(f"{'measure':44} {'rill':>11} {'streamlit':>11} {'ratio':>7}")
    rows: list[tuple[str, str, Callable[[float], str]]] = [
        ("first cell painted (from navigation)", "paint", lambda v: f"{v:.2f} s"),
        ("data bytes before the first cell", "bytes", size),
        ("bytes for a rerun, frame unchanged", "rerun", size),
        ("scroll to the end → last row shown", "scroll", lambda v: f"{v * 1000:.0f} ms"),
        ("data bytes for that scroll", "scroll_bytes", size),
    ]
    for title, key, fmt in rows:
        a, b = rill[key], streamlit[key]
        ratio = f"{a / b:.3f}" if b else "n/a"
        print(f"{title:44} {fmt(a):>11} {fmt(b):>11} {ratio:>7}")
    for framework, rs in runs.items():
        print(f"{framework} runs: " + "; ".join(
            f"{r['paint']:.2f} s, {size(r['bytes'])}, rerun {size(r['rerun'])}, "
            f"scroll {r['scroll'] * 1000:.0f} ms" for r in rs
        ))  # fmt: skip


if __name__ == "__main__":
    main()
