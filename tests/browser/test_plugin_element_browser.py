"""A third-party element (plugins/rill-greeting) drawn by its own ES module in a real browser."""

from __future__ import annotations

from axe import Axe
from playwright.sync_api import Page, expect

from conftest import AppFactory


def test_plugin_element_module_is_loaded_and_sends_values(
    page: Page, rill_app: AppFactory, axe: Axe
) -> None:
    server = rill_app(
        """
        import rill as st
        waves = st.greeting("Ada")
        st.write(f"Ada was waved at {waves} times")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("Hello, Ada!")).to_be_visible()
    expect(page.get_by_text("Ada was waved at 0 times")).to_be_visible()
    axe(page, "the greeting element")
    page.get_by_role("button", name="Wave (0)").click()
    expect(page.get_by_text("Ada was waved at 1 times")).to_be_visible()
    expect(page.get_by_role("button", name="Wave (1)")).to_be_visible()
