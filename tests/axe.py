"""axe-core, the accessibility rule engine browsers' dev tools use, run inside a Selenium page.

axe-core comes from npm (tests/web/package.json, pinned in its lock file;
`make test` runs `npm ci` there). `violations(driver)` injects it into the
page the driver shows and returns what WCAG 2.1 A and AA rules the page
breaks, each with the elements that break it, for a readable failure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

AXE = Path(__file__).resolve().parent / "web" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

needs_axe = pytest.mark.skipif(
    not AXE.exists(), reason="needs axe-core from npm (npm ci --prefix tests/web)"
)

_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: "tag", values: arguments[0]}, resultTypes: ["violations"]})
  .then((result) => done(result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ") + ": " + n.failureSummary)}))))
  .catch((error) => done([{id: "axe-error", impact: "critical", help: String(error), nodes: []}]));
"""


def violations(driver: Any) -> list[dict[str, Any]]:
    """The WCAG 2.1 AA violations of the page the driver shows now."""
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    found: list[dict[str, Any]] = driver.execute_async_script(_RUN, WCAG_21_AA)
    return found


def report(found: list[dict[str, Any]]) -> str:
    """Violations as lines a developer can act on."""
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}\n    " + "\n    ".join(v["nodes"]) for v in found
    )
