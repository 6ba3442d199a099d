"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's
live server. One browser per session; each test gets a fresh context (so no
cookies leak between tests) and page.

Playwright's sync API runs an event loop in the test thread, which makes
Django refuse ORM calls from that thread unless told the loop is not ours."""

import os
import re
from pathlib import Path

import pytest

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402

from tests.conftest import PASSWORD  # noqa: E402

CHROMIUM = os.getenv("TRELLIS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = Path(__file__).parent / "vendor" / "axe-core-4.14.1" / "axe.min.js"
TIMEOUT_MS = 10_000


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server, transactional_db) -> Page:
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}, locale="en-GB"
    )
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def sign_in(page):
    """sign_in(user) goes through the real sign-in form and waits for the portfolio."""

    def _sign_in(user, password: str = PASSWORD) -> Page:
        page.goto("/accounts/sign-in/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Sign in to Trellis")
        page.get_by_label("Email address").fill(user.email)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", level=1, name="Implementation projects")).to_be_visible()
        expect(page.get_by_role("button", name="Sign out")).to_be_visible()
        return page

    return _sign_in


@pytest.fixture
def check_axe(page):
    """check_axe(label) runs axe on the current page and fails on serious or critical
    violations, printing what is needed to fix each one."""

    def _check(label: str) -> list[dict]:
        page.wait_for_load_state("load")
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            page.add_script_tag(path=str(AXE))
        results = page.evaluate(
            """async () => {
                const r = await axe.run(document, {runOnly: {type: 'tag', values:
                    ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}});
                if (!r.passes.length) throw new Error('axe ran no checks');
                return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                    helpUrl: v.helpUrl,
                    nodes: v.nodes.map(n => ({target: n.target, html: n.html,
                                              summary: n.failureSummary}))}));
            }"""
        )
        for violation in results:
            print(f"[axe] {label}: {describe(violation)}")
        blocking = [v for v in results if v["impact"] in ("serious", "critical")]
        assert not blocking, f"axe found serious/critical problems on {label}:\n" + "\n".join(
            describe(v) for v in blocking
        )
        return results

    return _check


def describe(violation: dict) -> str:
    nodes = violation["nodes"]
    targets = "; ".join(" ".join(n["target"]) for n in nodes[:3])
    more = f" (+{len(nodes) - 3} more)" if len(nodes) > 3 else ""
    first = nodes[0] if nodes else {}
    html = re.sub(r"\s+", " ", first.get("html", ""))[:200]
    return (f"{violation['id']} [{violation['impact']}] {violation['help']} "
            f"({violation['helpUrl']})\n    targets: {targets}{more}\n    first node: {html}")
