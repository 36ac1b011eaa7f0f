"""select (L5): score validated candidates, keep the best few per prompt, drop near-duplicates."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import orjson
from pydantic import Field

from modelcall.config.paths import Input, Output
from modelcall.config.schema import TaskConfig
from modelcall.errors import InputError
from modelcall.gcpolicy import fewer_collections
from modelcall.io import AtomicWriter, ReadStats, dumps_line, read_jsonl_numbered
from modelcall.progress import progress_bar
from modelcall.runners import register
from modelcall.runners.base import Runner
from modelcall.selection.select import SelectionConfig, SelectionResult, choose, histogram, summarise


class SelectConfig(TaskConfig):
    input_path: Annotated[str, Input] = Field(description="validated.jsonl written by the filter task")
    output_path: Annotated[str, Output] = Field(description="selected.jsonl: the kept records + quality_score + selection{}")
    rejected_path: Annotated[str | None, Output] = Field(
        None, description="optional: every record not selected, with quality_score and selection.dropped (for review)"
    )
    selection: SelectionConfig = Field(default_factory=SelectionConfig)
    histogram_bins: int = Field(10, ge=2, le=100, description="bins of the score distribution in the report")


@register
class SelectRunner(Runner[SelectConfig]):
    task_type = "select"
    summary = "L5: quality score, best N per prompt, MinHash near-duplicate removal"
    config_class = SelectConfig

    def run(self) -> None:
        with fewer_collections():  # 100,000 summaries kept alive: default thresholds rescan them over and over
            self._run()

    def _run(self) -> None:
        from modelcall.validator.funnel import first_failure

        cfg = self.config
        if not Path(cfg.input_path).exists():
            raise InputError(f"{cfg.input_path}: file not found (input_path: run the filter task first)")
        stats = ReadStats()
        entries = []
        failed_layers: Counter[str] = Counter()
        validated_seen = False
        passed = 0
        with self.report.timer("score"), progress_bar(desc="score", unit="rec") as bar:
            for lineno, record in read_jsonl_numbered(cfg.input_path, cfg.on_bad_line, stats):
                code = record.get("code")
                if code is not None and not isinstance(code, str):
                    raise InputError(
                        f"{cfg.input_path}:{lineno}: code is {type(code).__name__}, expected the program text as a string"
                    )
                entries.append(summarise(lineno, record, cfg.selection, failed_layers))
                validated_seen = validated_seen or "passed" in record
                passed += record.get("passed") is True
                if record.get("passed") is False:
                    reason, message, line = first_failure(record)
                    self.report.failure("passed", reason, record.get("request_id"), message, line)
                bar.update(1)
        if entries and cfg.selection.require_passed and not validated_seen:
            raise InputError(
                f"{cfg.input_path}: no record has a 'passed' field (not validated): give the filter task's output, "
                "or set selection.require_passed: false"
            )
        with self.report.timer("select"):
            result = choose(entries, cfg.selection)
            result.not_passed_layers = failed_layers
        with self.report.timer("write"):
            self._write(result)

        selected_scores = [e.score for e in result.entries.values() if e.rank is not None]
        eligible_scores = [e.score for e in result.entries.values() if e.eligible]
        all_scores = [e.score for e in result.entries.values()]
        self.report.count("records_in", stats.records)
        self.report.count("eligible", len(eligible_scores))
        self.report.count("selected", len(selected_scores))
        self.report.count("prompts", result.prompts)
        self.report.count("prompts_selected", result.prompts_selected)
        for reason, n in result.drops.items():
            self.report.count(f"dropped_{reason}", n)
        self.report.set("input", stats.as_dict())
        self.report.set(
            "drops",
            {
                reason: {"count": n, "examples": result.drop_examples[reason]}
                for reason, n in result.drops.most_common()
            },
        )
        self.report.set("not_passed_first_failed_layer", dict(result.not_passed_layers))
        self.report.set("prompts_without_selection", result.prompts_without_selection[:100])
        distribution = {
            "all": histogram(all_scores, cfg.histogram_bins),
            "eligible": histogram(eligible_scores, cfg.histogram_bins),
            "selected": histogram(selected_scores, cfg.histogram_bins),
        }
        self.report.set("score_distribution", distribution)
        self.report.stage("validated", stats.records)
        if validated_seen:
            self.report.stage("passed", passed)
        self.report.stage("eligible", len(eligible_scores))
        self.report.stage("selected", len(selected_scores))
        for reason, n in result.drops.most_common():
            if reason == "not_passed":  # filed under "passed" with each record's own reason
                continue
            examples = result.drop_examples[reason]
            for e in examples:
                dup = f", duplicate of {e['near_duplicate_of']} (J≈{e.get('similarity')})" if e.get("near_duplicate_of") else ""
                self.report.failure("select", reason, e.get("request_id"), f"score {e.get('score')}{dup}", n=0)
            self.report.failure("select", reason, n=n)
        for name in ("selected", "eligible"):
            d = distribution[name]
            self.report.distribution(f"quality score ({name})", d["counts"], d["edges"],
                                     {k: d[k] for k in ("n", "mean", "p10", "p50", "p90") if k in d})
        self.report.artifact("selected", cfg.output_path)
        if cfg.rejected_path:
            self.report.artifact("rejected", cfg.rejected_path)
        self.log.info(
            "selected %d of %d candidates (%d of %d prompts); dropped: %s",
            len(selected_scores),
            stats.records,
            result.prompts_selected,
            result.prompts,
            ", ".join(f"{k}={v}" for k, v in result.drops.most_common()) or "none",
        )

    def _write(self, result: SelectionResult) -> None:
        cfg = self.config
        rejected_writer = AtomicWriter(cfg.rejected_path) if cfg.rejected_path else None
        rejected = rejected_writer.__enter__() if rejected_writer else None
        ok = False
        try:
            with AtomicWriter(cfg.output_path) as out, open(cfg.input_path, "rb") as handle:
                # pass 1 numbered every line it parsed; only the lines written again are parsed again
                for lineno, raw in enumerate(handle, 1):
                    entry = result.entries.get(lineno)
                    if entry is None or (entry.rank is None and rejected is None):
                        continue
                    selection = {
                        "rank": entry.rank,
                        "near_duplicate_of": entry.duplicate_of,
                        "components": {k: round(v, 4) for k, v in entry.components.items()},
                    }
                    if entry.rank is None:
                        selection["dropped"] = entry.drop
                        selection["similarity"] = entry.similarity
                    line = with_fields(raw[3:] if lineno == 1 and raw.startswith(b"\xef\xbb\xbf") else raw,
                                       {"quality_score": entry.score, "selection": selection})
                    (out if entry.rank is not None else rejected).write(line)  # type: ignore[union-attr]
            ok = True
        finally:
            if rejected_writer is not None:
                rejected_writer.__exit__(None if ok else RuntimeError, None, None)


def with_fields(raw: bytes, fields: dict[str, object]) -> bytes:
    """The JSON object line ``raw`` with ``fields`` set, as one JSONL line.

    Appended to the line's own bytes when none of the keys is in it (no second parse and dump of a
    record of several KB); otherwise parsed, updated in place (the key keeps its position) and dumped.
    """
    body = raw.strip()
    head = body[:-1].rstrip()
    if body.endswith(b"}") and not head.endswith(b"{") and not any(f'"{k}"'.encode() in body for k in fields):
        return head + b"," + orjson.dumps(fields)[1:] + b"\n"
    record = orjson.loads(raw)
    record.update(fields)
    return dumps_line(record)
