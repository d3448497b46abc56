"""Turning an exception into the props of an `exception` element."""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Any

_RILL_DIR = str(Path(__file__).resolve().parents[2])


def exception_props(exc: BaseException, details: str = "full") -> dict[str, Any]:
    """Props for showing `exc`, with only as much as `client.showErrorDetails` allows.

    Args:
        exc: The exception.
        details: `"full"` (type, message, traceback), `"stacktrace"` (type and traceback),
            `"type"` (type only) or `"none"` (a generic message; details go to the log only).
    """
    if details == "none":
        return {
            "type": "Error",
            "message": "This app has encountered an error. Its log has the details.",
            "traceback": [],
        }
    type_name = type(exc).__name__
    if isinstance(exc, SyntaxError):
        message = f"{exc.msg} ({exc.filename}, line {exc.lineno})"
    else:
        message = str(exc)
    frames = [] if details == "type" else _user_frames(exc)
    return {
        "type": type_name,
        "message": message if details == "full" else "",
        "traceback": frames,
    }


def _user_frames(exc: BaseException) -> list[str]:
    """Formatted frames, without rill's own machinery around the script."""
    summary = traceback.extract_tb(exc.__traceback__)
    frames = [frame for frame in summary if not frame.filename.startswith(_RILL_DIR)]
    return [line.rstrip("\n") for line in traceback.format_list(frames or list(summary))]
