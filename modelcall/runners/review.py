"""review (L6): a stratified sample on one self-contained HTML page plus a JSONL sheet for verdicts."""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated

from pydantic import Field, model_validator

from modelcall.config.paths import Input, Output
from modelcall.config.schema import TaskConfig
from modelcall.errors import InputError
from modelcall.io import ReadStats, atomic_write_text, read_jsonl
from modelcall.runners import register
from modelcall.runners.base import Runner


class ReviewConfig(TaskConfig):
    input_path: Annotated[str, Input] = Field(description="selected.jsonl (select task)")
    rejected_path: Annotated[str | None, Input] = Field(
        None, description="optional: records that were not selected (select's rejected_path, or validated.jsonl)"
    )
    output_path: Annotated[str, Output] = Field(description="the HTML review page")
    sheet_path: Annotated[str | None, Output] = Field(None, description="review sheet JSONL; default <page name>_sheet.jsonl beside the page")
    rate: float = Field(0.05, gt=0, le=1, description="share of selected records to sample")
    rejected_rate: float | None = Field(None, ge=0, le=1, description="share of rejected records (default: rate)")
    min_samples: int = Field(3, ge=0, description="at least this many per origin (selected / rejected), when available")
    max_samples: int | None = Field(300, ge=1, description="at most this many per origin")
    seed: int = Field(42, description="sampling seed")
    screenshot_root: str | None = Field(
        None, description="folder relative screenshot paths are resolved against (default: working dir, then the input's folder)"
    )
    title: str = Field("modelcall review", description="page title")

    @model_validator(mode="after")
    def _default_sheet(self) -> ReviewConfig:
        if not self.sheet_path:  # filled here so that a pipeline can refer to {{steps.review.sheet_path}}
            page = Path(self.output_path)
            self.sheet_path = str(page.with_name(f"{page.stem}_sheet.jsonl"))
        return self


@register
class ReviewRunner(Runner[ReviewConfig]):
    task_type = "review"
    summary = "L6: stratified sample -> self-contained HTML review page + JSONL verdict sheet"
    config_class = ReviewConfig

    def run(self) -> None:
        from modelcall.review.page import render_page
        from modelcall.review.sample import cell_of, sample_size, stratified_sample
        from modelcall.review.sheet import write_sheet

        cfg = self.config
        page = Path(cfg.output_path)
        sheet = Path(cfg.sheet_path or page.with_name(f"{page.stem}_sheet.jsonl"))
        origins = [("selected", cfg.input_path, cfg.rate)]
        if cfg.rejected_path:
            origins.append(("rejected", cfg.rejected_path, cfg.rate if cfg.rejected_rate is None else cfg.rejected_rate))
        samples = []
        summary = []
        seen_ids: set[str] = set()  # one sample per id: a repeated id (files joined twice) would share its form
        for origin, path, rate in origins:
            if not Path(path).exists():
                key = "input_path" if origin == "selected" else "rejected_path"
                raise InputError(f"{path}: file not found ({key}: run the select task first)")
            stats = ReadStats()
            records = []
            for r in read_jsonl(path, cfg.on_bad_line, stats):
                if origin != "selected" and _is_kept(r):
                    continue
                rid = str(r.get("request_id") or r.get("id"))
                if rid in seen_ids:
                    self.report.count("duplicate_ids_skipped")
                    self.report.failure("sample", "duplicate_id", rid, f"already sampled from an earlier file ({path})")
                    continue
                seen_ids.add(rid)
                records.append(r)
            n = sample_size(len(records), rate, cfg.min_samples, cfg.max_samples) if rate > 0 else 0
            picked = stratified_sample(records, n, cfg.seed)
            samples.extend((rec, origin) for rec in picked)
            cells = Counter(cell_of(r) for r in picked)
            self.report.count(f"{origin}_in", len(records))
            self.report.count(f"{origin}_sampled", len(picked))
            self.report.stage(f"{origin} records", len(records))
            self.report.stage(f"{origin} sampled", len(picked), part_of=f"{origin} records")
            self.report.set(f"{origin}_sample_cells", dict(sorted(cells.items())))
            summary.append(f"{origin}: {len(picked)} of {len(records)} sampled ({rate:.0%} stratified by difficulty × modules) from {path}")

        rows = [
            {
                "id": str(rec.get("request_id") or rec.get("id")),
                "prompt_id": rec.get("prompt_id"),
                "origin": origin,
                "difficulty": (rec.get("prompt_meta") or {}).get("difficulty"),
                "modules": (rec.get("prompt_meta") or {}).get("modules"),
                "quality_score": rec.get("quality_score"),
                "verdict": "",
                "notes": "",
            }
            for rec, origin in samples
        ]
        kept = write_sheet(sheet, rows)
        from modelcall.review.sheet import read_sheet

        rows = list(read_sheet(sheet).values())
        roots = [Path(cfg.screenshot_root)] if cfg.screenshot_root else [Path.cwd(), Path(cfg.input_path).parent]
        summary.append(f"generated {datetime.now(timezone.utc).isoformat(timespec='seconds')}; sheet: {sheet.name} "
                       "(verdict accept | reject, notes; sft_build drops rejected ids)")
        html = render_page(cfg.title, samples, rows, sheet.name, summary, roots)
        atomic_write_text(page, html)
        missing = 0
        for rec, _ in samples:
            if not _has_image(rec, roots):
                missing += 1
                self.report.failure("page", "screenshot_missing", rec.get("request_id") or rec.get("id"),
                                    "no runtime screenshot found for the sample")
        self.report.stage("samples", len(samples))
        self.report.count("samples", len(samples))
        self.report.count("screenshots_missing", missing)
        self.report.count("verdicts_kept", kept)
        self.report.artifact("review_page", page)
        self.report.artifact("review_sheet", sheet)
        self.log.info("review page with %d samples: %s (sheet %s)", len(samples), page, sheet)


def _is_kept(record: dict) -> bool:
    """A record in a rejected/validated file that was in fact selected (validated.jsonl holds both)."""
    selection = record.get("selection") or {}
    return record.get("passed") is True and "dropped" not in selection and selection.get("rank") is not None


def _has_image(record: dict, roots: list[Path]) -> bool:
    from modelcall.review.page import image_data_uri

    shot = ((record.get("validation") or {}).get("runtime") or {}).get("screenshot")
    return image_data_uri(shot, roots)[0] is not None
