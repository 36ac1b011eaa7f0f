"""JSONL reading names file:line for bad lines; the appender survives crashes."""
from __future__ import annotations

import pytest

from modelcall.errors import InputError
from modelcall.io import JsonlAppender, ReadStats, read_jsonl, read_jsonl_numbered, repair_torn_tail


def test_bad_line_is_an_error_naming_file_and_line(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"a": 1}\n\n{"a": 2\n{"a": 3}\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(read_jsonl(path))
    assert str(info.value).startswith(f"input error: {path}:3: invalid JSON")
    assert "on_bad_line: skip" in str(info.value)


def test_non_object_line_is_bad(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"a": 1}\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"x\.jsonl:2: expected a JSON object, got list"):
        list(read_jsonl(path))


def test_skip_counts_bad_lines(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"a": 1}\nnot json\n{"a": "中文"}\n', encoding="utf-8")
    stats = ReadStats()
    rows = list(read_jsonl_numbered(path, on_bad_line="skip", stats=stats))
    assert rows == [(1, {"a": 1}), (3, {"a": "中文"})]
    assert stats.skipped == 1 and stats.records == 2
    assert stats.skipped_examples[0].startswith(f"{path}:2: invalid JSON")


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        list(read_jsonl(tmp_path / "none.jsonl"))


def test_torn_tail_is_dropped_when_tolerated(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"id": 1}\n{"id": 2}\n{"id": 3, "te')
    stats = ReadStats()
    assert [r["id"] for r in read_jsonl(path, stats=stats, tolerate_torn_tail=True)] == [1, 2]
    assert stats.torn_tail
    with pytest.raises(InputError, match=r"out\.jsonl:3"):
        list(read_jsonl(path))


def test_appender_repairs_torn_tail_before_appending(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"id": 1}\n{"id": 2, "half')
    assert repair_torn_tail(path) > 0
    path.write_bytes(b'{"id": 1}\n{"id": 2, "half')
    with JsonlAppender(path, flush_every=2) as out:
        out.write({"id": 3})
        out.write({"id": 4, "text": "完整"})
    assert [r["id"] for r in read_jsonl(path)] == [1, 3, 4]


def test_appender_flushes_in_batches(tmp_path):
    path = tmp_path / "out.jsonl"
    out = JsonlAppender(path, flush_every=3, flush_interval_s=3600)
    out.write({"i": 1})
    out.write({"i": 2})
    assert path.read_bytes() == b""
    out.write({"i": 3})
    assert len(path.read_bytes().splitlines()) == 3
    out.write({"i": 4})
    out.close()
    assert len(list(read_jsonl(path))) == 4


def test_a_utf8_bom_and_crlf_line_ends_are_read(tmp_path):
    """Files saved by Windows editors start with a BOM and end lines with CRLF; both are legal JSON text."""
    path = tmp_path / "bom.jsonl"
    path.write_bytes('\ufeff{"id": 1, "t": "中文"}\r\n{"id": 2}\r\n'.encode("utf-8"))
    assert list(read_jsonl(path)) == [{"id": 1, "t": "中文"}, {"id": 2}]
