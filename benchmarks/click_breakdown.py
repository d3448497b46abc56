"""Where a click's time goes, step by step, in a real browser: rill beside Streamlit.

The counter app of browser.py is clicked N times in headless Chromium. The page records, with
`performance.now()`, the click, every WebSocket `send` and received message (an init script
wraps the page's `WebSocket` class), the moment the DOM shows the new count (a
`MutationObserver`) and the next rendered frame (`requestAnimationFrame`, then a task: after
style, layout and paint). rill's server runs under a launcher that wraps a few of its methods
to write timestamps to a file: a rerun message's arrival (`StreamHandler.on_message`), the
script's start and end (`Session._exec_script`), each message's encoding (`wire.encode`) and
each flush of a socket's queued frames (`StreamHandler._flush`). The instrumentation lives only
here, in the benchmark; rill itself carries no timing code. Browser and server times are both
wall-clock milliseconds on one machine (`performance.timeOrigin + performance.now()`,
`time.time()`), so they line up to well under a millisecond.

rill is measured twice, with `TCP_NODELAY` on (as `StreamHandler.open` sets it) and with
`set_nodelay` made a no-op by the launcher: a run's reply leaves as more than one write, and
without NODELAY each write after the first can wait for the browser's delayed ACK.

    python benchmarks/click_breakdown.py [--clicks 30]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from browser import CHROMIUM_ARGS, COUNTER, p95, serve

Record = dict[str, Any]

#: Runs rill's CLI with timestamps written to $BENCH_TRACE (one JSON object a line).
TRACER = r"""
import json, os, re, sys, time
from rill.core.runtime import session
from rill.core.server import websocket

out = open(os.environ["BENCH_TRACE"], "a", buffering=1)


def mark(what, **extra):
    out.write(json.dumps({"what": what, "at": time.time() * 1000, **extra}) + "\n")


on_message = websocket.StreamHandler.on_message
def traced_on_message(self, message):
    rerun = isinstance(message, str) and '"rerun"' in message
    if rerun:
        mark("receive")
    on_message(self, message)
websocket.StreamHandler.on_message = traced_on_message

exec_script = session.Session._exec_script
def traced_exec(self, ctx):
    mark("script_start")
    try:
        exec_script(self, ctx)
    finally:
        mark("script_end")
session.Session._exec_script = traced_exec

encode = websocket.encode
def traced_encode(message):
    start = time.perf_counter()
    try:
        return encode(message)
    finally:
        mark("encode", ms=(time.perf_counter() - start) * 1000)
websocket.encode = traced_encode

flush = websocket.StreamHandler._flush
COUNT = re.compile(rb"Count: (\d+)")
def traced_flush(self):
    counts = [int(m.group(1)) for data, _ in self._outbox for m in COUNT.finditer(data)]
    flush(self)
    mark("flush", count=counts[-1] if counts else None)
websocket.StreamHandler._flush = traced_flush

if os.environ.get("BENCH_NO_NODELAY"):
    websocket.StreamHandler.set_nodelay = lambda self, value: None

from rill.core.cli import main
main()
"""

#: Records the page's WebSocket traffic in `window.__ws`.
TRACE_SOCKETS_JS = """
window.__ws = [];
(() => {
  const Native = window.WebSocket;
  class Traced extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        const at = performance.now();
        const data = event.data;
        const text = typeof data === "string" ? data
          : data instanceof ArrayBuffer ? new TextDecoder("latin1").decode(data) : "";
        const found = [...text.matchAll(/Count: (\\d+)/g)].map(m => Number(m[1]));
        window.__ws.push(["recv", at, found.length ? found[found.length - 1] : null]);
      });
    }
    send(data) {
      window.__ws.push(["send", performance.now(), null]);
      return super.send(data);
    }
  }
  window.WebSocket = Traced;
})();
"""

CLICK_JS = """
async ([label, expected]) => {
  const button = [...document.querySelectorAll("button")].find(b => b.innerText.trim() === label);
  const seen = () => document.body.innerText.includes(expected);
  window.__ws.length = 0;
  return await new Promise(resolve => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!seen()) return;
      observer.disconnect();
      const dom = performance.now();
      requestAnimationFrame(() => setTimeout(() => resolve({
        origin: performance.timeOrigin, start, dom, painted: performance.now(),
        ws: window.__ws.slice(),
      }), 0));
    });
    observer.observe(document.body, {subtree: true, childList: true, characterData: true});
    button.click();
  });
}
"""


def clicks_in_page(browser: Any, url: str, clicks: int) -> list[dict[str, Any]]:
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(TRACE_SOCKETS_JS)
    page.goto(url)
    page.get_by_text("Count: 0").wait_for(timeout=60_000)
    page.wait_for_timeout(500)
    records = []
    for n in range(1, clicks + 1):
        records.append(page.evaluate(CLICK_JS, ["Add one", f"Count: {n}"]))
        page.wait_for_timeout(50)
    context.close()
    return records


def browser_steps(record: dict[str, Any], n: int) -> dict[str, float]:
    """The page's own view of click `n`: milliseconds for each step it can see."""
    start, dom = record["start"], record["dom"]
    send = next(t for kind, t, _ in record["ws"] if kind == "send" and t >= start)
    frames = [t for kind, t, _ in record["ws"] if kind == "recv" and send <= t <= dom]
    shown = next((t for kind, t, count in record["ws"] if kind == "recv" and count == n), None)
    shown = shown if shown is not None else (frames[-1] if frames else dom)
    return {
        "click → WebSocket send": send - start,
        "send → frame with the new count received": shown - send,
        "frame received → DOM shows the count": dom - shown,
        "DOM → next frame rendered": record["painted"] - dom,
        "frames received before the DOM changed": float(len(frames)),
        "click → DOM (total)": dom - start,
        "click → rendered (total)": record["painted"] - start,
    }


def server_steps(trace: list[dict[str, Any]], n: int, round_trip: float) -> dict[str, float]:
    """The server's view of click `n` (its own clock only), matched by the count it shows."""
    written = next(m["at"] for m in trace if m["what"] == "flush" and m.get("count") == n)

    def last(what: str) -> float:
        return float(max(m["at"] for m in trace if m["what"] == what and m["at"] <= written))

    receive, script_start = last("receive"), last("script_start")
    script_end = min(
        m["at"] for m in trace if m["what"] == "script_end" and m["at"] >= script_start
    )
    encode = sum(
        m["ms"] for m in trace if m["what"] == "encode" and receive <= m["at"] <= script_end + 1
    )
    return {
        "  server: receive → script starts": script_start - receive,
        "  server: script starts → count frame written": written - script_start,
        "  server: script runs (start → end)": script_end - script_start,
        "  server: encoding the run's messages": encode,
        "  network, sockets, event loops (both ways)": round_trip - (written - receive),
    }


def summarise(rows: list[dict[str, float]]) -> dict[str, tuple[float, float]]:
    return {
        key: (statistics.median(r[key] for r in rows), p95([r[key] for r in rows]))
        for key in rows[0]
    }


def show(title: str, stats: dict[str, tuple[float, float]]) -> None:
    print(f"\n{title}")
    for key, (median, high) in stats.items():
        unit = "" if key.startswith("frames") else " ms"
        print(f"  {key:46} {median:>7.2f}{unit:3}  p95 {high:>6.2f}{unit}")


def traced_rill(browser: Any, clicks: int, nodelay: bool) -> tuple[list[Record], list[Record]]:
    with tempfile.TemporaryDirectory(prefix="bench-trace-") as tmp:
        trace_file = Path(tmp) / "trace.jsonl"
        env = {"BENCH_TRACE": str(trace_file)}
        if not nodelay:
            env["BENCH_NO_NODELAY"] = "1"
        with serve("rill", COUNTER, launcher=TRACER, env=env) as url:
            records = clicks_in_page(browser, url, clicks)
        trace = [json.loads(line) for line in trace_file.read_text().splitlines()]
    return records, trace


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clicks", type=int, default=30)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    totals: dict[str, tuple[float, float]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS
        )
        runs: list[tuple[str, Callable[[], tuple[list[Record], list[Record]]]]] = [
            ("rill, TCP_NODELAY on", lambda: traced_rill(browser, args.clicks, True)),
            ("rill, TCP_NODELAY off", lambda: traced_rill(browser, args.clicks, False)),
        ]
        for title, run in runs:
            records, trace = run()
            rows = []
            for n, record in enumerate(records, 1):
                steps = browser_steps(record, n)
                trip = steps["send → frame with the new count received"]
                rows.append({**steps, **server_steps(trace, n, trip)})
            stats = summarise(rows)
            show(f"{title} ({args.clicks} clicks): median, p95", stats)
            totals[title] = stats["click → DOM (total)"]
        with serve("streamlit", COUNTER) as url:
            records = clicks_in_page(browser, url, args.clicks)
        stats = summarise([browser_steps(r, n) for n, r in enumerate(records, 1)])
        show(f"Streamlit ({args.clicks} clicks): median, p95", stats)
        totals["Streamlit"] = stats["click → DOM (total)"]
        browser.close()

    st_median, st_p95 = totals["Streamlit"]
    print("\nclick → DOM, ratio to Streamlit (median, p95):")
    for title, (median, high) in totals.items():
        print(f"  {title:24} {median / st_median:5.2f}  {high / st_p95:5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
