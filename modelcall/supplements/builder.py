"""The supplements stages: program check -> asset policy (rewrite) -> reverse prompt -> check/repair -> overlap.

    builder = SupplementBuilder(settings, validator, model, work_dir)
    result = builder.run(programs)        # -> pairs, rejected, figures

Each teacher stage writes ``<work_dir>/<stage>/requests.jsonl`` and goes through the generation engine, so a
rerun resumes where the answers stop and the validator's cache makes re-judging cheap.
"""
from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from modelcall.config.model import ModelConfig
from modelcall.io import atomic_write_jsonl, read_jsonl
from modelcall.supplements.assets import find_asset_loads
from modelcall.supplements.checks import mismatches, reason_code
from modelcall.supplements.config import OverlapSettings, PromptSettings
from modelcall.supplements.normalise import add_missing_preload
from modelcall.supplements.overlap import OverlapFilter
from modelcall.supplements.prompts import (
    SupplementTemplate,
    parse_reverse_answer,
    repair_request,
    reverse_request,
    rewrite_request,
)
from modelcall.supplements.sources import Program, standalone_problem

log = logging.getLogger("modelcall.supplements")


@dataclass
class Work:
    """One program on its way to a pair."""

    program: Program
    code: str
    uses_assets: bool
    asset_kinds: list[str]
    edits: list[str] = field(default_factory=list)
    rewritten: bool = False
    seed: dict[str, Any] | None = None
    plan: dict[str, Any] | None = None
    answer: str = ""
    request: dict[str, Any] | None = None
    repaired: bool = False
    validated: dict[str, Any] | None = None
    cost_usd: float = 0.0
    teacher_seconds: float = 0.0

    @property
    def pid(self) -> str:
        return self.program.id


@dataclass
class Outcome:
    pairs: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    stages: dict[str, dict[str, Any]] = field(default_factory=dict)
    dry_run: dict[str, Any] | None = None
    cost_usd: float = 0.0
    overlap: dict[str, int] = field(default_factory=dict)
    answers: list[dict[str, Any]] = field(default_factory=list)  # every teacher answer used (raw output rows)


class SupplementBuilder:
    def __init__(self, *, source: str, policy: str, prompts: PromptSettings, overlap: OverlapSettings,
                 template: SupplementTemplate, constraints: list[str], examples: str, validator: Any,
                 model: ModelConfig | None, generation: dict[str, Any], work_dir: Path, phaser_version: str,
                 on_bad_line: str = "error", distilled: list[dict[str, Any]] | None = None,
                 eval_prompts: list[dict[str, Any]] | None = None, add_preload: bool = True):
        self.source = source
        self.policy = policy
        self.prompts = prompts
        self.overlap = overlap
        self.template = template
        self.constraints = constraints
        self.examples = examples
        self.validator = validator
        self.model = model
        self.generation = {k: v for k, v in generation.items() if k != "errors_path"}
        self.work_dir = work_dir
        self.phaser_version = phaser_version
        self.on_bad_line = on_bad_line
        self.distilled = distilled or []
        self.eval_prompts = eval_prompts or []
        self.add_preload = add_preload
        self.out = Outcome()
        self.dry = self.generation.get("mode") == "dry_run"

    # -- helpers --------------------------------------------------------------------------------
    def _reject(self, work: Work | Program, stage: str, reason: str, **extra: Any) -> None:
        prog = work.program if isinstance(work, Work) else work
        row = {"id": prog.id, "path": prog.provenance.get("path"), "area": prog.area, "stage": stage, "reason": reason}
        row.update(extra)
        if isinstance(work, Work):
            row["cost_usd"] = round(work.cost_usd, 6)
        self.out.rejected.append(row)

    def _candidate(self, work: Work, code: str, seed: dict[str, Any] | None, plan: dict[str, Any] | None,
                   tag: str) -> dict[str, Any]:
        import hashlib

        return {
            "request_id": f"{self.source}:{work.pid}{tag}", "prompt_id": f"{self.source}:{work.pid}", "variant": 0,
            "plan": plan or {"requirements": [], "apis": [], "steps": [], "raw": ""}, "code": code,
            "code_hash": hashlib.sha256(code.encode("utf-8")).hexdigest(), "code_path": None, "parse_ok": True,
            "parse_errors": [], "parse_warnings": [], "teacher_model": self.model.name if self.model else None,
            "prompt_meta": seed or {},
        }

    def _generate(self, stage: str, requests: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """Answers (raw output rows) by request_id, through the generation engine."""
        from modelcall.generation.engine import generate_file

        folder = self.work_dir / stage
        folder.mkdir(parents=True, exist_ok=True)
        req_path, raw_path = folder / "requests.jsonl", folder / "raw_outputs.jsonl"
        atomic_write_jsonl(req_path, requests)
        t0 = time.monotonic()
        report = generate_file(req_path, raw_path, self.model, on_bad_line=self.on_bad_line, **self.generation)
        wanted = {r["request_id"] for r in requests}
        rows: dict[str, dict[str, Any]] = {}
        if raw_path.exists():
            for row in read_jsonl(raw_path, "skip", tolerate_torn_tail=True):
                rid = row.get("request_id")
                if rid in wanted and rid not in rows:
                    rows[rid] = row
        cost = sum(float(r.get("cost_usd") or 0) for r in rows.values())
        self.out.cost_usd += cost
        self.out.answers.extend(rows.values())
        self.out.stages[stage] = {"requests": len(requests), "answers": len(rows), "errors": len(wanted) - len(rows),
                                  "cost_usd": round(cost, 6), "seconds": round(time.monotonic() - t0, 3),
                                  "generation": {k: report.get(k) for k in ("mode", "counts", "usage", "cost_usd", "timing")
                                                 if isinstance(report, dict) and k in report}}
        return rows

    def _validate(self, candidates: list[dict[str, Any]], desc: str) -> list[dict[str, Any]]:
        """The validator's verdicts, in order, with a progress bar (rate and ETA)."""
        from modelcall.progress import track

        return list(track(self.validator.validate(candidates), total=len(candidates), desc=desc, unit="prog"))

    @staticmethod
    def _charge(work: Work, row: dict[str, Any] | None) -> None:
        if row:
            work.cost_usd += float(row.get("cost_usd") or 0)
            work.teacher_seconds += float(row.get("latency_s") or 0)

    # -- stages ---------------------------------------------------------------------------------
    def check_programs(self, programs: list[Program]) -> list[Work]:
        """Validate each program alone (no prompt yet): a broken one is dropped before any teacher call."""
        works = []
        for prog in programs:
            loads = find_asset_loads(prog.code)
            code, edits = add_missing_preload(prog.code) if self.add_preload else (prog.code, [])
            works.append(Work(prog, code, bool(loads), sorted({a.kind for a in loads}), edits))
        t0 = time.monotonic()
        kept = []
        validated = self._validate([self._candidate(w, w.code, None, None, "#program") for w in works], "program check")
        for work, rec in zip(works, validated, strict=True):
            if rec.get("passed"):
                kept.append(work)
            else:
                reasons = rec.get("reasons") or ["failed"]
                self._reject(work, "program", f"program_failed: {', '.join(reasons[:4])}", reasons=reasons)
        self.out.stages["program_check"] = {"programs": len(works), "passed": len(kept),
                                            "seconds": round(time.monotonic() - t0, 3)}
        return kept

    def apply_asset_policy(self, works: list[Work]) -> list[Work]:
        kept, to_rewrite = [], []
        for work in works:
            if not work.uses_assets or self.policy == "placeholder":
                kept.append(work)
            elif self.policy == "drop":
                self._reject(work, "assets", f"loads_assets: {', '.join(work.asset_kinds)} (assets.policy drop)")
            else:
                to_rewrite.append(work)
        if to_rewrite:
            kept.extend(self._rewrite(to_rewrite))
        return kept

    def _rewrite(self, works: list[Work]) -> list[Work]:
        from modelcall.parsing.teacher import parse_teacher_output

        gen = {"max_tokens": None}
        requests = []
        for w in works:
            urls = list(dict.fromkeys(f"{a.method}: {', '.join(a.urls) or '(key only)'}" for a in find_asset_loads(w.code)))
            requests.append(rewrite_request(f"{self.source}:{w.pid}", w.code, urls, self.template, self.phaser_version, gen))
        if self.dry:
            self._dry_requests.extend(requests)
            return works  # the reverse prompts are estimated on the original code
        rows = self._generate("rewrite", requests)
        candidates, pending = [], []
        for w, req in zip(works, requests, strict=True):
            row = rows.get(req["request_id"])
            self._charge(w, row)
            if row is None:
                self._reject(w, "rewrite", "rewrite_no_answer: the teacher call failed (see rewrite/raw_outputs.errors.jsonl)")
                continue
            parsed = parse_teacher_output(row.get("text"))
            if not parsed.ok or not parsed.code:
                self._reject(w, "rewrite", f"rewrite_unparseable: {'; '.join(parsed.errors) or 'no program'}")
                continue
            code, why = standalone_problem(parsed.code, 10**6)
            if why:
                self._reject(w, "rewrite", f"rewrite_not_standalone: {why}")
                continue
            still = sorted({a.kind for a in find_asset_loads(code)})
            if still:
                self._reject(w, "rewrite", f"rewrite_still_loads_assets: {', '.join(still)}")
                continue
            candidates.append(self._candidate(w, code, None, None, "#rewrite"))
            pending.append((w, code))
        kept = []
        for (w, code), rec in zip(pending, self._validate(candidates, "rewrite check"), strict=True):
            if rec.get("passed"):
                w.code, w.rewritten, w.uses_assets = code, True, False
                kept.append(w)
            else:
                reasons = rec.get("reasons") or ["failed"]
                self._reject(w, "rewrite", f"rewrite_failed: {', '.join(reasons[:4])}", reasons=reasons)
        self.out.stages["rewrite"]["passed"] = len(kept)
        return kept

    def _reverse_requests(self, works: list[Work]) -> list[dict[str, Any]]:
        gen = {"max_tokens": self.prompts.max_tokens, "temperature": self.prompts.temperature}
        out = []
        for w in works:
            constraints = self.template.constraints(placeholder=True) if w.uses_assets and self._default_constraints \
                else self.constraints
            req = reverse_request(f"{self.source}:{w.pid}", w.code, w.program.area, str(w.program.provenance.get("path") or ""),
                                  constraints, self.examples, self.template, self.phaser_version, gen)
            w.request = req
            out.append(req)
        return out

    def _judge(self, works: list[Work], rows: dict[str, dict[str, Any]], rid_of: Any) -> list[tuple[Work, list[str]]]:
        """Parse each answer, validate the pair, and return (work, problems) for every answered work."""
        judged, candidates = [], []
        for w in works:
            row = rows.get(rid_of(w))
            self._charge(w, row)
            if row is None:
                judged.append((w, None))
                continue
            w.answer = str(row.get("text") or "")
            parsed = parse_reverse_answer(w.answer, self.prompts.language)
            problems = list(parsed.problems)
            if parsed.seed is not None:
                seed = {"id": w.pid, **parsed.seed}
                seed["notes"] = f"reverse-written from {w.program.provenance.get('path') or w.pid} ({self.source})"
                w.seed, w.plan = seed, parsed.plan.as_dict()
            judged.append((w, problems))
            candidates.append(self._candidate(w, w.code, w.seed, w.plan, ""))
        validated = iter(self._validate(candidates, "prompt check"))
        out = []
        for w, problems in judged:
            if problems is None:
                out.append((w, ["no_answer: the teacher call failed (see the stage's raw_outputs.errors.jsonl)"]))
                continue
            w.validated = next(validated)
            if w.seed is not None:
                problems += mismatches(w.validated, self.prompts.min_plan_consistency)
                if not w.validated.get("passed"):
                    problems += [f"pair_failed: {r}" for r in w.validated.get("reasons") or []
                                 if not r.startswith(("l2:must_use", "l4:hint", "l4:plan"))]
            out.append((w, list(dict.fromkeys(problems))))
        return out

    def reverse_prompts(self, works: list[Work]) -> list[Work]:
        requests = self._reverse_requests(works)
        if self.dry:
            self._dry_requests.extend(requests)
            return []
        rows = self._generate("reverse", requests)
        judged = self._judge(works, rows, lambda w: w.request["request_id"])  # type: ignore[index]
        good = [w for w, p in judged if not p]
        retry = [(w, p) for w, p in judged if p]
        self.out.stages["reverse"]["matched_first_time"] = len(good)
        if retry and self.prompts.repair:
            fixable = [(w, p) for w, p in retry if not p[0].startswith("no_answer")]
            for w, p in retry:
                if p[0].startswith("no_answer"):
                    self._reject(w, "reverse", p[0])
            repairs = [repair_request(w.request, w.answer, p, self.template) for w, p in fixable]  # type: ignore[arg-type]
            for w, req in zip([w for w, _ in fixable], repairs, strict=True):
                w.request = req
            rows = self._generate("repair", repairs) if repairs else {}
            for (w, first), (_, problems) in zip(fixable, self._judge([w for w, _ in fixable], rows,
                                                                       lambda w: w.request["request_id"]), strict=True):  # type: ignore[index]
                if problems:
                    self._reject(w, "repair", f"prompt_mismatch: {problems[0]}", problems=problems, first_problems=first)
                else:
                    w.repaired = True
                    good.append(w)
            if "repair" in self.out.stages:
                self.out.stages["repair"]["matched"] = sum(w.repaired for w in good)
        else:
            for w, p in retry:
                self._reject(w, "reverse", f"prompt_mismatch: {p[0]}", problems=p)
        return good

    def remove_overlap(self, works: list[Work]) -> list[dict[str, Any]]:
        from modelcall.selection.scoring import ScoringConfig, quality_score

        cfg = self.overlap
        filt = OverlapFilter(cfg.code_threshold, cfg.prompt_threshold, cfg.num_perm)
        filt.add_distilled(self.distilled)
        filt.add_eval_prompts(self.eval_prompts)
        scored = []
        for w in works:
            rec = self._pair(w)
            rec["quality_score"], _ = quality_score(rec, ScoringConfig())
            scored.append(rec)
        scored.sort(key=lambda r: (-float(r["quality_score"] or 0), r["id"]))
        counts: Counter[str] = Counter()
        kept = []
        by_id = {w.pid: w for w in works}
        for rec in scored:
            verdict = filt.check(rec["request_id"], rec["code"], rec["prompt_meta"]["task"])
            if verdict.reason:
                counts[verdict.reason] += 1
                self._reject(by_id[rec["id"]], "overlap", f"{verdict.reason}: {verdict.other} (similarity {verdict.similarity})")
                continue
            rec["selection"] = {"rank": len(kept) + 1, "near_duplicate_of": None}
            kept.append(rec)
        self.out.overlap = {"distilled_programs": filt.distilled, "eval_prompts": filt.eval_prompts, **counts}
        return kept

    def _pair(self, w: Work) -> dict[str, Any]:
        rec = dict(w.validated or {})
        rec.update(
            id=w.pid, request_id=f"{self.source}:{w.pid}", prompt_id=f"{self.source}:{w.pid}", source=self.source,
            area=w.program.area, provenance=w.program.provenance, uses_assets=w.uses_assets,
            asset_policy=self.policy if (w.uses_assets or w.rewritten) else "none", asset_kinds=w.asset_kinds,
            edits=w.edits, rewritten=w.rewritten, original_code_hash=w.program.code_hash, prompt_repaired=w.repaired,
            teacher_model=self.model.name if self.model else None, supplement_cost_usd=round(w.cost_usd, 6),
            supplement_teacher_s=round(w.teacher_seconds, 3),
        )
        return rec

    # -- the whole run --------------------------------------------------------------------------
    def run(self, programs: list[Program]) -> Outcome:
        self._dry_requests: list[dict[str, Any]] = []
        self._default_constraints = self.prompts.constraints is None and not self.prompts.seeds_path
        works = self.check_programs(programs)
        works = self.apply_asset_policy(works)
        works = self.reverse_prompts(works)
        if self.dry:
            self._dry_run()
            return self.out
        self.out.pairs = self.remove_overlap(works)
        return self.out

    def _dry_run(self) -> None:
        from modelcall.generation.engine import generate_file

        folder = self.work_dir / "dry_run"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "requests.jsonl"
        atomic_write_jsonl(path, self._dry_requests)
        self.out.dry_run = generate_file(path, folder / "unused.jsonl", self.model, on_bad_line=self.on_bad_line,
                                         **self.generation)
        self.out.dry_run["requests_file"] = str(path)


def count_reasons(rejected: list[dict[str, Any]]) -> dict[str, int]:
    return dict(Counter(reason_code(r["reason"]) for r in rejected).most_common())
