"""The app page's Content-Security-Policy, enforced by a real browser."""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from conftest import REPORT_CSP, AppFactory


def test_the_default_policy_blocks_inline_script(browser: Browser, rill_app: AppFactory) -> None:
    server = rill_app(
        """
        import rill as st
        st.title("Locked down")
        """
    )
    # A context of its own: the shared `context` fixture would fail this test on the very
    # violations it provokes.
    context = browser.new_context()
    try:
        violations: list[str] = []
        context.add_init_script(REPORT_CSP)
        context.on("console", lambda m: violations.append(m.text))
        page = context.new_page()
        page.goto(server.url)
        expect(page.get_by_role("heading", name="Locked down")).to_be_visible()
        ran = page.evaluate(
            """() => {
              const script = document.createElement("script");
              script.textContent = "window.injected = true";
              document.body.append(script);
              return window.injected === true;
            }"""
        )
        # (`eval` cannot be probed from here: Playwright's evaluate runs through DevTools,
        # which CSP does not govern. The header test checks there is no 'unsafe-eval'.)
        assert ran is False
        page.wait_for_timeout(100)  # violation events are dispatched asynchronously
        reported = " ".join(violations)
        assert "script-src" in reported
    finally:
        context.close()


def test_the_whole_app_works_under_the_policy(page: Page, rill_app: AppFactory) -> None:
    # The shared `context` fixture fails on any violation; this exercises the lazily loaded
    # parts (Markdown engine, KaTeX, code highlighting, Material icons) too.
    server = rill_app(
        r"""
        import rill as st
        st.title("Everything")
        st.markdown("**bold** and :material/home: and $x^2$")
        st.latex(r"e^{i\pi} + 1 = 0")
        st.code("print('hi')", language="python")
        st.json({"a": [1, 2]})
        if st.button("Go"):
            st.write("went")
        """
    )
    page.goto(server.url)
    expect(page.get_by_role("heading", name="Everything")).to_be_visible()
    page.get_by_role("button", name="Go").click()
    expect(page.get_by_text("went")).to_be_visible()
    policy = page.evaluate(
        "() => fetch(location.href).then(r => r.headers.get('content-security-policy'))"
    )
    assert "script-src 'self'" in policy
