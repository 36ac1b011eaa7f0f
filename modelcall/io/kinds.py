"""Which runner made a record: so that a file given to the wrong step is named, with the step that makes its input."""
from __future__ import annotations

from typing import Any

# (what the file is, which runner writes it), tested in order: the first whose keys are all present wins
_KINDS: list[tuple[tuple[str, ...], str, str]] = [
    (("passed", "validation"), "validated records", "filter"),
    (("instruction", "output"), "an SFT dataset", "sft_build"),
    (("symbol_id",), "the Phaser API index", "api_index"),
    (("error_type", "request_id"), "an errors file", "response_generation"),
    (("text", "request_id"), "raw outputs", "response_generation"),
    (("messages", "request_id"), "requests", "distill_requests"),
    (("task", "difficulty"), "prompt seeds", "the user (seeds)"),
    (("code", "request_id"), "candidates", "parse"),
    (("code_path", "request_id"), "candidates", "parse"),
]


def guess_kind(record: dict[str, Any]) -> tuple[str, str] | None:
    """``(what it is, which runner writes it)`` for a record of a known kind, else None."""
    for keys, what, maker in _KINDS:
        if all(k in record for k in keys):
            return what, maker
    return None


def wrong_kind_message(path: str, record: dict[str, Any], wanted: str, maker: str, chain: str) -> str | None:
    """None when ``record`` is of the wanted kind; else one line saying what the file is and which runner makes the input."""
    kind = guess_kind(record)
    if kind is not None and kind[0] == wanted:
        return None
    what = f"looks like {kind[0]} (made by {kind[1]})" if kind else "does not look like " + wanted
    return f"{path}:1: this file {what}; this step reads {wanted}, which {maker} makes ({chain})"
