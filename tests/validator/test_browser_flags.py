"""The V8 flags the browser layer launches Chromium with are all known to the installed Chromium: V8 stops reading
--js-flags at the first flag it does not know, so one renamed flag silently drops every flag after it."""
from __future__ import annotations

import subprocess

import pytest

from modelcall.validator.browser import V8_TIERING, default_executable


def test_every_js_flag_is_known_to_the_installed_chromium() -> None:
    exe = default_executable()
    if exe is None:
        pytest.skip("no Chromium installed")
    flags = f"--max-old-space-size=512 {V8_TIERING}"
    out = subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", f"--js-flags={flags}", "--dump-dom",
                          "about:blank"], capture_output=True, text=True, timeout=60)
    assert "<html>" in out.stdout
    rejected = [line for line in out.stderr.splitlines() if "unrecognized flag" in line or "were ignored" in line]
    assert rejected == [], f"Chromium rejected --js-flags={flags}: {rejected}"


def test_a_flag_chromium_does_not_know_is_seen() -> None:
    exe = default_executable()
    if exe is None:
        pytest.skip("no Chromium installed")
    out = subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--js-flags=--no-such-v8-flag-here",
                          "--dump-dom", "about:blank"], capture_output=True, text=True, timeout=60)
    assert "unrecognized flag --no-such-v8-flag-here" in out.stderr
