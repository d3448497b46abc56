"""Accessibility checks for browser tests: axe-core run inside the page under test.

axe-core (a devDependency of frontend/, installed by `npm ci`) audits the live DOM against
WCAG rules: roles and accessible names, ARIA attributes that point at real elements, color
contrast of the text as drawn, and more. A test calls `assert_accessible(page, "what is shown")`
(or the `axe` fixture of conftest.py, which is this function) once the page shows what it
wants audited; the check fails with one readable entry per problem.

Only violations of impact "serious" or "critical" fail: those block or seriously hinder someone
using a screen reader, the keyboard or low vision (color-contrast is "serious"). "moderate" and
"minor" findings are best-practice advice; they are left to review.

Example::

    def test_my_element_is_accessible(page: Page, rill_app: AppFactory, axe: Axe) -> None:
        server = rill_app("import rill as st\\nst.my_element('Hi')")
        page.goto(server.url)
        expect(page.get_by_text("Hi")).to_be_visible()
        axe(page, "my_element")
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from playwright.sync_api import Page

AXE_SCRIPT = (
    Path(__file__).resolve().parents[2] / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
)

#: The impacts that fail a check (axe's scale: minor, moderate, serious, critical).
BLOCKING_IMPACTS = ("serious", "critical")

#: How much of each offending element's HTML a failure shows.
SNIPPET_CHARS = 200


@dataclass(frozen=True)
class Failure:
    """One element that fails a rule."""

    target: str  # axe's CSS selector for it
    html: str  # the start of its outer HTML
    summary: str  # what axe says to fix


@dataclass(frozen=True)
class Violation:
    """One axe rule that failed, with the elements that fail it."""

    rule: str
    impact: str
    help: str
    help_url: str
    failures: tuple[Failure, ...]

    def describe(self) -> str:
        lines = [f"[{self.impact}] {self.rule}: {self.help} ({self.help_url})"]
        for failure in self.failures:
            lines.append(f"    at {failure.target}")
            lines.append(f"       {failure.html}")
            lines.extend(f"       {line}" for line in failure.summary.splitlines())
        return "\n".join(lines)


class Axe(Protocol):
    """The `axe` fixture: `axe(page, "what is shown")`, see `assert_accessible`."""

    def __call__(
        self,
        page: Page,
        context_label: str,
        *,
        include: str | None = ...,
        disable: Sequence[str] = ...,
    ) -> None: ...


def inject(page: Page) -> None:
    """Load axe-core into the page once (it stays until the page navigates).

    Not with `page.add_script_tag`: that writes an inline <script>, which the app's
    Content-Security-Policy (`script-src 'self'`) refuses, and the browser tests fail on any
    CSP violation. Code evaluated through the DevTools protocol is not subject to the policy,
    and axe itself needs neither eval nor inline scripts.
    """
    if page.evaluate("typeof window.axe !== 'undefined'"):
        return
    if not AXE_SCRIPT.exists():
        raise RuntimeError(f"{AXE_SCRIPT} is missing: run `npm ci` in frontend/")
    # As a function body, so that Playwright calls it rather than reading it as an expression.
    page.evaluate(f"() => {{\n{AXE_SCRIPT.read_text(encoding='utf-8')}\n}}")


def _snippet(html: str) -> str:
    html = " ".join(html.split())
    return html if len(html) <= SNIPPET_CHARS else html[: SNIPPET_CHARS - 1] + "…"


def _selector(target: list[str | list[str]]) -> str:
    # One selector per frame or shadow root on the way to the element.
    return " ".join(" >>> ".join(part) if isinstance(part, list) else part for part in target)


def _violation(raw: dict[str, Any]) -> Violation:
    return Violation(
        rule=raw["id"],
        impact=raw.get("impact") or "unknown",
        help=raw["help"],
        help_url=raw["helpUrl"],
        failures=tuple(
            Failure(
                _selector(node["target"]), _snippet(node["html"]), node.get("failureSummary") or ""
            )
            for node in raw["nodes"]
        ),
    )


def run_axe(
    page: Page, *, include: str | None = None, disable: Sequence[str] = ()
) -> list[Violation]:
    """Every violation axe finds in the page (or in the elements matching `include`)."""
    inject(page)
    raw: list[dict[str, Any]] = page.evaluate(
        """async ([include, disable]) => {
            // Colors are measured as drawn: let fades and slides that will end, end first.
            const settling = document.getAnimations().filter(
                (a) => a.effect?.getComputedTiming().endTime !== Infinity,
            );
            await Promise.all(settling.map((a) => a.finished.catch(() => null)));
            const rules = Object.fromEntries(disable.map((id) => [id, { enabled: false }]));
            const options = { rules, resultTypes: ["violations"] };
            return (await window.axe.run(include ?? document, options)).violations;
        }""",
        [include, list(disable)],
    )
    return [_violation(v) for v in raw]


def assert_accessible(
    page: Page, context_label: str, *, include: str | None = None, disable: Sequence[str] = ()
) -> None:
    """Fail if axe-core finds serious or critical violations in the page as it is now.

    Args:
        page: The page, already showing what should be audited (wait for it with `expect`).
        context_label: What is on screen, for the failure message ("hello app, dark theme").
        include: A CSS selector to audit only part of the page (default: the whole document).
        disable: axe rule ids to skip, e.g. `("region",)`; say why in the calling test.
    """
    blocking = [
        v for v in run_axe(page, include=include, disable=disable) if v.impact in BLOCKING_IMPACTS
    ]
    if blocking:
        report = "\n".join(v.describe() for v in blocking)
        raise AssertionError(
            f"axe-core: {len(blocking)} accessibility violation(s) in {context_label}:\n{report}"
        )
