"""Drawing a matplotlib figure to an image file, one figure at a time.

Scripts run in threads, and matplotlib's pyplot (its current figure, its backend) is global
state that is not thread-safe: everything here that touches matplotlib holds `LOCK`. Figures
are drawn with the Agg backend, which needs no display; `use_agg` selects it before pyplot is
first imported, so a script that imports pyplot afterwards gets no GUI windows either.
"""

from __future__ import annotations

import io
import os
import struct
import sys
import threading
from typing import Any

#: Held while matplotlib draws, selects its backend or clears a figure.
LOCK = threading.RLock()

#: savefig options rill picks unless the script passes its own (Streamlit's defaults).
DEFAULTS: dict[str, Any] = {"bbox_inches": "tight", "dpi": 200, "format": "png"}

#: The image formats st.pyplot can show, by savefig `format`.
MIMETYPES = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "svg": "image/svg+xml",
    "gif": "image/gif",
    "webp": "image/webp",
}


def prefer_agg() -> None:
    """Make Agg the default backend of a pyplot not imported yet, without importing it.

    Cheap enough to call at kernel load: it only sets `MPLBACKEND` when the environment does
    not choose a backend already.
    """
    if "matplotlib.pyplot" not in sys.modules:
        os.environ.setdefault("MPLBACKEND", "Agg")


def use_agg() -> None:
    """Select Agg before pyplot is imported (call with `LOCK` held).

    Once pyplot is imported its backend stays: switching it would close the script's open
    figures. Saving to a file works with any backend.
    """
    if "matplotlib.pyplot" not in sys.modules:
        import matplotlib

        matplotlib.use("Agg")


def save(fig: Any, options: dict[str, Any]) -> bytes:
    """The bytes of `fig` saved with `options` (call with `LOCK` held)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, **options)
    return buffer.getvalue()


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG file, read from its header; None for other files."""
    if len(data) >= 24 and data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    return None


def alt_text(fig: Any) -> str:
    """A description of `fig` from its titles and axis labels, for assistive technology.

    Example:
        alt_text(fig)  # "Chart: Sales by month. X axis Month, y axis Revenue."
    """
    parts: list[str] = []
    suptitle = _text(getattr(fig, "_suptitle", None))
    if suptitle:
        parts.append(suptitle)
    axes_descriptions: list[str] = []
    for ax in getattr(fig, "axes", []) or []:
        title = _call(ax, "get_title")
        if title and title not in parts:
            parts.append(title)
        labels = [
            f"{axis} axis {label}"
            for axis, label in (("x", _call(ax, "get_xlabel")), ("y", _call(ax, "get_ylabel")))
            if label
        ]
        if labels:
            axes_descriptions.append(", ".join(labels))
    text = "Chart" + (f": {'; '.join(parts)}." if parts else " drawn with matplotlib.")
    if axes_descriptions:
        axes = "; ".join(dict.fromkeys(axes_descriptions))
        text += f" {axes[0].upper()}{axes[1:]}."
    return text


def _call(obj: Any, method: str) -> str:
    try:
        return str(getattr(obj, method)()).strip()
    except Exception:  # a figure-like object without the method: describe less
        return ""


def _text(artist: Any) -> str:
    return _call(artist, "get_text") if artist is not None else ""
