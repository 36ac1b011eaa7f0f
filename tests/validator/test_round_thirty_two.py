"""Mistakes of a thirty-second round of unseen programs (hard seeds, procedural generation, typing and word games,
grid arcade games): a DOM element's native event never asked for, a title scene listed second that only its own
class names, a number as a canvas context's fillStyle, a canvas texture's context kept on the scene and never
refreshed; and the false rejection of that round, a HUD placed under a grid (ROWS * SIZE + 12) taken for the grid's
offset. Each broken program fails with its rule, line and message; the working ways pass."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_dom_form_click_not_asked": [("l3", "never_fires", 14, "a DOM element's on('click'): a DOMElement passes on its node's native events only once they are named with addListener('click')")],
    "fail_title_listed_second_never_started": [("l2", "never_fires", 24, "only the first scene listed starts on its own, and nothing starts Title ('Title')")],
    "fail_canvas_context_number_fill": [("l2", "wrong_argument", 12, "a canvas context's fillStyle takes a CSS colour string and ignores a number")],
    "fail_sand_context_kept_never_refreshed": [("l2", "never_fires", 8, "this.tex = textures.createCanvas(...) (line 8) is painted through its 2D context but never refresh()ed")],
}
WORKING = ["pass_dom_form_click_asked", "pass_title_listed_first", "pass_canvas_context_css_fill", "pass_sand_context_kept_refreshed",
           "pass_grid_click_hud_under_board"]


@pytest.fixture(scope="module")
def records(browser_validator):
    return validate_named(browser_validator, list(EXPECTED) + WORKING)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_mistake_fails_with_its_rule_and_line(records, name):
    rec = records[name]
    assert not rec["passed"], rec["reasons"]
    assert not missing_findings(rec, EXPECTED[name]), (missing_findings(rec, EXPECTED[name]), rec["validation"]["errors"])


@pytest.mark.parametrize("name", WORKING)
def test_the_working_ways_pass_without_findings(records, name):
    rec = records[name]
    assert rec["passed"], rec["reasons"]
    assert [i["message"] for i in rec["validation"]["errors"] + rec["validation"]["warnings"] if i["code"] == "api_misuse"] == []
