"""What the validator needs from the machine it runs on, checked without running it (before cluster jobs start)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from modelcall.validator.config import ValidatorConfig


def _runs(argv: list[str], timeout_s: float = 30.0) -> str | None:
    """None when ``argv`` runs and exits 0, else what went wrong (one line)."""
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout_s, stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        return "not found"
    except PermissionError:
        return "not executable"
    except subprocess.TimeoutExpired:
        return f"did not answer within {timeout_s:.0f} s"
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        return f"exit {proc.returncode}: {detail[-1] if detail else 'no output'}"
    return None


def environment_problems(cfg: ValidatorConfig) -> list[str]:
    """One line per missing piece: Node.js, node_modules (eslint, acorn, phaser), headless Chromium, the API index."""
    from modelcall.validator.node_worker import find_node_modules

    problems: list[str] = []
    node = shutil.which(cfg.node_binary) or cfg.node_binary
    failure = _runs([node, "--version"])
    if failure:
        problems.append(f"validator.node_binary: '{cfg.node_binary}' {failure} (install Node.js >= 18)")
    if find_node_modules() is None:
        problems.append("node_modules with eslint and acorn not found beside the project or in the working directory "
                        "(run `npm ci` in the project root, scripts/setup.sh)")
    from modelcall.errors import ConfigError
    from modelcall.validator.browser import default_executable, find_phaser_js

    try:
        find_phaser_js()
    except ConfigError as exc:
        problems.append(str(exc))
    if cfg.api.api_index_path and not Path(cfg.api.api_index_path).is_file():
        problems.append(f"validator.api.api_index_path: {cfg.api.api_index_path} not found (the api_index runner writes it)")
    if cfg.runtime.enabled and cfg.gates.l3 != "off":
        exe = cfg.runtime.executable_path or default_executable()
        if not exe or not Path(exe).exists():
            problems.append(f"no Chromium found ({exe or 'none'}): install the Debian package chromium-headless-shell (scripts/setup.sh) "
                            "or set validator.runtime.executable_path")
        else:
            failure = _runs([exe, "--headless", "--no-sandbox", "--version"])
            if failure:
                problems.append(f"Chromium {exe} does not start: {failure}")
    return problems
