"""select (L5): quality score, best N per prompt, exact and near-duplicate removal, report."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from modelcall.selection.dedup import (
    STRING_TOKEN,
    CodeFingerprinter,
    NearDuplicateIndex,
    normalise_tokens,
    normalised_hash,
)
from modelcall.selection.scoring import ScoringConfig, quality_score
from modelcall.tasks import run_task_mapping

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "select" / "validated_small.jsonl"


def _records() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


def _run(tmp_path: Path, **extra) -> tuple[list[dict], list[dict], dict]:
    mapping = {
        "task_name": "select_test",
        "task_type": "select",
        "input_path": str(FIXTURE),
        "output_path": str(tmp_path / "selected.jsonl"),
        "rejected_path": str(tmp_path / "rejected.jsonl"),
        "reports_dir": str(tmp_path / "reports"),
        "progress": False,
        **extra,
    }
    outcome = run_task_mapping(mapping, "test")
    assert outcome.status == "ok"
    read = lambda p: [json.loads(x) for x in Path(p).read_text(encoding="utf-8").splitlines()]  # noqa: E731
    report = json.loads((tmp_path / "reports" / "select_test.json").read_text(encoding="utf-8"))
    return read(tmp_path / "selected.jsonl"), read(tmp_path / "rejected.jsonl"), report


def test_normalisation_drops_comments_whitespace_and_literals():
    a = "const s = 'a // not a comment'; // real comment\nlet n = 0xff + 3.5; /* block */ f(`t${x}`);"
    b = 'const   s = "other";\nlet n = 12 + 7;\nf(`u`);'
    assert normalise_tokens(a) == normalise_tokens(b)
    assert normalise_tokens(a)[:5] == ["const", "s", "=", STRING_TOKEN, ";"]
    assert normalised_hash(a) == normalised_hash(b)
    assert normalised_hash(a) != normalised_hash(b.replace("f(", "g("))


def test_minhash_similarity_tracks_edits():
    code = next(r["code"] for r in _records() if r["request_id"] == "demo_spawn_v0")
    fp = CodeFingerprinter(num_perm=128)
    base = fp.minhash(code)
    assert base.jaccard(fp.minhash(code.replace("0xffdd00", "0x00ff00"))) == 1.0
    small_edit = fp.minhash(code.replace("this.count += 1;", "this.count += 1;\n    this.cameras.main.shake(50);"))
    other = fp.minhash(next(r["code"] for r in _records() if r["request_id"] == "demo_tween_v0"))
    assert base.jaccard(small_edit) >= 0.85
    assert base.jaccard(other) < 0.3
    index = NearDuplicateIndex(threshold=0.85, num_perm=128)
    index.add("spawn", base)
    assert index.find(small_edit)[0] == "spawn"
    assert index.find(other) is None


def test_quality_score_rewards_passing_layers_hints_and_api_truth():
    by_id = {r["request_id"]: r for r in _records()}
    cfg = ScoringConfig()
    best, parts = quality_score(by_id["demo_rot_v0"], cfg)
    assert parts["layers"] == 1.0 and parts["hints"] == 1.0 and parts["runtime_clean"] == 1.0
    hint_fail, _ = quality_score(by_id["demo_rot_v2"], cfg)
    api_miss, api_parts = quality_score(by_id["demo_spawn_v1"], cfg)
    failed, failed_parts = quality_score(by_id["demo_rot_v3"], cfg)
    assert best > hint_fail and best > api_miss and best > failed
    assert api_parts["api_hits"] < 1.0 and failed_parts["layers"] == 0.0
    assert 0.0 <= failed <= best <= 1.0
    # weights come from config: with only the api weight on, an API miss is all that counts
    only_api = ScoringConfig.model_validate({"weights": {k: 0 for k in parts} | {"api_hits": 1}})
    assert quality_score(by_id["demo_rot_v2"], only_api)[0] == 1.0
    assert quality_score(by_id["demo_spawn_v1"], only_api)[0] == pytest.approx(api_parts["api_hits"], abs=1e-4)


def test_select_keeps_best_per_prompt_and_reports_drops(tmp_path):
    selected, rejected, report = _run(tmp_path)
    ids = [r["request_id"] for r in selected]
    assert ids == ["demo_rot_v0", "demo_spawn_v0", "demo_spawn_v1", "demo_move_v0", "demo_tween_v0", "demo_cam_v0"]
    spawn = {r["request_id"]: r for r in selected if r["prompt_id"] == "demo_spawn"}
    assert spawn["demo_spawn_v0"]["selection"]["rank"] == 1 and spawn["demo_spawn_v1"]["selection"]["rank"] == 2
    assert all(r["selection"]["near_duplicate_of"] is None and 0 < r["quality_score"] <= 1 for r in selected)

    why = {r["request_id"]: r["selection"] for r in rejected}
    assert why["demo_rot_v1"]["dropped"] == "exact_duplicate" and why["demo_rot_v1"]["near_duplicate_of"] == "demo_rot_v0"
    assert why["demo_rot_v2"]["dropped"] == "near_duplicate_same_prompt"
    assert why["demo_cam_v1"]["dropped"] == "near_duplicate_other_prompt"
    assert why["demo_cam_v1"]["near_duplicate_of"] == "demo_move_v0"
    assert {why[i]["dropped"] for i in ("demo_rot_v3", "demo_spawn_v2", "demo_move_v1", "demo_tween_v1")} == {"not_passed"}
    assert len(selected) + len(rejected) == 13

    counts = report["counts"]
    assert counts["records_in"] == 13 and counts["selected"] == 6 and counts["dropped_not_passed"] == 4
    assert report["drops"]["near_duplicate_other_prompt"]["examples"][0]["near_duplicate_of"] == "demo_move_v0"
    assert report["not_passed_first_failed_layer"] == {"l1": 1, "l2": 1, "l3": 1, "l4": 1}
    dist = report["score_distribution"]["selected"]
    assert dist["n"] == 6 and sum(dist["counts"]) == 6 and dist["min"] <= dist["p50"] <= dist["max"]
    assert [(r["stage"], r["count"]) for r in report["funnel"]] == [("validated", 13), ("passed", 9), ("eligible", 9),
                                                                    ("selected", 6)]
    failures = {(r["stage"], r["reason"]): r for r in report["failures"]}
    assert {k: v["count"] for k, v in failures.items() if k[0] == "passed"} == {
        ("passed", "l1:lint"): 1, ("passed", "l2:api_miss"): 1, ("passed", "l3:runtime_error"): 1, ("passed", "l4:hint_fail"): 1}
    assert failures[("select", "exact_duplicate")]["count"] == 1
    assert failures[("select", "near_duplicate_other_prompt")]["examples"][0]["id"] == "demo_cam_v1"
    assert [d["title"] for d in report["distributions"]] == ["quality score (selected)", "quality score (eligible)"]


def test_per_prompt_limit_scope_and_threshold_come_from_config(tmp_path):
    selected, rejected, report = _run(
        tmp_path, selection={"per_prompt": 1, "dedup": {"scope": "prompt", "threshold": 0.95}}
    )
    ids = {r["request_id"] for r in selected}
    # within a prompt only: the cross-prompt copy survives; at 0.95 the one-line edit is no duplicate,
    # but per_prompt=1 leaves only the best per prompt
    assert "demo_cam_v1" not in ids and "demo_cam_v0" in ids and "demo_spawn_v1" not in ids
    assert len(selected) == 5
    why = {r["request_id"]: r["selection"]["dropped"] for r in rejected}
    assert why["demo_spawn_v1"] == "beyond_per_prompt_limit"
    assert why["demo_rot_v2"] == "beyond_per_prompt_limit"
    assert report["counts"]["dropped_beyond_per_prompt_limit"] >= 2


def test_missing_input_is_a_user_error(tmp_path):
    from modelcall.errors import InputError

    with pytest.raises(InputError, match="run the filter task first"):
        run_task_mapping(
            {"task_name": "s", "task_type": "select", "input_path": str(tmp_path / "nope.jsonl"),
             "output_path": str(tmp_path / "o.jsonl"), "reports_dir": str(tmp_path)},
            "test",
        )


def test_code_that_is_not_text_names_the_line_and_empty_code_is_dropped(tmp_path):
    from modelcall.errors import InputError

    good = _records()[0]
    rows = [dict(good, request_id="empty_v0", prompt_id="empty", code=""), dict(good, request_id="none_v0", prompt_id="none", code=None)]
    src = tmp_path / "v.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    mapping = {"task_name": "s", "task_type": "select", "input_path": str(src), "output_path": str(tmp_path / "o.jsonl"),
               "reports_dir": str(tmp_path / "reports"), "progress": False}
    outcome = run_task_mapping(mapping, "test")
    assert outcome.status == "ok" and outcome.report.counts["dropped_no_code"] == 2
    with src.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(dict(good, request_id="num_v0", code=123)) + "\n")
    with pytest.raises(InputError, match=r"v\.jsonl:3: code is int"):
        run_task_mapping(mapping, "test")


def test_unvalidated_candidates_are_an_input_error_unless_passing_is_not_required(tmp_path):
    from modelcall.errors import InputError

    rows = [{k: v for k, v in r.items() if k not in ("passed", "layers", "validation")} for r in _records()]
    src = tmp_path / "candidates.jsonl"  # e.g. the parse task's output given by mistake
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    mapping = {"task_name": "s", "task_type": "select", "input_path": str(src), "output_path": str(tmp_path / "o.jsonl"),
               "reports_dir": str(tmp_path / "reports"), "progress": False}
    with pytest.raises(InputError, match="no record has a 'passed' field"):
        run_task_mapping(mapping, "test")
    outcome = run_task_mapping(dict(mapping, selection={"require_passed": False}), "test")
    assert outcome.status == "ok" and outcome.report.counts["selected"] > 0


def test_a_bom_blank_and_bad_lines_keep_every_record_matched_to_its_line(tmp_path):
    """Pass 2 re-reads only the lines it writes; the line numbers must still match pass 1's."""
    lines = FIXTURE.read_bytes().splitlines()
    messy = tmp_path / "messy.jsonl"
    messy.write_bytes(b"\xef\xbb\xbf" + lines[0] + b"\n\n" + b"{not json\n" + b"\n".join(lines[1:]) + b"\n")
    plain_selected, plain_rejected, _ = _run(tmp_path / "plain")
    selected, rejected, report = _run(tmp_path / "messy", input_path=str(messy), on_bad_line="skip")
    assert selected == plain_selected
    assert rejected == plain_rejected
    assert report["input"]["skipped_bad_lines"] == 1 and report["input"]["blank"] == 1


def test_signature_arrays_equal_the_minhash_values_and_index_alike():
    codes = [r["code"] for r in _records()]
    fp = CodeFingerprinter(num_perm=128)
    by_array, by_minhash = NearDuplicateIndex(0.85, 128), NearDuplicateIndex(0.85, 128)
    verdicts = []
    for i, code in enumerate(codes):
        sig, mh = fp.signature(code), fp.minhash(code)
        assert list(sig) == list(mh.hashvalues)
        found_a, found_m = by_array.find(sig), by_minhash.find(mh)
        assert found_a == found_m
        verdicts.append(found_a)
        if found_a is None:
            by_array.add(i, sig)
            by_minhash.add(i, mh)
    assert any(v is not None for v in verdicts) and any(v is None for v in verdicts)
    assert list(fp.signature("")) == list(fp.minhash("").hashvalues)
    with pytest.raises(ValueError, match="already"):
        by_array.add(0, fp.signature(codes[0]))


def test_fields_are_appended_to_the_line_or_set_in_place_when_the_record_has_them():
    from modelcall.runners.select import with_fields

    fields = {"quality_score": 0.5, "selection": {"rank": 1, "near_duplicate_of": None}}
    plain = '{"request_id":"a","code":"x = \\"}\\"","t":"分数"}\r\n'.encode()
    line = with_fields(plain, fields)
    assert line.endswith(b"}\n") and line.count(b"\n") == 1
    assert json.loads(line) == {**json.loads(plain), **fields}
    assert list(json.loads(line)) == ["request_id", "code", "t", "quality_score", "selection"]
    again = with_fields(line, {"quality_score": 0.9, "selection": {"rank": 2}})  # select run on its own output
    assert list(json.loads(again)) == ["request_id", "code", "t", "quality_score", "selection"]
    assert json.loads(again)["quality_score"] == 0.9 and json.loads(again)["selection"] == {"rank": 2}
    assert json.loads(with_fields(b"{ }\n", fields)) == fields
    spaced = with_fields(b'  { "a" : 1 }  \n', fields)
    assert json.loads(spaced) == {"a": 1, **fields}


def test_selected_and_rejected_lines_hold_the_input_record_plus_the_selection(tmp_path):
    selected, rejected, _ = _run(tmp_path)
    source = {r["request_id"]: r for r in _records()}
    assert selected and rejected
    for record in selected + rejected:
        extra = {k: record[k] for k in ("quality_score", "selection")}
        assert {k: v for k, v in record.items() if k not in extra} == source[record["request_id"]]
    assert all(set(r["selection"]) == {"rank", "near_duplicate_of", "components"} for r in selected)
    assert all(set(r["selection"]) == {"rank", "near_duplicate_of", "components", "dropped", "similarity"} for r in rejected)
