"""Repair rounds over a teacher cascade: follow-ups only for seeds with no passing candidate yet.

    loop = RepairLoop(validated_records, requests_path, raw_outputs_path, stages, settings, runner, index, work_dir)
    loop.run()        # -> loop.repaired (validated records, tagged round / repaired_from / teacher)
    loop.summary()    # per-round and per-teacher figures for the report

Round numbers run on across the cascade (teacher A: rounds 1-2, teacher B: 3-4), so request ids
``<prompt_id>_v<variant>_r<round>`` never collide. A round repairs, for each uncovered seed, the
``per_seed`` latest failed answers closest to passing whose failure kind is worth repairing.
"""
from __future__ import annotations

import logging
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from modelcall.generation.accounting import answer_tokens_by_prompt, within_budget
from modelcall.io import read_jsonl
from modelcall.phaser.api_index import ApiIndex
from modelcall.records import prompt_id_of
from modelcall.repair.batch import RoundRunner, TokenTally, kind_table, usage_view
from modelcall.repair.config import RepairSettings, TeacherStage
from modelcall.repair.findings import describe, error_count, failure_kind
from modelcall.repair.followup import build_followup, fresh_request, language_of

log = logging.getLogger("modelcall.repair")


def prompt_of(record: dict[str, Any]) -> str:
    return prompt_id_of(record) or str(record.get("request_id") or "")


def dedupe(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per request_id (the first), so a duplicated answer is not repaired twice."""
    seen: set[str] = set()
    out = []
    for rec in records:
        rid = str(rec.get("request_id"))
        if rid not in seen:
            seen.add(rid)
            out.append(rec)
    return out


class RepairLoop:
    def __init__(
        self,
        validated: list[dict[str, Any]],
        requests_path: str | Path,
        raw_outputs_path: str | Path | None,
        stages: list[TeacherStage],
        settings: RepairSettings,
        runner: RoundRunner,
        index: ApiIndex | None,
        work_dir: str | Path,
        on_bad_line: str = "error",
    ):
        self.records = validated
        self.stages = stages
        self.settings = settings
        self.runner = runner
        self.index = index
        self.work_dir = Path(work_dir)
        self.on_bad_line = on_bad_line
        self.by_prompt: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for rec in validated:
            self.by_prompt[prompt_of(rec)].append(rec)
        self.seeds = list(self.by_prompt)
        self.covered = {p for p, recs in self.by_prompt.items() if any(r.get("passed") for r in recs)}
        self.initially_covered = len(self.covered)
        # the latest attempts per uncovered seed: round 0 = the input's failed answers
        self.latest: dict[str, list[dict[str, Any]]] = {
            p: dedupe(recs) for p, recs in self.by_prompt.items() if p not in self.covered
        }
        need = {str(r.get("request_id")) for recs in self.latest.values() for r in recs}
        self.unanswered: list[str] = []  # seeds with requests but no answer at all (every call failed)
        self.requests = self._load_requests(requests_path, need, settings.include_unanswered)
        for pid in self.unanswered:
            rid = self.latest[pid][0]["request_id"]
            need.add(rid)
            self.seeds.append(pid)
        self.root: dict[str, str] = {rid: rid for rid in need if rid in self.requests}
        self.texts: dict[str, str] = {}
        self.initial_rows: dict[str, dict[str, Any]] = {}
        if raw_outputs_path and Path(raw_outputs_path).exists():
            self._load_raw(raw_outputs_path, need)
        self.repaired: list[dict[str, Any]] = []
        self.rounds: list[dict[str, Any]] = []
        self.teachers: dict[str, TokenTally] = {}
        self.spent = 0.0
        self.stopped: str | None = None

    # -- inputs -------------------------------------------------------------------------------
    def _load_requests(self, path: str | Path, need: set[str], unanswered: bool) -> dict[str, dict[str, Any]]:
        out = {}
        for rec in read_jsonl(path, self.on_bad_line):  # type: ignore[arg-type]
            rid = rec.get("request_id")
            if rid in need and rid not in out:
                out[rid] = rec
            pid = prompt_of(rec)
            if unanswered and isinstance(rid, str) and pid not in self.by_prompt and pid not in self.latest and "round" not in rec:
                out[rid] = rec  # asked again as it was: there is no answer to repair
                self.latest[pid] = [{"request_id": rid, "prompt_id": pid, "variant": rec.get("variant"), "passed": False,
                                     "no_answer": True}]
                self.unanswered.append(pid)
        return out

    def _load_raw(self, path: str | Path, need: set[str]) -> None:
        """Texts of the failed answers to repair, and every answer's cost and tokens (the teacher table)."""
        for row in read_jsonl(path, "skip", tolerate_torn_tail=True):  # type: ignore[arg-type]
            rid = row.get("request_id")
            if not isinstance(rid, str) or rid in self.initial_rows:
                continue
            self.initial_rows[rid] = {k: row.get(k) for k in ("cost_usd", "usage", "model")}
            if rid in need and isinstance(row.get("text"), str):
                self.texts[rid] = row["text"]

    def failed_text(self, rec: dict[str, Any]) -> str:
        rid = str(rec.get("request_id"))
        if rid in self.texts:
            return self.texts[rid]
        plan = rec.get("plan") or {}  # no raw text: rebuild the answer from the parsed plan and code
        raw_plan = plan.get("raw") if isinstance(plan, dict) else None
        code = rec.get("code") or ""
        return ((raw_plan or "") + "\n\n" + (f"```javascript\n{code}\n```" if code else "")).strip()

    # -- the loop -----------------------------------------------------------------------------
    def run(self) -> None:
        # an input that already holds repaired records (a second repair pass) continues their numbering
        round_no = max((int(r.get("round") or 0) for r in self.records), default=0)
        for stage in self.stages:
            for k in range(stage.rounds):
                round_no += 1
                if not self._round(stage, round_no, fresh=stage.fresh and k == 0):
                    return

    def _pick(self, prompt_id: str, skipped: Counter[str]) -> list[dict[str, Any]]:
        worth = set(self.settings.repair_kinds)
        attempts = [r for r in self.latest.get(prompt_id, []) if not r.get("passed")]
        usable = [r for r in attempts if (failure_kind(r) or "other") in worth and str(r.get("request_id")) in self.root]
        if not usable:
            for r in attempts[:1]:
                kind = failure_kind(r) or "other"
                skipped["no_request" if kind in worth else f"kind_{kind}"] += 1
            return []
        usable.sort(key=lambda r: (error_count(r), str(r.get("request_id"))))
        return usable[: self.settings.per_seed]

    def _round(self, stage: TeacherStage, round_no: int, fresh: bool) -> bool:
        """One round; False when there is nothing left to do (all covered, or the budget is spent)."""
        uncovered = [p for p in self.seeds if p not in self.covered]
        info: dict[str, Any] = {"round": round_no, "teacher": stage.label, "model": stage.model.name,
                                "fresh": fresh, "seeds_uncovered_before": len(uncovered)}
        tally = self.teachers.get(stage.label) or TokenTally()
        budget = self.settings.budget_usd
        if not uncovered:
            self.stopped = "all_covered"
            return False
        if budget is not None and self.spent >= budget:
            self.stopped = f"budget_reached_before_round_{round_no}"
            info.update(requests_sent=0, stopped="budget")
            self.rounds.append(info)
            return False
        skipped: Counter[str] = Counter()
        requests: list[dict[str, Any]] = []
        tags: dict[str, dict[str, Any]] = {}
        zh_cache: dict[str, bool] = {}
        for prompt_id in uncovered:
            for rec in self._pick(prompt_id, skipped):
                rid = str(rec["request_id"])
                original = self.requests[self.root[rid]]
                kind = failure_kind(rec) or "other"
                if fresh or rec.get("no_answer"):
                    request = fresh_request(original, rid, round_no, stage.label)
                else:
                    lang = zh_cache.setdefault(original["request_id"], language_of(original) == "zh")
                    findings = describe(rec, self.index, zh=lang, limit=self.settings.max_findings)
                    request = build_followup(original, self.failed_text(rec), findings, rid, round_no, stage.label,
                                             {"temperature": stage.temperature})
                if stage.temperature is not None:
                    request.setdefault("gen", {})["temperature"] = stage.temperature
                requests.append(request)
                tags[request["request_id"]] = {"round": round_no, "repaired_from": rid, "repair_kind": kind,
                                               "prompt_id": prompt_id}
        planned = len(requests)
        if budget is not None and requests:
            requests = within_budget(requests, budget - self.spent, stage.model.pricing, stage.model.params.max_tokens // 2,
                                     tally.cost_usd / tally.answers if tally.answers else None,
                                     answer_tokens_by_prompt(self.records + self.repaired))
        info.update(requests_planned=planned, requests_sent=len(requests), skipped=dict(skipped))
        if budget is not None and len(requests) < planned:
            info["trimmed_by_budget"] = planned - len(requests)
        if not requests:
            info.update(cost_usd=0.0, seeds_uncovered_after=len(uncovered))
            self.rounds.append(info)
            self.stopped = "budget" if planned else "nothing_repairable"
            return False
        log.info("round %d (%s): %d requests for %d uncovered seeds", round_no, stage.label, len(requests), len(uncovered))
        self.teachers[stage.label] = tally
        for request in requests:
            self.root[request["request_id"]] = self.root[request["repaired_from"]]
        result = self.runner.run(requests, stage.model, self.work_dir / f"round_{round_no}", stage.label,
                                 {rid: tags[rid] for rid in (r["request_id"] for r in requests)})
        sent_kinds: Counter[str] = Counter()
        passed_kinds: Counter[str] = Counter()
        round_tally = TokenTally()
        newly: set[str] = set()
        latest: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for rec in result.validated:
            rid = str(rec["request_id"])
            row = result.rows[rid]
            self.texts[rid] = str(row.get("text") or "")
            kind = rec.get("repair_kind") or "other"
            sent_kinds[kind] += 1
            passed_kinds[kind] += bool(rec.get("passed"))
            tally.add(row, bool(rec.get("passed")), stage.model.pricing)
            round_tally.add(row, bool(rec.get("passed")), stage.model.pricing)
            pid = prompt_of(rec)
            latest[pid].append(rec)
            if rec.get("passed") and pid not in self.covered:
                newly.add(pid)
            self.repaired.append(rec)
        self.covered |= newly
        for pid in uncovered:
            if pid in latest:
                self.latest[pid] = latest[pid]
        self.spent += round_tally.cost_usd
        info.update(
            answers=round_tally.answers, generation_errors=result.errors, cost_usd=round(round_tally.cost_usd, 6),
            passed=round_tally.passed, seeds_covered_this_round=len(newly),
            seeds_uncovered_after=len(self.seeds) - len(self.covered),
            coverage_after=round(len(self.covered) / len(self.seeds), 4) if self.seeds else None,
            pass_rate_by_kind=kind_table(sent_kinds, passed_kinds),
            usage=usage_view(round_tally.usage), cache_hit_share=round_tally.as_dict()["cache_hit_share"],
            spent_usd=round(self.spent, 6),
        )
        self.rounds.append(info)
        return True

    # -- report -------------------------------------------------------------------------------
    def teacher_table(self) -> dict[str, dict[str, Any]]:
        """Every teacher's answers: the input's (grouped by model alias) and each cascade stage's."""
        pricing = {s.model.name: s.model.pricing for s in self.stages}
        initial: dict[str, TokenTally] = {}
        passed = {str(r.get("request_id")): bool(r.get("passed")) for r in self.records}
        for rid, row in self.initial_rows.items():
            if rid not in passed:
                continue
            model = row.get("model") or {}
            alias = str(model.get("alias") or model.get("name") or "unknown") if isinstance(model, dict) else str(model)
            initial.setdefault(alias, TokenTally()).add(row, passed[rid], pricing.get(alias))
        table = {f"{alias} (initial)": t.as_dict() for alias, t in initial.items()}
        table.update({f"{label} (repair)": t.as_dict() for label, t in self.teachers.items()})
        return table

    def summary(self) -> dict[str, Any]:
        n = len(self.seeds)
        by_round = [{"round": 0, "seeds_covered": self.initially_covered,
                     "coverage": round(self.initially_covered / n, 4) if n else None}]
        covered = self.initially_covered
        for info in self.rounds:
            covered += int(info.get("seeds_covered_this_round") or 0)
            by_round.append({"round": info["round"], "teacher": info["teacher"], "seeds_covered": covered,
                             "coverage": round(covered / n, 4) if n else None})
        return {
            "coverage": {"seeds": n, "covered_before": self.initially_covered, "covered_after": len(self.covered),
                         "uncovered_after": n - len(self.covered), "by_round": by_round},
            "rounds": self.rounds,
            "teachers": self.teacher_table(),
            "spent_usd": round(self.spent, 6),
            "stopped": self.stopped,
        }
