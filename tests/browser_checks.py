"""What every page must pass in the browser: axe-core's WCAG 2.1 A/AA rules, no serious or
critical violation (axe-core from npm, tools/a11y, installed by scripts/browser.sh)."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

AXE = Path(__file__).parents[1] / "tools" / "a11y" / "node_modules" / "axe-core" / "axe.min.js"
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page: Page) -> list[str]:
    """The serious and critical violations on ``page`` (its context needs ``bypass_csp``)."""
    assert AXE.exists(), "axe-core is missing: run `bash scripts/browser.sh` (make test does)"
    page.add_script_tag(path=str(AXE))
    found: list[str] = page.evaluate(
        """async (rules) => {
            const result = await axe.run(document, {runOnly: {type: 'tag', values: rules}});
            return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
        }""",
        RULES,
    )
    return found
