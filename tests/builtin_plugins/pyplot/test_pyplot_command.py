"""st.pyplot: the figure becomes a PNG in media storage, shown by an `image` element."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from element_runner import error, run, tree
from log_watch import expect_log
from rill.testing.v1 import AppTest

FIGURE = """
import matplotlib.figure

def red_figure(title="", xlabel="", ylabel="", size=(2, 1)):
    fig = matplotlib.figure.Figure(figsize=size)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.add_patch(matplotlib.patches.Rectangle((0, 0), 1, 1, color="red"))
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return fig
import matplotlib.patches
"""


def app(source: str) -> AppTest:
    return AppTest.from_string("import rill as st\n" + FIGURE + source, default_timeout=30).run()


def media(at: AppTest, index: int = 0) -> tuple[bytes, str]:
    """The bytes and type of the file the image element shows, from the session's storage."""
    url = at.image[index].value[0]
    assert url.startswith("_rill/media/")
    media_storage = at._session.kernel.backends.media
    assert media_storage is not None
    stored = media_storage.get(Path(url).stem)
    assert stored is not None
    return stored.data, stored.mimetype


def images(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [props for kind, props in tree(messages).values() if kind == "image"]


def test_a_figure_is_a_png_in_media_storage(tmp_path: Path) -> None:
    at = app('st.pyplot(red_figure("Sales", "Month", "Revenue"), bbox_inches=None)\n')
    assert not at.exception
    data, mimetype = media(at)
    assert mimetype == "image/png"
    picture = Image.open(io.BytesIO(data)).convert("RGB")
    # 2 x 1 inches at the default 200 dpi; the red rectangle fills the axes.
    assert picture.size == (400, 200)
    assert picture.getpixel((200, 100)) == (255, 0, 0)
    (item,) = at.image[0].props["images"]
    assert (item["pixel_width"], item["pixel_height"]) == (400, 200)
    assert at.image[0].props["width"] == "stretch"
    assert at.image[0].alt == ["Chart: Sales. X axis Month, y axis Revenue."]


def test_savefig_arguments_override_the_defaults(tmp_path: Path) -> None:
    at = app("st.pyplot(red_figure(), bbox_inches=None, dpi=50)\n")
    assert Image.open(io.BytesIO(media(at)[0])).size == (100, 50)
    svg = app('st.pyplot(red_figure(), format="SVG")\n')
    data, mimetype = media(svg)
    assert mimetype == "image/svg+xml" and data.lstrip().startswith(b"<?xml")
    assert "pixel_width" not in svg.image[0].props["images"][0]


def test_the_tight_bounding_box_is_the_default(tmp_path: Path) -> None:
    at = app("st.pyplot(red_figure())\n")
    width, height = Image.open(io.BytesIO(media(at)[0])).size
    assert (width, height) != (400, 200) and width > 0 and height > 0


def test_alt_text_without_titles(tmp_path: Path) -> None:
    at = app("st.pyplot(red_figure())\n")
    assert at.image[0].alt == ["Chart drawn with matplotlib."]


def test_a_given_figure_is_kept_unless_clear_figure(tmp_path: Path) -> None:
    at = app(
        "kept, cleared = red_figure(), red_figure()\n"
        "st.pyplot(kept)\n"
        "st.pyplot(cleared, clear_figure=True)\n"
        "st.text(f'{len(kept.axes)} {len(cleared.axes)}')\n"
    )
    assert at.text[0].value == "1 0"
    assert len(at.image) == 2


def test_the_global_figure_is_deprecated_and_cleared(tmp_path: Path) -> None:
    expect_log(r"Calling st\.pyplot\(\) without a figure is deprecated", logger="rill.pyplot")
    at = app(
        "import matplotlib.pyplot as plt\n"
        "plt.figure(figsize=(1, 1))\n"
        "plt.plot([1, 2, 3])\n"
        "plt.title('Global')\n"
        "st.pyplot()\n"
        "st.text(str(len(plt.gcf().axes)))\n"
    )
    assert "without a figure is deprecated" in at.warning[0].value
    assert at.image[0].alt == ["Chart: Global."]
    assert at.text[0].value == "0"


def test_deprecations_stay_in_the_log_without_full_error_details(tmp_path: Path) -> None:
    expect_log(r"use_container_width", logger="rill.pyplot")
    source = FIGURE + "st.pyplot(red_figure(), use_container_width=False)\n"
    messages = run(tmp_path, source, flags=["--client.showErrorDetails", "type"])
    kinds = [kind for kind, _ in tree(messages).values()]
    assert kinds == ["image"]
    assert images(messages)[0]["width"] == "content"


def test_use_container_width_maps_to_width(tmp_path: Path) -> None:
    expect_log(r"use_container_width", logger="rill.pyplot")
    at = app("st.pyplot(red_figure(), use_container_width=True, width=300)\n")
    assert at.image[0].props["width"] == "stretch"
    assert "width='stretch'" in at.warning[0].value
    assert app("st.pyplot(red_figure(), width=300)\n").image[0].props["width"] == 300


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.pyplot('figure')", "`fig` argument of st.pyplot must be a matplotlib Figure"),
        ("st.pyplot(red_figure(), clear_figure='yes')", "`clear_figure` argument"),
        ("st.pyplot(red_figure(), width=-1)", "`width` argument of st.pyplot must be"),
        ("st.pyplot(red_figure(), width='wide')", "`width` argument of st.pyplot must be"),
        ("st.pyplot(red_figure(), format='pdf')", "`format='pdf'` is not one of them"),
        ("st.pyplot(red_figure(), fname='x.png')", "do not pass `fname`"),
    ],
)
def test_bad_arguments_are_named(tmp_path: Path, call: str, message: str) -> None:
    assert message in error(tmp_path, FIGURE + call + "\n")


def test_drawing_holds_the_lock(tmp_path: Path) -> None:
    """While a figure is saved, another thread cannot take the matplotlib lock."""
    at = app(
        "import threading\n"
        "from rill.builtin_plugins.pyplot.render import LOCK\n"
        "class Checked(matplotlib.figure.Figure):\n"
        "    def savefig(self, *args, **kwargs):\n"
        "        got = []\n"
        "        take = lambda: got.append(LOCK.acquire(blocking=False))\n"
        "        other = threading.Thread(target=take)\n"
        "        other.start()\n"
        "        other.join()\n"
        "        st.session_state.locked = got == [False]\n"
        "        return super().savefig(*args, **kwargs)\n"
        "st.pyplot(Checked(figsize=(1, 1)))\n"
    )
    assert not at.exception
    assert at.session_state.locked is True


def test_loading_rill_selects_agg_without_importing_matplotlib(tmp_path: Path) -> None:
    probe = (
        "import json, os, sys\n"
        "from pathlib import Path\n"
        "from rill.core.kernel import Kernel\n"
        f"Kernel.load(cwd=Path({str(tmp_path)!r}), home=Path({str(tmp_path)!r}), env={{}})\n"
        "loaded = 'matplotlib' in sys.modules\n"
        "import matplotlib.pyplot\n"
        "print(json.dumps([loaded, os.environ.get('MPLBACKEND'), matplotlib.get_backend()]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND" and not k.startswith("RILL_")}
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    loaded, variable, backend = json.loads(out.stdout.strip().splitlines()[-1])
    assert (loaded, variable, backend.lower()) == (False, "Agg", "agg")
