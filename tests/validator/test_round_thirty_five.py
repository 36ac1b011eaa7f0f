"""Mistakes of a thirty-fifth round of unseen programs (seeds, endless runners, Matter games, scene flow): Matter's
'collisionstart' listened for on a game object, the loader's 'complete' listened for in create(), members of a static
group moved with no refresh, a pair's Matter body looked for in a Group; and that round's false rejections: a jumper's own checkCollision.up off, container
children placed round its origin by subtracting its position, static Matter options given by spreading a name. Each
broken program fails with its rule, line and message; the working ways pass."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_ball_listens_for_collisionstart": [("l2", "never_fires", 14, "Matter's 'collisionstart' is emitted by the world")],
    "fail_loading_done_listened_in_create": [("l2", "never_fires", 10, "this.load.once('complete', ...) (line 10) is made in create(), when the loader has already finished")],
    "fail_cup_counts_bodies_in_group": [("l2", "never_fires", 21, "this.marbles.contains(other) (line 21) looks for a Matter body in a Group, which holds game objects")],
    "fail_recycled_static_ledges_not_refreshed": [("l2", "never_fires", 19, "moves a member of a static group with no refreshBody(): a static body never follows its object")],
}
WORKING = ["pass_world_listens_for_collisionstart", "pass_loading_done_start_in_create", "pass_recycled_static_ledges_refreshed",
           "pass_jumper_passes_up_through_ledges", "pass_container_children_placed_round_its_origin", "pass_matter_static_options_spread",
           "pass_cup_counts_objects_in_group"]


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
