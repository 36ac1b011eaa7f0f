"""sft_build: selected candidates (+ validated supplements) -> LLaMA-Factory alpaca train/val/test."""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator, model_validator

from modelcall.config.paths import Input, OptionalInput, Output
from modelcall.config.schema import StrictModel, TaskConfig
from modelcall.errors import ConfigError, InputError, TaskFailed
from modelcall.io import ReadStats, atomic_write_json, atomic_write_jsonl, read_jsonl_numbered
from modelcall.runners import register
from modelcall.runners.base import Runner
from modelcall.validator.config import ValidatorConfig


class SupplementSource(StrictModel):
    path: Annotated[str, Input] = Field(description="JSONL of prompt->code pairs (the supplements task's output, or seed fields + code [+ plan])")
    source: str = Field("official", description="tag written to metadata.source")
    run_validator: bool = Field(True, description="pass the pairs through the validator (L1-L4) first; only passing ones enter")
    count: int | None = Field(None, ge=0, description="at most this many of its pairs enter (after dedup): best quality first, "
                              "taken round-robin over areas")
    share: float | None = Field(None, ge=0, lt=1, description="its pairs make at most this share of the written dataset "
                                "(e.g. 0.22 for ~1,000 beside ~3,500 distilled)")

    @model_validator(mode="after")
    def _one_limit(self) -> SupplementSource:
        if self.count is not None and self.share is not None:
            raise ValueError("set count or share, not both")
        return self


class SplitConfig(StrictModel):
    ratios: dict[str, float] = Field(
        default_factory=lambda: {"train": 0.9, "val": 0.05, "test": 0.05},
        description="split name -> share of records; every prompt_id lands in exactly one split",
    )
    seed: int = Field(42, description="shuffling seed: the same input and seed give the same split")

    @field_validator("ratios")
    @classmethod
    def _positive(cls, value: dict[str, float]) -> dict[str, float]:
        if not value or any(v < 0 for v in value.values()) or sum(value.values()) <= 0:
            raise ValueError("ratios must be non-negative with a positive sum, e.g. {train: 0.9, val: 0.05, test: 0.05}")
        return value


class SftDedupConfig(StrictModel):
    enabled: bool = Field(True, description="remove near-duplicate programs (exact duplicates are always removed)")
    threshold: float = Field(0.85, gt=0, le=1, description="estimated Jaccard of normalised code shingles")
    num_perm: int = Field(128, ge=16, le=1024)
    prefer: Literal["distilled", "supplements"] = Field(
        "distilled", description="which side survives when a distilled record and a supplement are duplicates"
    )


class SftBuildConfig(TaskConfig):
    input_path: Annotated[str, Input] = Field(description="selected.jsonl from the select task")
    output_dir: Annotated[str, Output] = Field(description="dataset folder: train/val/test.jsonl + dataset_info.json")
    dataset_name: str = Field("phaser_sft", description="registered as <dataset_name>_<split> in dataset_info.json")
    language: Literal["zh", "en"] = Field("zh", description="picks configs/prompts/sft_<language>.txt unless template_path is set")
    template_path: Annotated[str | None, Input] = Field(None, description="SFT prompt template file (sections [system] [instruction] [input])")
    output_contract: Literal["plan_block", "json_plan"] = Field(
        "plan_block", description="answer format: [PLAN]...[/PLAN] + ```javascript, or plan: {json} + code:"
    )
    system: str | None = Field(None, description="system prompt; default: the template's [system] section")
    supplements: list[SupplementSource] = Field(default_factory=list, description="extra prompt->code pairs")
    validator: ValidatorConfig = Field(default_factory=ValidatorConfig, description="validator settings for supplements")
    review_sheet_path: Annotated[str | list[str] | None, Input] = Field(
        None, description="review sheet(s) from the review task: ids with verdict reject are left out"
    )
    split: SplitConfig = Field(default_factory=SplitConfig)
    dedup: SftDedupConfig = Field(default_factory=SftDedupConfig)
    tokenizer_path: Annotated[str | None, OptionalInput] = Field(
        None, description="HF tokenizer name or folder for exact length stats (needs transformers); default approximate"
    )


@register
class SftBuildRunner(Runner[SftBuildConfig]):
    task_type = "sft_build"
    summary = "LLaMA-Factory alpaca dataset: templates, supplements, dedup, stratified split, dataset_info.json"
    config_class = SftBuildConfig

    def run(self) -> None:
        from modelcall.review.sheet import rejected_ids
        from modelcall.sft.records import build_record, seed_of
        from modelcall.sft.stats import token_counter
        from modelcall.sft.templates import load_template

        cfg = self.config
        template = load_template(cfg.template_path or f"configs/prompts/sft_{cfg.language}.txt")
        self._token_counter = token_counter(cfg.tokenizer_path)  # a bad tokenizer_path stops before any work
        sheets = [cfg.review_sheet_path] if isinstance(cfg.review_sheet_path, str) else list(cfg.review_sheet_path or [])
        rejected = rejected_ids(sheets)
        if not Path(cfg.input_path).exists():
            raise InputError(f"{cfg.input_path}: file not found (input_path: run the select task first)")

        candidates: list[tuple[dict[str, Any], str]] = []  # (SFT record, code)
        stats = ReadStats()
        with self.report.timer("load"):
            for lineno, rec in read_jsonl_numbered(cfg.input_path, cfg.on_bad_line, stats):
                rid = str(rec.get("request_id") or rec.get("id") or "")
                if rid in rejected:
                    self.report.count("excluded_by_review")
                    self.report.failure("input", "excluded_by_review", rid, "marked reject on the review sheet")
                    continue
                code = rec.get("code")
                if code is not None and not isinstance(code, str):
                    raise InputError(
                        f"{cfg.input_path}:{lineno}: code is {type(code).__name__}, expected the program text as a string"
                    )
                # a record without its seed's task or without code would teach the model nothing (or nonsense)
                if not str(seed_of(rec).get("task") or "").strip():
                    self.report.count("dropped_no_task")
                    self.report.failure("input", "no_task", rid, "the record's seed has no task text")
                    continue
                if not (code or "").strip():
                    self.report.count("dropped_no_code")
                    self.report.failure("input", "no_code", rid, "the record has no code")
                    continue
                candidates.append((build_record(rec, template, cfg.output_contract, "distilled", cfg.system), rec.get("code") or ""))
        self.report.count("records_in", stats.records)
        self.report.set("input", stats.as_dict())

        supplement_records: list[tuple[dict[str, Any], str]] = []
        with self.report.timer("supplements"):
            for source in cfg.supplements:
                for validated in self._supplement(source):
                    if validated["request_id"] in rejected:
                        self.report.count("excluded_by_review")
                        self.report.failure(source.source, "excluded_by_review", validated["request_id"],
                                            "marked reject on the review sheet")
                        continue
                    supplement_records.append(
                        (build_record(validated, template, cfg.output_contract, source.source, cfg.system), validated["code"])
                    )
        self.report.stage("input records", stats.records)
        self.report.stage("distilled kept", len(candidates))
        if cfg.supplements:
            self.report.stage("with supplements", len(candidates) + len(supplement_records))
        ordered = candidates + supplement_records if cfg.dedup.prefer == "distilled" else supplement_records + candidates
        with self.report.timer("dedup"):
            kept = self._dedup(ordered)
        kept = self._mix(kept)
        if not kept:
            raise TaskFailed(f"no records left to write (input {cfg.input_path} had {stats.records}; see the report)")
        with self.report.timer("split"):
            splits = self._split(kept)
        with self.report.timer("write"):
            self._write(splits)

    def _supplement(self, source: SupplementSource) -> list[dict[str, Any]]:
        from modelcall.selection.scoring import ScoringConfig, quality_score
        from modelcall.sft.supplements import supplement_candidates

        if not Path(source.path).exists():
            raise InputError(f"{source.path}: supplement file not found (supplements[].path)")
        cands = list(supplement_candidates(source.path, source.source, self.config.on_bad_line))
        self.report.count(f"supplement_{source.source}_in", len(cands))
        if not source.run_validator:
            passed = cands
        else:
            passed = []
            failures: Counter[str] = Counter()
            for rec in validate_candidates(cands, self.config.validator):
                if rec.get("passed"):
                    rec["quality_score"], _ = quality_score(rec, ScoringConfig())
                    passed.append(rec)
                else:
                    failures.update(rec.get("reasons") or ["failed"])
                    reason = (rec.get("reasons") or ["failed"])[0]
                    self.report.failure(source.source, str(reason), rec.get("request_id"), "failed the validator")
            self.report.set(f"supplement_{source.source}_failures", dict(failures.most_common(20)))
        self.report.count(f"supplement_{source.source}_passed", len(passed))
        self.log.info("supplement %s: %d of %d pairs passed", source.source, len(passed), len(cands))
        return passed

    def _mix(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Each supplement source capped at its count or share; the best pairs first, round-robin over areas."""
        limited = [s for s in self.config.supplements if s.count is not None or s.share is not None]
        if not limited:
            return records
        sources = {s.source for s in self.config.supplements}
        base = sum(1 for r in records if r["metadata"]["source"] not in sources)
        keep_ids: set[int] = set()
        for src in limited:
            mine = [r for r in records if r["metadata"]["source"] == src.source]
            cap = src.count if src.count is not None else round(src.share * base / (1 - src.share))  # type: ignore[operator]
            by_area: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for r in sorted(mine, key=lambda r: (-(r["metadata"]["quality_score"] or 0.0), r["metadata"]["id"])):
                by_area[r["metadata"]["area"]].append(r)
            chosen: list[dict[str, Any]] = []
            queues = [by_area[a] for a in sorted(by_area)]
            while len(chosen) < min(cap, len(mine)):
                for q in queues:
                    if q and len(chosen) < cap:
                        chosen.append(q.pop(0))
            keep_ids |= {id(r) for r in chosen}
            self.report.set(f"supplement_{src.source}_mix", {"available": len(mine), "cap": cap, "kept": len(chosen)})
            if len(chosen) < len(mine):
                self.report.count(f"dropped_over_{src.source}_cap", len(mine) - len(chosen))
                self.report.failure("mix", f"over_{src.source}_cap", n=len(mine) - len(chosen))
        limited_sources = {s.source for s in limited}
        return [r for r in records if r["metadata"]["source"] not in limited_sources or id(r) in keep_ids]

    def _dedup(self, ordered: list[tuple[dict[str, Any], str]]) -> list[dict[str, Any]]:
        from modelcall.selection.dedup import CodeFingerprinter, NearDuplicateIndex

        cfg = self.config.dedup
        fp = CodeFingerprinter(num_perm=cfg.num_perm)
        index = NearDuplicateIndex(cfg.threshold, cfg.num_perm)
        seen_text: set[str] = set()
        seen_code: dict[bytes, str] = {}
        kept: list[dict[str, Any]] = []
        examples: dict[str, list[dict[str, str]]] = defaultdict(list)
        for record, code in ordered:
            rid = record["metadata"]["id"]
            text_key = hashlib.sha256(
                "\x00".join(" ".join(record[k].split()) for k in ("instruction", "input", "output")).encode("utf-8")
            ).hexdigest()
            ids = fp.token_ids(code)
            code_key = fp.exact_key(ids)
            reason, other = None, None
            if text_key in seen_text:
                reason = "exact_duplicate"
            elif code_key in seen_code:
                reason, other = "exact_duplicate", seen_code[code_key]
            elif cfg.enabled:
                sig = fp.minhash(ids)
                found = index.find(sig)
                if found is not None:
                    reason, other = "near_duplicate", kept[found[0]]["metadata"]["id"]  # type: ignore[index]
                else:
                    index.add(len(kept), sig)
            if reason:
                self.report.count(f"dropped_{reason}")
                self.report.failure("dedup", reason, rid, f"duplicate of {other or '?'}")
                if len(examples[reason]) < 5:
                    examples[reason].append({"id": rid, "duplicate_of": other or "?"})
                continue
            seen_text.add(text_key)
            seen_code[code_key] = rid
            kept.append(record)
        self.report.set("duplicates", dict(examples))
        return kept

    def _split(self, records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
        from modelcall.sft.records import stratum
        from modelcall.sft.split import assign_splits

        groups: dict[str, tuple[str, int]] = {}
        for rec in records:
            pid = rec["metadata"]["prompt_id"]
            cell, size = groups.get(pid, (stratum(rec), 0))
            groups[pid] = (cell, size + 1)
        assignment = assign_splits(groups, self.config.split.ratios, self.config.split.seed)
        splits: dict[str, list[dict[str, Any]]] = {name: [] for name in self.config.split.ratios}
        for rec in records:
            splits[assignment[rec["metadata"]["prompt_id"]]].append(rec)
        return splits

    def _write(self, splits: dict[str, list[dict[str, Any]]]) -> None:
        from modelcall.sft.llamafactory import DATA_CONFIG, dataset_info
        from modelcall.sft.stats import length_stats

        cfg = self.config
        out = Path(cfg.output_dir)
        files: dict[str, str] = {}
        for name, records in splits.items():
            atomic_write_jsonl(out / f"{name}.jsonl", records)
            if records:
                files[name] = f"{name}.jsonl"
            else:
                self.log.warning("split %s is empty: not registered in %s", name, DATA_CONFIG)
            self.report.count(f"split_{name}", len(records))
        if "train" in splits and not splits["train"]:
            raise TaskFailed("the train split is empty: too few records for the ratios (see the report)")
        atomic_write_json(out / DATA_CONFIG, dataset_info(cfg.dataset_name, files))

        count, how = self._token_counter
        table: dict[str, dict[str, dict[str, int]]] = {}
        by_source: dict[str, Counter[str]] = {}
        lengths: dict[str, dict[str, Any]] = {}
        for name, records in splits.items():
            cells: dict[str, Counter[str]] = defaultdict(Counter)
            prompt_len, output_len, total_len = [], [], []
            for rec in records:
                meta = rec["metadata"]
                for module in meta["modules"] or ["-"]:
                    cells[meta["difficulty"]][module] += 1
                by_source.setdefault(name, Counter())[meta["source"]] += 1
                p = count(rec["system"]) + count(rec["instruction"]) + count(rec["input"])
                o = count(rec["output"])
                prompt_len.append(p)
                output_len.append(o)
                total_len.append(p + o)
            table[name] = {d: dict(sorted(c.items())) for d, c in sorted(cells.items())}
            lengths[name] = {"prompt": length_stats(prompt_len), "output": length_stats(output_len), "total": length_stats(total_len)}
        self.report.count("records_out", sum(len(r) for r in splits.values()))
        self.report.stage("sft records", sum(len(r) for r in splits.values()))
        for name, records in splits.items():
            self.report.stage(name, len(records), part_of="sft records")
        self.report.set("split_difficulty_module", table)
        self.report.set("split_prompts", {n: len({r["metadata"]["prompt_id"] for r in rs}) for n, rs in splits.items()})
        self.report.set("split_sources", {n: dict(c) for n, c in by_source.items()})
        self.report.set("mix", mix_table([r for rs in splits.values() for r in rs]))
        self.report.set("length_stats", {"counted_with": how, **lengths})
        self.report.set("dataset_names", [f"{cfg.dataset_name}_{n}" for n in files])
        self.report.artifact("dataset_dir", out)
        self.report.artifact("dataset_info", out / DATA_CONFIG)
        self.log.info(
            "wrote %s to %s (dataset_dir: %s, dataset: %s_train)",
            ", ".join(f"{n}={len(r)}" for n, r in splits.items()), out, out, cfg.dataset_name,
        )


def mix_table(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The dataset's mix: records by source, and by area and by difficulty within each source."""
    by_source: Counter[str] = Counter()
    by_area: dict[str, Counter[str]] = defaultdict(Counter)
    by_difficulty: dict[str, Counter[str]] = defaultdict(Counter)
    for rec in records:
        meta = rec["metadata"]
        by_source[meta["source"]] += 1
        by_area[meta["source"]][meta.get("area") or "-"] += 1
        by_difficulty[meta["source"]][meta["difficulty"]] += 1
    total = sum(by_source.values())
    return {
        "by_source": {s: {"records": n, "share": round(n / total, 4)} for s, n in by_source.most_common()},
        "by_area": {s: dict(sorted(c.items())) for s, c in by_area.items()},
        "by_difficulty": {s: dict(sorted(c.items())) for s, c in by_difficulty.items()},
    }


def validate_candidates(candidates: list[dict[str, Any]], config: ValidatorConfig) -> list[dict[str, Any]]:
    """Validated records for candidates, through the same Validator the filter task uses."""
    try:
        from modelcall.validator import Validator  # noqa: PLC0415 - starts Node and a browser
    except ImportError as exc:
        raise ConfigError(f"supplements need modelcall.validator.Validator ({exc}); set run_validator: false to skip") from None
    with Validator(config) as validator:
        return list(validator.validate(candidates))
