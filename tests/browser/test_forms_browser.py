"""Forms in a real browser: values are batched until the submit button is pressed."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from conftest import AppFactory


def test_form_sends_everything_on_submit_only(page: Page, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        with st.form("order", clear_on_submit=True):
            item = st.text_input("Item")
            sure = st.checkbox("Gift wrap")
            sent = st.form_submit_button("Order")
        st.write(f"runs={st.session_state.runs}")
        if sent:
            st.write(f"Ordered {item} wrap={sure}")
        """
    )
    page.goto(server.url)
    expect(page.get_by_text("runs=1")).to_be_visible()
    page.get_by_label("Item").fill("Tea")
    page.get_by_label("Item").blur()
    page.get_by_label("Gift wrap").check()
    page.wait_for_timeout(300)
    expect(page.get_by_text("runs=1")).to_be_visible()  # nothing sent yet
    page.get_by_role("button", name="Order").click()
    expect(page.get_by_text("Ordered Tea wrap=True")).to_be_visible()
    expect(page.get_by_text("runs=2")).to_be_visible()
    expect(page.get_by_label("Item")).to_have_value("")  # cleared on submit
    expect(page.get_by_label("Gift wrap")).not_to_be_checked()
