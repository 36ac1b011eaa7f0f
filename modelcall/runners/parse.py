"""parse: raw teacher outputs -> candidates.jsonl + codes/<sha256>.js + parse rate and error distribution."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

from pydantic import Field

from modelcall.config.paths import Input, Output
from modelcall.config.schema import TaskConfig
from modelcall.errors import InputError, TaskFailed
from modelcall.io import AtomicWriter, ReadStats, count_lines, dumps_line, read_jsonl_numbered
from modelcall.progress import progress_bar
from modelcall.runners import register
from modelcall.runners.base import Chunking, Runner


class ParseConfig(TaskConfig):
    input_path: Annotated[str, Input] = Field(description="raw outputs JSONL (response_generation's, or your own with raw_output/text)")
    output_path: Annotated[str, Output] = Field(description="candidates JSONL, written atomically")
    codes_dir: Annotated[str | None, Output] = Field(None, description="folder for <sha256>.js program files; default <output dir>/codes")
    text_field: str | None = Field(
        None, description="the field holding the answer; default the first of text, raw_output, output, response"
    )
    strip_phaser_import: bool = Field(
        False, description="remove `import Phaser from 'phaser'` lines (the runtime provides the global)"
    )
    min_parse_rate: float | None = Field(
        None, ge=0.0, le=1.0, description="fail the task (exit 1) when fewer rows parse; candidates are still written"
    )


@register
class ParseRunner(Runner[ParseConfig]):
    task_type = "parse"
    summary = "parse teacher outputs into plan + code candidates (candidates.jsonl, codes/<sha256>.js)"
    config_class = ParseConfig
    chunking = Chunking(input_id_keys=("request_id", "id", "custom_id"))

    def run(self) -> None:
        from modelcall.parsing.candidates import CandidateBuilder

        cfg = self.config
        out = Path(cfg.output_path)
        codes_dir = Path(cfg.codes_dir) if cfg.codes_dir else out.parent / "codes"
        builder = CandidateBuilder(codes_dir, cfg.text_field, cfg.strip_phaser_import)
        stats = ReadStats()
        skipped_no_id: list[str] = []
        total = count_lines(cfg.input_path) if Path(cfg.input_path).is_file() else 0
        with self.report.timer("parse"), AtomicWriter(out) as handle, progress_bar(total, "parse", "row") as bar:
            for lineno, row in read_jsonl_numbered(cfg.input_path, cfg.on_bad_line, stats):
                bar.update(1)
                where = f"{cfg.input_path}:{lineno}"
                request_id = builder.request_id_of(row)
                if request_id is None:
                    message = f"{where}: the row has no request_id or id"
                    if cfg.on_bad_line == "skip":
                        skipped_no_id.append(message)
                        continue
                    raise InputError(message + " (add one, or set on_bad_line: skip to skip and count such rows)")
                candidate = builder.build(row, request_id, where)
                handle.write(dumps_line(candidate))
                if not candidate.get("parse_ok"):
                    first = (candidate.get("parse_errors") or ["unparsed"])[0]
                    first = first if isinstance(first, str) else json.dumps(first, ensure_ascii=False)
                    self.report.failure("parse", first.split(":")[0][:80], request_id, first)
        tally = builder.tally.as_dict()
        self.report.stage("raw outputs", stats.records)
        self.report.stage("candidates", tally["rows"])
        self.report.stage("parsed", tally["parse_ok"])
        self.report.count("rows_in", stats.records)
        self.report.count("candidates_out", tally["rows"])
        self.report.count("parse_ok", tally["parse_ok"])
        self.report.count("parse_failed", tally["parse_failed"])
        self.report.count("skipped_bad_lines", stats.skipped)
        self.report.count("skipped_rows_without_id", len(skipped_no_id))
        self.report.set("parse", tally)
        self.report.set("input", stats.as_dict() | {"rows_without_id": skipped_no_id[:5]})
        self.report.artifact("candidates", out)
        self.report.artifact("codes", codes_dir)
        self.log.info(
            "parsed %d/%d rows (%.1f%%); errors %s", tally["parse_ok"], tally["rows"], 100 * tally["parse_rate"],
            tally["errors"] or "none",
        )
        if cfg.min_parse_rate is not None and tally["parse_rate"] < cfg.min_parse_rate:
            raise TaskFailed(f"parse rate {tally['parse_rate']:.3f} is below min_parse_rate {cfg.min_parse_rate}")
