"""Mistakes found in round 60 of unseen programs and left from earlier rounds, each written in correct Phaser calls:
from earlier puzzle and typing sets, a clicked light toggled twice (once by itself and once by the [0, 0] in its
neighbour list), a drawn path's step back that stays marked as visited, an undo snapshot taken after the move it
should undo, a typed word counted done one letter early, and a face-up card that can be picked again and matched with
itself.
Each broken program fails with its rule, line and message; each fixed copy passes with no finding."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_lights_centre_toggled_twice": [("l2", "wrong_argument", 50, "this.flip(c, r) (line 50) toggles the chosen cell, and AROUND (line 6) holds [0, 0], so the loop over it toggles that same cell again")],
    "fail_path_step_back_stays_visited": [("l2", "state_not_updated", 71, "this.path.pop() (line 71) takes a step back, but its cell stays in this.visited")],
    "fail_hanoi_undo_snapshot_after_move": [("l2", "wrong_order", 44, "this.history.push(…) (line 44) saves this.pegs after the move has already changed it (line 43)")],
    "fail_typing_word_done_one_letter_early": [("l2", "off_by_one", 46, "this.cursor === this.word.length - 1 (line 46) runs after this.cursor has moved past the letter just matched (line 44)")],
    "fail_pairs_card_matched_with_itself": [("l2", "state_not_updated", 40, "flip(card) keeps the first pick in this.first (line 40) but never checks that the next pick is another card")],
}

WORKING = ["pass_lights_centre_toggled_twice", "pass_path_step_back_stays_visited",
           "pass_hanoi_undo_snapshot_after_move", "pass_typing_word_done_one_letter_early",
           "pass_pairs_card_matched_with_itself"]


@pytest.fixture(scope="module")
def records(static_validator):
    return validate_named(static_validator, list(EXPECTED) + WORKING)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_mistake_fails_with_its_rule_and_line(records, name):
    rec = records[name]
    assert not rec["passed"], rec["reasons"]
    assert missing_findings(rec, EXPECTED[name]) == []


@pytest.mark.parametrize("name", WORKING)
def test_each_fixed_copy_passes_with_no_finding(records, name):
    rec = records[name]
    assert rec["passed"], rec["reasons"]
    assert rec["validation"]["errors"] == []
