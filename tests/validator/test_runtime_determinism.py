"""L3 verdicts must not depend on luck: Math.random and Phaser's RND are seeded per sample, so a program whose
bug depends on random positions gets the same verdict on every run (and on a warm page or a fresh one)."""
from __future__ import annotations

import pytest

PROGRAM = """class S extends Phaser.Scene {
  constructor() { super('s'); }
  preload() {}
  create() {
    const draws = [Math.random(), Math.random(), Phaser.Math.Between(0, 1000000), Phaser.Math.RND.between(0, 1000000)];
    this.add.text(10, 10, 'draws ' + draws.join(','), { fontSize: '20px' });
    window.__signals__ = { draws };
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 320, height: 240, scene: S });
"""


@pytest.mark.browser
def test_random_draws_are_the_same_on_every_run(browser_validator):
    # two different code hashes (no cache hit), same program; run in one batch (two warm pages) and again alone
    cands = [{"request_id": f"r{i}", "code": PROGRAM + f"// run {i}\n", "prompt_meta": {}} for i in range(3)]
    first = list(browser_validator.validate(cands[:2]))
    second = list(browser_validator.validate(cands[2:]))
    draws = [rec["validation"]["runtime"]["signals"]["draws"] for rec in first + second]
    assert all(rec["passed"] for rec in first + second), [rec["reasons"] for rec in first + second]
    assert draws[0] == draws[1] == draws[2], draws
    assert len(set(draws[0])) == 4  # still random-looking, not a constant
