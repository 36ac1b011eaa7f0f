"""Shared file I/O used by every runner: streaming JSONL, append-only writers, atomic writes."""
from modelcall.io.atomic import AtomicWriter, atomic_write_json, atomic_write_jsonl, atomic_write_text
from modelcall.io.jsonl import (
    JsonlAppender,
    ReadStats,
    count_lines,
    dumps_line,
    read_jsonl,
    read_jsonl_numbered,
    repair_torn_tail,
)
from modelcall.io.lock import check_output_path, output_lock

__all__ = [
    "AtomicWriter",
    "JsonlAppender",
    "ReadStats",
    "atomic_write_json",
    "atomic_write_jsonl",
    "atomic_write_text",
    "check_output_path",
    "count_lines",
    "dumps_line",
    "output_lock",
    "read_jsonl",
    "read_jsonl_numbered",
    "repair_torn_tail",
]
