"""What a person waits for in the browser: rill beside Streamlit, both servers started here.

Measures, in headless Chromium (Debian's `chromium`, driven by Playwright):

1. page load to the last of 1,000 markdown elements visible (median of N loads), timed inside
   the page from the start of navigation to the DOM showing the last element;
2. click-to-update latency of a counter (median and p95 of 30 clicks), timed inside the page
   from the click event to the DOM showing the new count;
3. bytes of JavaScript and CSS downloaded on first load (uncompressed, and gzip-compressed).

Streamlit runs from the throwaway venv `benchmarks/.venv-streamlit` (created by
`import_time.py` / `rerun_apptest.py`, or here). Targets: rill at most half of Streamlit on
each, and rill's initial JS at most 200 KB gzipped.

    python benchmarks/browser.py [--loads 5] [--clicks 30]
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
STREAMLIT_VENV = HERE / ".venv-streamlit"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

MANY = """
import {module} as st
for i in range(1000):
    st.markdown(f"item **{{i}}**")
"""

COUNTER = """
import {module} as st
if "n" not in st.session_state:
    st.session_state.n = 0
if st.button("Add one"):
    st.session_state.n += 1
st.write(f"Count: {{st.session_state.n}}")
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def ensure_streamlit() -> Path:
    python = STREAMLIT_VENV / "bin" / "python"
    if not (STREAMLIT_VENV / "bin" / "streamlit").exists():
        subprocess.run([sys.executable, "-m", "venv", str(STREAMLIT_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "streamlit==1.67.*"], check=True)
    return STREAMLIT_VENV / "bin" / "streamlit"


@contextmanager
def serve(
    framework: str, source: str, launcher: str | None = None, env: dict[str, str] | None = None
) -> Iterator[str]:
    """Start `framework`'s server on a free port with `source` as the app; yield its URL.

    `launcher`, for rill: Python code run with `-c` in place of `-m rill` (it must end by
    calling rill's CLI), for a benchmark that instruments the server; `env` adds variables.
    """
    directory = Path(tempfile.mkdtemp(prefix=f"bench-{framework}-"))
    script = directory / "app.py"
    module = "rill" if framework == "rill" else "streamlit"
    script.write_text(textwrap.dedent(source.format(module=module)))
    port = free_port()
    if framework == "rill":
        start = ["-c", launcher] if launcher else ["-m", "rill"]
        command = [sys.executable, *start, "run", str(script)]
        health = "_rill/health"
        flags = ["--server.port", str(port), "--server.headless", "true"]
    else:
        command = [str(ensure_streamlit()), "run", str(script)]
        health = "_stcore/health"
        flags = [
            "--server.port", str(port), "--server.headless", "true",
            "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
        ]  # fmt: skip
    env = {**os.environ, "HOME": str(directory), **(env or {})}
    process = subprocess.Popen(
        [*command, *flags], cwd=directory, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + health, timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(f"{framework} did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(directory, ignore_errors=True)


#: Records, in the page, when the last markdown element's text first appears in the DOM
#: (milliseconds since navigation started): no polling delay from the test driver.
LAST_ITEM_JS = """
window.__lastItemAt = null;
new MutationObserver((records, observer) => {
  for (const record of records) {
    for (const node of [...record.addedNodes, record.target]) {
      const text = node.textContent || "";
      if (text.includes("item 999") && !/item \\*\\*999/.test(text)) {
        window.__lastItemAt = performance.now();
        observer.disconnect();
        return;
      }
    }
  }
}).observe(document, {subtree: true, childList: true, characterData: true});
"""


def page_load(browser: Any, url: str, loads: int) -> list[float]:
    times = []
    for _ in range(loads):
        context = browser.new_context()
        page = context.new_page()
        page.add_init_script(LAST_ITEM_JS)
        page.goto(url)
        page.get_by_text("item 999", exact=True).wait_for(state="visible", timeout=60_000)
        times.append(page.evaluate("window.__lastItemAt") / 1000)
        context.close()
    return times


CLICK_JS = """
async ([label, expected]) => {
  const button = [...document.querySelectorAll("button")].find(b => b.innerText.trim() === label);
  const seen = () => document.body.innerText.includes(expected);
  return await new Promise(resolve => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (seen()) { observer.disconnect(); resolve(performance.now() - start); }
    });
    observer.observe(document.body, {subtree: true, childList: true, characterData: true});
    button.click();
  });
}
"""


def click_latency(browser: Any, url: str, clicks: int) -> list[float]:
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    page.get_by_text("Count: 0").wait_for(timeout=60_000)
    page.wait_for_timeout(500)
    times = []
    for n in range(1, clicks + 1):
        times.append(page.evaluate(CLICK_JS, ["Add one", f"Count: {n}"]) / 1000)
        page.wait_for_timeout(50)
    context.close()
    return times


def first_load_bytes(browser: Any, url: str) -> dict[str, int]:
    context = browser.new_context()
    page = context.new_page()
    sizes = {"js": 0, "js_gzip": 0, "css": 0, "css_gzip": 0}

    def on_response(response: Any) -> None:
        kind = response.request.resource_type
        if kind not in ("script", "stylesheet"):
            return
        try:
            body = response.body()
        except Exception:
            return
        key = "js" if kind == "script" else "css"
        sizes[key] += len(body)
        sizes[key + "_gzip"] += len(gzip.compress(body, 6))

    page.on("response", on_response)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    context.close()
    return sizes


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--clicks", type=int, default=30)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    results: dict[str, dict[str, Any]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS
        )
        for framework in ("rill", "streamlit"):
            with serve(framework, MANY) as url:
                loads = page_load(browser, url, args.loads)
                sizes = first_load_bytes(browser, url)
            with serve(framework, COUNTER) as url:
                clicks = click_latency(browser, url, args.clicks)
            results[framework] = {"load": loads, "clicks": clicks, **sizes}
        browser.close()

    rill, streamlit = results["rill"], results["streamlit"]
    rows = [
        ("1,000 markdown: load to last visible (median)", "load", statistics.median, "s"),
        ("counter click → update (median)", "clicks", statistics.median, "ms"),
        ("counter click → update (p95)", "clicks", p95, "ms"),
    ]
    print(f"{'measure':48} {'rill':>10} {'streamlit':>10} {'ratio':>7}")
    for title, key, stat, unit in rows:
        a, b = stat(rill[key]), stat(streamlit[key])
        scale = 1000 if unit == "ms" else 1
        print(f"{title:48} {a * scale:>8.1f}{unit:2} {b * scale:>8.1f}{unit:2} {a / b:>7.2f}")
    for key, title in (("js", "JS"), ("css", "CSS")):
        for suffix, how in (("", "uncompressed"), ("_gzip", "gzipped")):
            a, b = rill[key + suffix], streamlit[key + suffix]
            label = f"first load {title} bytes ({how})"
            print(f"{label:48} {a / 1024:>8.0f}KB {b / 1024:>8.0f}KB {a / b:>7.2f}")
    # Streamlit styles from JavaScript (CSS-in-JS): what a page costs is both together.
    a = rill["js_gzip"] + rill["css_gzip"]
    b = streamlit["js_gzip"] + streamlit["css_gzip"]
    label = "first load JS + CSS bytes (gzipped)"
    print(f"{label:48} {a / 1024:>8.0f}KB {b / 1024:>8.0f}KB {a / b:>7.2f}")


if __name__ == "__main__":
    main()
