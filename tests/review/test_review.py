"""review (L6): stratified sample, a self-contained page that renders in headless Chromium, the sheet."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from modelcall.review.sample import cell_of, stratified_sample
from modelcall.tasks import run_task_mapping

DATA = Path(__file__).resolve().parents[1] / "data"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture
def selected(tmp_path: Path) -> tuple[Path, Path]:
    outcome = run_task_mapping(
        {"task_name": "select_fixture", "task_type": "select", "input_path": str(DATA / "select" / "validated_small.jsonl"),
         "output_path": str(tmp_path / "selected.jsonl"), "rejected_path": str(tmp_path / "rejected.jsonl"),
         "reports_dir": str(tmp_path / "reports"), "progress": False},
        "test",
    )
    assert outcome.status == "ok"
    return tmp_path / "selected.jsonl", tmp_path / "rejected.jsonl"


def _review(tmp_path: Path, selected: Path, rejected: Path | None, **extra) -> dict:
    mapping = {"task_name": "review_test", "task_type": "review", "input_path": str(selected),
               "output_path": str(tmp_path / "review" / "review.html"), "reports_dir": str(tmp_path / "reports"),
               "screenshot_root": str(DATA.parent.parent), "progress": False, **extra}
    if rejected:
        mapping["rejected_path"] = str(rejected)
    outcome = run_task_mapping(mapping, "test")
    assert outcome.status == "ok"
    return json.loads((tmp_path / "reports" / "review_test.json").read_text(encoding="utf-8"))


def test_stratified_sample_gives_each_cell_its_share():
    records = [{"request_id": f"r{i}", "prompt_meta": {"difficulty": d, "modules": m}}
               for i, (d, m) in enumerate([("easy", ["A"])] * 60 + [("hard", ["B"])] * 30 + [("medium", ["A", "B"])] * 10)]
    picked = stratified_sample(records, 10, seed=1)
    assert Counter(cell_of(r) for r in picked) == {"easy|A": 6, "hard|B": 3, "medium|A+B": 1}
    assert [r["request_id"] for r in picked] == [r["request_id"] for r in stratified_sample(records, 10, seed=1)]
    assert len({r["request_id"] for r in picked}) == 10


@pytest.mark.browser
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs /usr/bin/chromium (scripts/setup.sh installs it)")
def test_page_renders_all_samples_with_images_offline(tmp_path, selected):
    from playwright.sync_api import sync_playwright

    report = _review(tmp_path, *selected, rate=0.5, rejected_rate=1.0, min_samples=2)
    n = report["counts"]["samples"]
    assert report["counts"]["selected_sampled"] == 3 and report["counts"]["rejected_sampled"] == 7 and n == 10
    page_path = tmp_path / "review" / "review.html"
    html = page_path.read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html  # nothing to fetch
    requests: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.on("request", lambda req: requests.append(req.url))
            page.goto(page_path.as_uri())
            page.wait_for_load_state("load")
            assert page.locator("section.sample").count() == n
            assert page.locator("section.sample[data-origin=rejected]").count() == 7
            assert page.locator(".hl .k, .hl .kd").count() > 0  # keywords highlighted
            images = page.evaluate(
                "Array.from(document.images).map(i => ({ok: i.complete && i.naturalWidth > 0, src: i.src.slice(0, 22)}))"
            )
            assert images and all(img["ok"] and img["src"] == "data:image/png;base64," for img in images)
            # every sample with a screenshot shows it; those without say why
            assert len(images) + page.locator("section.sample p.missing", has_text="screenshot").count() == n
            assert page.locator("text=TypeError: cannot read properties of undefined").count() >= 1
            # the download button builds the sheet from the form
            first = page.locator("section.sample").first
            first.locator("input[value=reject]").check()
            first.locator("textarea").fill("颜色不对")
            with page.expect_download() as info:
                page.click("#download")
            rows = [json.loads(x) for x in Path(info.value.path()).read_text(encoding="utf-8").splitlines()]
            assert rows[0]["verdict"] == "reject" and rows[0]["notes"] == "颜色不对" and len(rows) == n
        finally:
            browser.close()
    assert all(url.startswith(("file://", "data:", "blob:")) for url in requests), requests


def test_sheet_keeps_verdicts_on_rerun_and_sft_build_honours_it(tmp_path, selected):
    _review(tmp_path, selected[0], None, rate=1.0)
    sheet = tmp_path / "review" / "review_sheet.jsonl"
    rows = [json.loads(x) for x in sheet.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 6 and all(r["verdict"] == "" for r in rows)
    rows[0].update(verdict="reject", notes="hint not met")
    sheet.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    report = _review(tmp_path, selected[0], None, rate=1.0)
    assert report["counts"]["verdicts_kept"] == 1
    again = {r["id"]: r for r in (json.loads(x) for x in sheet.read_text(encoding="utf-8").splitlines())}
    assert again[rows[0]["id"]]["verdict"] == "reject"
    assert 'value="reject" checked' in (tmp_path / "review" / "review.html").read_text(encoding="utf-8")
    # a smaller sample that leaves the judged id out still keeps its verdict (at the end, in_sample false)
    report = _review(tmp_path, selected[0], None, rate=0.01, min_samples=1, seed=7)
    again = {r["id"]: r for r in (json.loads(x) for x in sheet.read_text(encoding="utf-8").splitlines())}
    assert again[rows[0]["id"]]["verdict"] == "reject"
    assert sum(r["in_sample"] for r in again.values()) == 1

    outcome = run_task_mapping(
        {"task_name": "sft", "task_type": "sft_build", "input_path": str(selected[0]), "output_dir": str(tmp_path / "sft"),
         "review_sheet_path": str(sheet), "split": {"ratios": {"train": 1.0}}, "reports_dir": str(tmp_path / "reports"),
         "progress": False},
        "test",
    )
    ids = {json.loads(x)["metadata"]["id"] for x in (tmp_path / "sft" / "train.jsonl").read_text(encoding="utf-8").splitlines()}
    assert rows[0]["id"] not in ids and len(ids) == 5 and outcome.report.counts["excluded_by_review"] == 1


def test_bad_verdict_is_an_input_error(tmp_path, selected):
    from modelcall.errors import InputError
    from modelcall.review.sheet import rejected_ids

    sheet = tmp_path / "s.jsonl"
    sheet.write_text('{"id": "a", "verdict": "maybe"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="s.jsonl:1: verdict 'maybe'"):
        rejected_ids([sheet])


def test_an_id_given_twice_is_reviewed_once(tmp_path, selected):
    sel, _ = selected
    lines = sel.read_text(encoding="utf-8").splitlines()
    doubled = tmp_path / "doubled.jsonl"
    doubled.write_text("\n".join(lines + lines[:2]) + "\n", encoding="utf-8")  # e.g. two selected files concatenated
    report = _review(tmp_path, doubled, None, rate=1.0)
    sheet = [json.loads(x) for x in (tmp_path / "review" / "review_sheet.jsonl").read_text(encoding="utf-8").splitlines()]
    ids = [row["id"] for row in sheet]
    assert len(ids) == len(set(ids)) == len(lines) == report["counts"]["samples"]
    assert report["counts"]["duplicate_ids_skipped"] == 2
    assert [(r["stage"], r["count"]) for r in report["funnel"]] == [
        ("selected records", len(lines)), ("selected sampled", len(lines)), ("samples", len(lines))]
    dupes = next(f for f in report["failures"] if (f["stage"], f["reason"]) == ("sample", "duplicate_id"))
    first_two = [str(json.loads(x)["request_id"]) for x in lines[:2]]
    assert dupes["count"] == 2 and [e["id"] for e in dupes["examples"]] == first_two


def test_a_rejected_duplicate_names_the_sample_it_repeats(tmp_path, selected):
    sel, _ = selected
    first = json.loads(sel.read_text(encoding="utf-8").splitlines()[0])
    twin = dict(first, request_id="twin_v9", selection={"dropped": "near_duplicate_same_prompt",
                                                        "near_duplicate_of": first["request_id"], "similarity": 0.91})
    rejected = tmp_path / "rej.jsonl"
    rejected.write_text(json.dumps(twin, ensure_ascii=False) + "\n", encoding="utf-8")
    _review(tmp_path, sel, rejected, rate=1.0, rejected_rate=1.0)
    html = (tmp_path / "review" / "review.html").read_text(encoding="utf-8")
    assert f"rejected: near_duplicate_same_prompt of {first['request_id']} (J≈0.91)" in html
