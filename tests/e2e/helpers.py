"""Helpers for the browser tests: the axe-core audit and keyboard navigation."""

import json
import os
from pathlib import Path
from urllib.parse import urlsplit

AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Every audit of this run, for the terminal summary: test, path, number of violations, and the
# rules axe could not decide on its own ("incomplete": to be checked by a person).
axe_results: list[tuple[str, str, int, list[str]]] = []


def assert_no_axe_violations(page) -> None:
    """Audit the page with axe-core's WCAG 2.1 A and AA rules; fail with a readable list.

    Needs a context that bypasses the Content-Security-Policy (the `axe_page` fixture).
    """
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=AXE_JS)
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA_TAGS
    )
    violations = results["violations"]
    url = urlsplit(page.url)
    path = url.path + (f"?{url.query}" if url.query else "")
    test = os.environ.get("PYTEST_CURRENT_TEST", "").split(" ")[0]
    incomplete = sorted({rule["id"] for rule in results["incomplete"]})
    axe_results.append((test, path, len(violations), incomplete))
    assert not violations, describe_violations(page.url, violations)


def describe_violations(url: str, violations: list[dict]) -> str:
    lines = [f"axe found {len(violations)} WCAG 2.1 A/AA violation(s) on {url}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"  * {json.dumps(node['target'])}: {node['html'][:200]}")
            summary = node.get("failureSummary") or ""
            lines.extend(f"      {line.strip()}" for line in summary.splitlines() if line.strip())
    return "\n".join(lines)


_DESCRIBE_ACTIVE_ELEMENT = """() => {
  const el = document.activeElement;
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    name: el.getAttribute("name") || "",
    type: el.getAttribute("type") || "",
    href: el.getAttribute("href") || "",
    text: (el.innerText || "").trim().replace(/\\s+/g, " "),
    classes: el.className || "",
    inMain: Boolean(el.closest("main")),
  };
}"""


def active_element(page) -> dict:
    return page.evaluate(_DESCRIBE_ACTIVE_ELEMENT)


def tab_until(page, predicate, *, key="Tab", limit=40) -> list[dict]:
    """Press Tab (or Shift+Tab) until the focused element satisfies `predicate`.

    Returns every element focused on the way, the matching one last (nothing if it already has
    the focus, as an autofocused field does); fails after `limit` presses with the path taken,
    so that a broken tab order reads like a walk.
    """
    if predicate(active_element(page)):
        return []
    walked = []
    for _ in range(limit):
        page.keyboard.press(key)
        element = active_element(page)
        walked.append(element)
        if predicate(element):
            return walked
    raise AssertionError(
        f"no element matched after {limit}x {key}; focused on the way:\n"
        + "\n".join(f"  {e['tag']} {e['href'] or e['name']} {e['text']!r}" for e in walked)
    )


def focus_is_visible(page) -> bool:
    """Whether the focused element draws a focus indicator (an outline or a box shadow)."""
    return page.evaluate(
        """() => {
          const style = getComputedStyle(document.activeElement);
          const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
          return outline || style.boxShadow !== "none";
        }"""
    )
