"""Checking the `icon=` argument that alerts, expanders, buttons and other elements accept.

Shared by every element plugin (re-exported as `rill.plugins.validate_icon`), so an icon means
the same everywhere.

An icon is a single emoji (`"🚨"`) or a Material Symbols shortcode (`":material/thumb_up:"`).
Emoji shortcodes such as `":rotating_light:"` are not icons: they are rejected with the message
users know, so a typo shows up where it was made rather than as a blank in the browser.
"""

from __future__ import annotations

import re
import unicodedata

from rill.core.runtime.tree import RillAPIError

_MATERIAL = re.compile(r":material/([a-z0-9_]+):")

#: Joiners, variation selectors and the keycap mark: parts of an emoji that are not symbols.
_GLUE = frozenset("\u200d\ufe0e\ufe0f\u20e3")
#: Punctuation that is also an emoji (‼ ⁉ 〰 〽).
_PUNCTUATION_EMOJI = frozenset("\u203c\u2049\u3030\u303d")
#: Longest emoji sequence accepted, in code points (families, flags of subdivisions).
_MAX_LENGTH = 16


def is_emoji(text: str) -> bool:
    """Whether `text` is one emoji, possibly a sequence joined with ZWJ or modified by a skin
    tone, a keycap (`1️⃣`) or a flag."""
    if not text or len(text) > _MAX_LENGTH or not any(ord(ch) > 0x7F for ch in text):
        return False
    keycap = "\u20e3" in text
    symbols = 0
    for ch in text:
        code = ord(ch)
        if ch in _GLUE or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
            continue  # glue, skin tones, subdivision-flag tags
        is_keycap_base = keycap and ch in "#*0123456789"
        if not (is_keycap_base or unicodedata.category(ch) == "So" or ch in _PUNCTUATION_EMOJI):
            return False
        symbols += 1
    return symbols > 0


def validate_icon(icon: str | None) -> str | None:
    """`icon` if it is None, an emoji or a Material icon shortcode; otherwise `RillAPIError`.

    Example:
        validate_icon("🚨")  # "🚨"
        validate_icon(":material/thumb_up:")  # ":material/thumb_up:"
        validate_icon("fire")  # raises RillAPIError
    """
    if icon is None:
        return None
    if not isinstance(icon, str):
        raise RillAPIError(f"The icon must be a string, not {type(icon).__name__}.")
    icon = icon.strip()
    if icon.startswith(":material"):
        if _MATERIAL.fullmatch(icon) is None:
            raise RillAPIError(
                f'The value `"{icon}"` is not a valid Material icon. Please use a Material '
                "icon shortcode like **`:material/thumb_up:`**."
            )
        return icon
    if not is_emoji(icon):
        raise RillAPIError(
            f'The value "{icon}" is not a valid emoji. Shortcodes are not allowed, please use a '
            "single character instead."
        )
    return icon
