"""The result store: resume state, torn tails, error compaction."""
from __future__ import annotations

import orjson
import pytest

from modelcall.generation.store import ResultStore, default_errors_path


def rec(rid: str, **extra) -> dict:
    return {"request_id": rid, "text": "x", "cost_usd": 0.5, **extra}


def test_default_errors_path_sits_beside_the_output(tmp_path):
    assert default_errors_path(tmp_path / "raw_outputs.jsonl") == tmp_path / "raw_outputs.errors.jsonl"


def test_written_lines_are_seen_by_the_next_load(tmp_path):
    out = tmp_path / "out.jsonl"
    with ResultStore(out) as store:
        store.write_result(rec("a"))
        store.write_result(rec("b"))
        store.write_error({"request_id": "c", "error_type": "server_error"})
    again = ResultStore(out)
    again.load()
    assert again.done == {"a", "b"} and again.failed == {"c"}
    assert again.existing_cost_usd == 1.0


def test_no_errors_file_until_an_error(tmp_path):
    out = tmp_path / "out.jsonl"
    with ResultStore(out) as store:
        store.write_result(rec("a"))
    assert out.exists() and not default_errors_path(out).exists()


def test_a_torn_last_line_is_dropped_on_load_and_cut_before_appending(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(orjson.dumps(rec("a")) + b"\n" + b'{"request_id": "b", "te')
    store = ResultStore(out)
    store.load()
    assert store.done == {"a"} and store.torn_tails == 1
    with store:
        store.write_result(rec("b"))
    lines = out.read_bytes().splitlines()
    assert [orjson.loads(line)["request_id"] for line in lines] == ["a", "b"]


def test_compaction_keeps_the_latest_error_of_ids_not_done(tmp_path):
    out = tmp_path / "out.jsonl"
    with ResultStore(out) as store:
        store.write_error({"request_id": "a", "error_type": "timeout"})
        store.write_error({"request_id": "b", "error_type": "timeout"})
        store.write_error({"request_id": "b", "error_type": "server_error"})
        store.write_result(rec("a"))
    store = ResultStore(out)
    store.load()
    assert store.compact_errors() == 1
    lines = [orjson.loads(x) for x in default_errors_path(out).read_bytes().splitlines()]
    assert lines == [{"request_id": "b", "error_type": "server_error"}]


def test_a_corrupt_line_that_is_not_the_torn_tail_stops_the_resume_naming_file_and_line(tmp_path):
    from modelcall.errors import InputError

    out = tmp_path / "raw.jsonl"
    out.write_bytes(b'{"request_id": "a"}\nGARBAGE {{{\n{"request_id": "b"}\n')
    before = out.read_bytes()
    store = ResultStore(out)
    with pytest.raises(InputError, match=r"raw.jsonl:2: .*invalid JSON"):
        store.load()
    assert out.read_bytes() == before
