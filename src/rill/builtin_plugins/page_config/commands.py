"""`st.set_page_config`."""

from __future__ import annotations

import random
import textwrap
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any, Literal
from urllib.parse import urlparse

from rill.plugins import RillAPIError, command, get_script_run_ctx

#: Where the merged page config of a session is kept (`Session.stash`).
STASH_KEY = "page_config"

MENU_KEYS = ("get help", "report a bug", "about")

#: What `page_icon="random"` picks from.
RANDOM_ICONS = tuple("🎈🚀🎉✨🔥🌊🌟💡🎨🧊🦈🐧🦄🍀🌈⚡🎯🧪🔮🪁")


def _menu_items(items: Mapping[str, str | None]) -> dict[str, str | None]:
    """Menu items with keys lowercased, checked as Streamlit checks them."""
    if not isinstance(items, Mapping):
        raise RillAPIError("menu_items must be a dict.")
    cleaned: dict[str, str | None] = {}
    for raw_key, value in items.items():
        key = str(raw_key).strip().lower()
        if key not in MENU_KEYS:
            raise RillAPIError(
                'We only accept the keys: "Get help", "Report a bug", and "About" '
                f'("{raw_key}" is not a valid key.)'
            )
        if value is not None and key != "about" and not _is_url(value):
            raise RillAPIError(f'"{value}" is a not a valid URL!')
        cleaned[key] = textwrap.dedent(value) if key == "about" and value is not None else value
    return cleaned


def _is_url(value: object) -> bool:
    try:
        parsed = urlparse(str(value))
    except ValueError:
        return False
    if parsed.scheme in ("http", "https"):
        return bool(parsed.netloc)
    return parsed.scheme == "mailto" and bool(parsed.path)


def _icon(page_icon: Any) -> str:
    if isinstance(page_icon, PurePath):
        return str(page_icon)
    if not isinstance(page_icon, str):
        raise RillAPIError(
            f"page_icon must be an emoji, a shortcode, a Material icon, an image path or URL, or "
            f'"random" (images given as {type(page_icon).__name__} are not supported yet).'
        )
    return random.choice(RANDOM_ICONS) if page_icon == "random" else page_icon


@command("page_config")
def set_page_config(
    page_title: str | None = None,
    page_icon: Any = None,
    layout: Literal["centered", "wide"] | None = None,
    initial_sidebar_state: Literal["auto", "expanded", "collapsed"] | None = None,
    menu_items: Mapping[str, str | None] | None = None,
) -> None:
    """Set the page's title, favicon, layout, sidebar state and menu.

    It can be called several times in a run: each call changes only what it is given, the rest
    stays as an earlier call left it.

    Args:
        page_title: The title shown in the browser tab; by default, from the script's name.
        page_icon: The favicon: an emoji (`"🦈"`), an emoji shortcode (`":shark:"`), a Material
            icon (`":material/thumb_up:"`), the path or URL of an image, or `"random"`.
        layout: `"centered"` (a fixed-width column) or `"wide"` (the whole window).
        initial_sidebar_state: `"auto"` (hidden on small screens), `"expanded"` or
            `"collapsed"`.
        menu_items: The app menu's items: `"Get help"` and `"Report a bug"` map to a URL
            (`http`, `https` or `mailto`) or None to hide the item; `"About"` to Markdown shown
            in the About dialog. Keys are case-insensitive.

    Example:
        st.set_page_config(
            page_title="Sales",
            page_icon="📈",
            layout="wide",
            menu_items={"About": "Quarterly sales, by region."},
        )
    """
    fields: dict[str, Any] = {}
    if page_title is not None:
        fields["title"] = str(page_title)
    if page_icon is not None:
        fields["icon"] = _icon(page_icon)
    if layout is not None:
        if layout not in ("centered", "wide"):
            raise RillAPIError(f'`layout` must be "centered" or "wide" (got "{layout}")')
        fields["layout"] = layout
    if initial_sidebar_state is not None:
        if initial_sidebar_state not in ("auto", "expanded", "collapsed"):
            raise RillAPIError(
                '`initial_sidebar_state` must be "auto" or "expanded" or "collapsed" '
                f'(got "{initial_sidebar_state}")'
            )
        fields["initial_sidebar_state"] = initial_sidebar_state
    if menu_items is not None:
        fields["menu_items"] = _menu_items(menu_items)
    ctx = get_script_run_ctx()
    if ctx is None:
        return  # outside a script there is no page to configure
    merged: dict[str, Any] = ctx.session.stash.setdefault(STASH_KEY, {})
    for name, value in fields.items():
        if name == "menu_items":
            merged["menu_items"] = {**merged.get("menu_items", {}), **value}
        else:
            merged[name] = value
    ctx.send({"t": "page_config", **fields})
