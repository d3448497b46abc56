"""A 100,000-point line chart: from navigation to the line on screen, rill beside Streamlit.

The same app runs under both frameworks (servers started here, Streamlit from
`benchmarks/.venv-streamlit` as in `browser.py`): one `st.line_chart` of 100,000 points drawn
in red. In headless Chromium, a script installed before the page loads looks at every canvas
on each animation frame and records the first frame in which one holds the red line (more
than `RED_PIXELS` red pixels): axes drawn before the data arrives do not count. Each load is a
fresh browser context (nothing cached), and the frameworks take turns, load by load.

    python benchmarks/line_chart.py [--loads 5] [--points 100000]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
from typing import Any

from browser import CHROMIUM_ARGS, serve

APP = """
import numpy as np
import pandas as pd
import {module} as st

n = {points}
df = pd.DataFrame({{"x": np.arange(n), "y": np.sin(np.arange(n) / 2000) * (1 + np.arange(n) / n)}})
st.line_chart(df, x="x", y="y", color="#ff0000")
"""

#: Red pixels that make the line "drawn" (the line crosses the whole plot: thousands).
RED_PIXELS = 500

#: Runs in the page from navigation on: every frame, count the red pixels of each canvas.
DRAWN_JS = """
window.__drawnAt = null;
(() => {
  const red = (data) => {
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] > 200 && data[i + 1] < 80 && data[i + 2] < 80 && data[i + 3] > 100) n++;
    }
    return n;
  };
  const frame = () => {
    for (const canvas of document.querySelectorAll("canvas")) {
      if (!canvas.width || !canvas.height) continue;
      const ctx = canvas.getContext("2d");
      if (!ctx) continue;
      if (red(ctx.getImageData(0, 0, canvas.width, canvas.height).data) > __RED__) {
        window.__drawnAt = performance.now();
        return;
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
""".replace("__RED__", str(RED_PIXELS))


def time_to_drawn(browser: Any, url: str, framework: str) -> float:
    """Seconds from the start of navigation to the red line on a canvas."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.add_init_script(DRAWN_JS)
    page.goto(url)
    for _ in range(1200):  # up to 60 s, polled through DevTools (no eval in the page)
        drawn = page.evaluate("window.__drawnAt")
        if drawn is not None:
            context.close()
            return float(drawn) / 1000
        page.wait_for_timeout(50)
    context.close()
    raise RuntimeError(f"{framework}'s line chart at {url} was not drawn within 60 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--points", type=int, default=100_000)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    times: dict[str, list[float]] = {"rill": [], "streamlit": []}
    source = APP.replace("{points}", str(args.points))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS
        )
        with serve("rill", source) as rill_url, serve("streamlit", source) as streamlit_url:
            urls = {"rill": rill_url, "streamlit": streamlit_url}
            for framework, url in urls.items():  # warm-up: imports, first script run
                time_to_drawn(browser, url, framework)
            for _ in range(args.loads):
                for framework, url in urls.items():
                    times[framework].append(time_to_drawn(browser, url, framework))
        browser.close()

    print(f"{args.points:,}-point line chart, navigation → line drawn ({args.loads} loads each)")
    print(f"{'framework':12} {'median':>9} {'best':>9} {'all':>s}")
    for framework, values in times.items():
        all_loads = ", ".join(f"{v:.2f}" for v in values)
        print(
            f"{framework:12} {statistics.median(values):>8.2f}s {min(values):>8.2f}s  {all_loads}"
        )
    ratio = statistics.median(times["rill"]) / statistics.median(times["streamlit"])
    print(f"rill / Streamlit (medians): {ratio:.2f}")


if __name__ == "__main__":
    main()
