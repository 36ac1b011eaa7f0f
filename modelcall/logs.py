"""Logging set-up: a console handler plus one log file per run, both redacting secrets."""
from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from modelcall.progress import TqdmLoggingHandler
from modelcall.secrets import RedactingFilter

_CONSOLE_FORMAT = "%(asctime)s %(levelname)s %(message)s"
_FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_console_logging(debug: bool = False) -> None:
    root = logging.getLogger("modelcall")
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    root.propagate = False
    if not any(isinstance(h, TqdmLoggingHandler) for h in root.handlers):
        handler = TqdmLoggingHandler()
        handler.setFormatter(logging.Formatter(_CONSOLE_FORMAT, datefmt="%H:%M:%S"))
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)


def add_run_log_file(log_dir: str | Path, task_name: str) -> logging.Handler:
    """Attach ``<log_dir>/<task_name>-<time>.log``; the caller removes it when the run ends."""
    directory = Path(log_dir)
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    handler = logging.FileHandler(directory / f"{task_name}-{stamp}.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FILE_FORMAT))
    handler.addFilter(RedactingFilter())
    handler.setLevel(logging.DEBUG)
    logging.getLogger("modelcall").addHandler(handler)
    return handler
