"""Progress bars (tqdm) with rate and ETA, plus a logging handler that does not break them."""
from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")
_enabled = True


def set_progress_enabled(enabled: bool) -> None:
    global _enabled
    _enabled = enabled


def progress_bar(total: int | None = None, desc: str = "", unit: str = "rec", **kwargs: object) -> tqdm:
    """A tqdm bar on stderr: done/total, rate and ETA; refreshes rarely when not on a terminal."""
    interactive = sys.stderr.isatty()
    return tqdm(
        total=total,
        desc=desc,
        unit=unit,
        dynamic_ncols=True,
        mininterval=0.2 if interactive else 5.0,
        disable=not _enabled,
        file=sys.stderr,
        **kwargs,  # type: ignore[arg-type]
    )


def track(iterable: Iterable[T], total: int | None = None, desc: str = "", unit: str = "rec") -> Iterator[T]:
    """Iterate with a progress bar."""
    with progress_bar(total=total, desc=desc, unit=unit) as bar:
        for item in iterable:
            yield item
            bar.update(1)


class TqdmLoggingHandler(logging.StreamHandler):
    """Console log lines written through tqdm so that open bars are redrawn below them."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            tqdm.write(self.format(record), file=sys.stderr)
        except Exception:  # noqa: BLE001 - logging must never crash the run
            self.handleError(record)
