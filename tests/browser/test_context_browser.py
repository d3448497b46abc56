"""`st.context` in a real browser: its user agent, language and time zone reach the script."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from conftest import AppFactory


@pytest.fixture
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_context_args, "locale": "de-DE", "timezone_id": "Asia/Tokyo"}


def test_st_context_sees_the_browser(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        c = st.context
        st.text(f"agent={c.headers['User-Agent']}")
        st.text(f"locale={c.locale}")
        st.text(f"tz={c.timezone} offset={c.timezone_offset}")
        st.text(f"url={c.url} embedded={c.is_embedded}")
        st.text(f"theme={c.theme.type}")
        st.text(f"cookie={'_xsrf' in c.cookies}")
        """
    )
    page.goto(server.url + "?embed=true")
    agent = page.evaluate("navigator.userAgent")
    expect(page.get_by_text(f"agent={agent}")).to_be_visible()
    expect(page.get_by_text("locale=de-DE")).to_be_visible()
    # Tokyo has no daylight saving time: always UTC+9, an offset of -540 minutes.
    expect(page.get_by_text("tz=Asia/Tokyo offset=-540")).to_be_visible()
    expect(page.get_by_text(f"url={server.url}?embed=true embedded=True")).to_be_visible()
    expect(page.get_by_text("theme=light")).to_be_visible()
    expect(page.get_by_text("cookie=True")).to_be_visible()  # the page load set the XSRF cookie
