"""The browser workers themselves: a browser that dies is launched again, and programs spread over the workers."""
from __future__ import annotations

import os
import time

import pytest

from modelcall.validator.config import RuntimeConfig

from .test_hostile_programs import CANARY_CREATE_ERROR, CANARY_OK, game

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


def test_the_harness_times_its_own_work_on_the_wall_clock(pool_class, monkeypatch):
    """The page's clock runs on game time (16.7 ms a frame); the harness's own budgets must not. When they once did,
    a call to step frames gave up after 150 ms of game time: 21 protocol round trips for 200 frames instead of 1."""
    calls: list[str] = []
    original = pool_class._harness_call

    async def counting(self, slot, run, method, *args, **kwargs):
        calls.append(method)
        return await original(self, slot, run, method, *args, **kwargs)

    monkeypatch.setattr(pool_class, "_harness_call", counting)
    with pool_class(RuntimeConfig(pages=1, screenshots_dir=None)) as pool:
        result = pool.run([CANARY_OK])[0]
    assert result["errors"] == [] and result["frames"] >= 200
    assert 1 <= calls.count("advance") <= 4, calls


def test_what_a_program_stored_at_its_origin_is_cleared_after_it(pool_class, monkeypatch):
    """Storage is per origin and every program has its own, so no program can read another's; but IndexedDB and
    caches stayed in the browser's memory until the context was replaced (a program storing 384 MB left about
    400 MB behind each time). The next document's preparation clears the last program's origin when its code names
    a storage API; a program that hides the name is caught by the browser process's memory (a new context)."""
    from modelcall.validator import cdp

    cleared: list[str] = []
    send = cdp.BrowserProcess.send

    async def spying(self, method, params=None, session=None, timeout=None):
        if method == "Storage.clearDataForOrigin" and session:
            cleared.append(params["origin"] + ":" + params["storageTypes"])
        return await send(self, method, params, session, timeout)

    monkeypatch.setattr(cdp.BrowserProcess, "send", spying)
    where = game(create="    window.__signals__ = { origin: location.origin };")
    stores = game(create="    localStorage.setItem('best', '10'); window.__signals__ = { origin: location.origin };")
    with pool_class(RuntimeConfig(pages=1, screenshots_dir=None)) as pool:
        first, second, third = pool.run([stores, where, where])
    assert first["errors"] == [] and first["signals"] and second["signals"], (first, second)
    assert first["signals"]["origin"] != second["signals"]["origin"]
    # clearing costs the browser about 13 ms: only after a program whose code names a storage API
    assert cleared == [first["signals"]["origin"] + ":all"]


def test_the_page_is_a_secure_context_like_a_local_dev_server(pool_class):
    # a game served by `npx http-server` or vite runs on http://localhost, a secure context: these APIs are there
    secure_apis = game(create="""
    const id = crypto.randomUUID();
    if (!isSecureContext || location.protocol !== 'http:' || id.length !== 36) throw new Error('not like localhost');
    if (typeof crypto.subtle.digest !== 'function' || typeof navigator.storage.estimate !== 'function')
      throw new Error('secure-context APIs missing');
    this.add.text(10, 10, id.slice(0, 8));""")
    with pool_class(RuntimeConfig(pages=1, screenshots_dir=None)) as pool:
        runs = pool.run([secure_apis] * 4)
    assert all(run["errors"] == [] and run["frames"] >= 200 for run in runs)
    # one site for all programs: the navigations keep the renderer whose CPU (and memory) the limits count (a
    # renderer per program left the later ones at 0 s)
    assert sum(run["cpu_s"] for run in runs[1:]) > 0.02
