"""The browser workers themselves: a browser that dies is launched again, and programs spread over the workers."""
from __future__ import annotations

import os
import time

import pytest

from modelcall.validator.config import RuntimeConfig

from .test_hostile_programs import CANARY_CREATE_ERROR, CANARY_OK

pytestmark = pytest.mark.browser


@pytest.fixture()
def pool_class():
    from modelcall.validator.browser import BrowserPool

    from .conftest import _chromium_available

    if not _chromium_available():
        pytest.skip("no headless Chromium installed (scripts/setup.sh installs it)")
    return BrowserPool


def test_a_browser_that_dies_is_launched_again(pool_class):
    with pool_class(RuntimeConfig(pages=1, screenshots_dir=None)) as pool:
        assert pool.run([CANARY_OK])[0]["errors"] == []
        os.killpg(pool._all_slots[0].browser.pid, 9)
        time.sleep(0.3)
        ok, broken = pool.run([CANARY_OK, CANARY_CREATE_ERROR])
        assert pool.browsers_launched == 2
    assert ok["ok_harness"] and ok["errors"] == [] and ok["frames"] >= 200
    assert broken["ok_harness"] and "setVelocity" in broken["errors"][0]["message"]


def test_programs_are_spread_over_one_browser_per_worker(pool_class):
    codes = [CANARY_OK, CANARY_CREATE_ERROR] * 3
    with pool_class(RuntimeConfig(pages=2, screenshots_dir=None)) as pool:
        results = pool.run(codes)
        pids = {slot.browser.pid for slot in pool._all_slots}
        per_worker = [slot.programs for slot in pool._all_slots]
    assert len(pids) == 2 and pool.browsers_launched == 2
    assert all(n >= 1 for n in per_worker)  # both browsers judged programs (each counts its prepared next page too)
    assert [bool(r["errors"]) for r in results] == [False, True] * 3
