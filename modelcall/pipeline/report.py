"""The run report: one self-contained HTML page answering "where did my data go, and what did it cost".

Figures are read from the steps' artifacts (requests, raw outputs, candidates, validated, selected,
the dataset) and their JSON reports; charts are inline SVG drawn here; nothing is fetched.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from modelcall.pages import Markup, render_page
from modelcall.records import errors_path_for

MAX_EXAMPLES = 3
TOKEN_KINDS = ("input", "output", "cache_read", "cache_write")


@dataclass
class StepRun:
    name: str
    task_type: str
    status: str  # ran | skipped | failed | not_run
    config: dict[str, Any]
    duration_s: float = 0.0
    note: str = ""
    report_path: str | None = None
    report: dict[str, Any] | None = None
    artifacts: dict[str, str] = field(default_factory=dict)
    last_duration_s: float | None = None  # a skipped step: how long the run that made its outputs took


def _records(path: str | None):
    if not path or not Path(path).is_file():
        return
    with open(path, "rb") as handle:
        for line in handle:
            line = line.strip()
            if not line:
                continue
            try:
                rec = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue
            if isinstance(rec, dict):
                yield rec


def _count(path: str | None) -> int | None:
    if not path or not Path(path).is_file():
        return None
    return sum(1 for _ in _records(path))


def _first(steps: list[StepRun], task_type: str) -> StepRun | None:
    return next((s for s in steps if s.task_type == task_type and s.status in ("ran", "skipped", "failed")), None)


def _add_example(bucket: dict[str, Any], example: dict[str, Any]) -> None:
    bucket["count"] += 1
    if len(bucket["examples"]) < MAX_EXAMPLES:
        bucket["examples"].append(example)


# steps that ask a teacher again after the first answers, and the folder their rounds go to by default
ROUND_STEPS = {"repair": "repair_rounds", "variants_on_demand": "variant_rounds"}


def _alias(model: Any) -> str:
    if isinstance(model, dict):
        return str(model.get("alias") or model.get("name") or model.get("model") or "?")
    return str(model) if model else "?"


def _round_usage(step: StepRun) -> list[tuple[str, int, dict[str, Any], float]]:
    """(model alias, answers, token counts, cost) of each round of a repair / variants_on_demand step.

    From the step's JSON report when it lists its rounds; otherwise (the step failed before writing
    them) from the raw outputs its rounds left under its work_dir.
    """
    rounds = (step.report or {}).get("rounds")
    if isinstance(rounds, list):
        default = _alias(step.config.get("model_config") or step.config.get("model"))
        return [
            (str(r.get("model") or default), int(r.get("answers") or 0), r.get("usage") or {}, float(r.get("cost_usd") or 0.0))
            for r in rounds if isinstance(r, dict) and r.get("answers")
        ]
    work_dir = step.config.get("work_dir")
    if not work_dir:
        output = step.config.get("output_path")
        if not output:
            return []
        work_dir = Path(output).parent / ROUND_STEPS[step.task_type]
    found = []
    for raw_path in sorted(Path(work_dir).glob("round_*/raw_outputs.jsonl")):
        for rec in _records(str(raw_path)):
            u = rec.get("usage") or {}
            tokens = {key: int(u.get(f"{key}_tokens") or 0) for key in ("input", "output", "cache_read", "cache_write")}
            found.append((_alias(rec.get("model")), 1, tokens, float(rec.get("cost_usd") or 0.0)))
    return found


def collect(steps: list[StepRun]) -> dict[str, Any]:
    """Funnel, failures per layer, cost and usage, timings and score distribution of one run."""
    funnel: list[tuple[str, int | None]] = []
    failures: dict[str, dict[str, dict[str, Any]]] = defaultdict(lambda: defaultdict(lambda: {"count": 0, "examples": []}))
    usage = {"requests_billed": 0, "input": 0, "output": 0, "cache_read": 0, "cache_write": 0, "cost_usd": 0.0}
    by_model: dict[str, dict[str, float]] = defaultdict(lambda: {"outputs": 0, "input": 0, "output": 0, "cost_usd": 0.0})

    def bill(alias: str, answers: int, tokens: dict[str, Any], cost: float) -> None:
        usage["requests_billed"] += answers
        for key in TOKEN_KINDS:
            usage[key] += int(tokens.get(key) or 0)
        usage["cost_usd"] += cost
        m = by_model[alias]
        m["outputs"] += answers
        m["input"] += int(tokens.get("input") or 0)
        m["output"] += int(tokens.get("output") or 0)
        m["cost_usd"] += cost

    requests_step, gen, parse, filt, select, sft = (
        _first(steps, t) for t in ("distill_requests", "response_generation", "parse", "filter", "select", "sft_build")
    )
    if requests_step:
        funnel.append(("requests", _count(requests_step.config.get("output_path"))))
    elif gen:
        funnel.append(("requests", _count(gen.config.get("input_path"))))
    if gen:
        out_path = gen.config.get("output_path")
        seen = set()
        for rec in _records(out_path):
            seen.add(rec.get("request_id"))
            u = rec.get("usage") or {}
            bill(_alias(rec.get("model") or {}), 1, {key: u.get(f"{key}_tokens") for key in TOKEN_KINDS},
                 float(rec.get("cost_usd") or 0.0))
        funnel.append(("outputs", len(seen) if out_path and Path(out_path).is_file() else None))
        gen_settings = gen.config.get("generation") or {}
        errors_path = gen_settings.get("errors_path") or (
            str(errors_path_for(out_path)) if out_path else None
        )
        for rec in _records(errors_path):
            _add_example(failures["generation"][str(rec.get("error_type") or "error")],
                         {"id": rec.get("request_id"), "message": str(rec.get("message") or "")[:300]})
    for step in steps:
        if step.task_type in ROUND_STEPS and step.status in ("ran", "skipped", "failed"):
            for alias, answers, tokens, cost in _round_usage(step):
                bill(alias, answers, tokens, cost)
    if parse:
        parsed = 0
        total = 0
        for rec in _records(parse.config.get("output_path")):
            total += 1
            if rec.get("parse_ok"):
                parsed += 1
            else:
                errors = rec.get("parse_errors") or ["unparsed"]
                first = errors[0] if isinstance(errors[0], str) else json.dumps(errors[0], ensure_ascii=False)
                _add_example(failures["parse"][first.split(":")[0][:80]], {"id": rec.get("request_id"), "message": first[:300]})
        funnel.append(("parsed", parsed if total else None))
    validated_path = filt.config.get("output_path") if filt else (select.config.get("input_path") if select else None)
    dropped_at: dict[str, int] = {}
    if validated_path:
        passed = [0, 0, 0, 0]
        seen_any = False
        total_validated = 0
        for rec in _records(validated_path):
            seen_any = True
            total_validated += 1
            layers = rec.get("layers") or {}
            ok = True
            for i, name in enumerate(("l1", "l2", "l3", "l4")):
                ok = ok and bool(layers.get(name))
                passed[i] += ok
            for err in (rec.get("validation") or {}).get("errors") or []:
                layer = str(err.get("layer") or "?").upper()
                code = str(err.get("code") or "error")
                _add_example(failures[layer][code], {"id": rec.get("request_id"), "message": str(err.get("message") or "")[:300],
                                                      "line": err.get("line")})
        if seen_any:
            funnel.extend((f"L{i + 1}", n) for i, n in enumerate(passed))
            before = [total_validated] + passed[:-1]
            dropped_at = {f"L{i + 1}": before[i] - passed[i] for i in range(4)}
    # repair and variants_on_demand add passing samples after filter (their output holds their input too)
    for step in steps:
        if step.task_type in ROUND_STEPS and step.status in ("ran", "skipped", "failed"):
            out = step.config.get("output_path")
            if out and Path(out).is_file():
                funnel.append((f"passing after {step.name}", sum(1 for rec in _records(out) if rec.get("passed"))))
    scores = None
    if select:
        funnel.append(("selected", _count(select.config.get("output_path"))))
        rep = select.report or {}
        scores = rep.get("score_distribution")
        for reason, info in (rep.get("drops") or {}).items():
            if reason == "not_passed":
                continue
            bucket = failures["L5 select"][reason]
            bucket["count"] += info.get("count", 0)
            bucket["examples"] = [
                {"id": e.get("request_id"), "message": f"score {e.get('score')}" + (f", duplicate of {e['near_duplicate_of']} (J≈{e.get('similarity')})" if e.get("near_duplicate_of") else "")}
                for e in info.get("examples", [])[:MAX_EXAMPLES]
            ]
    if sft:
        out_dir = sft.config.get("output_dir")
        ratios = (sft.config.get("split") or {}).get("ratios") or {"train": 1, "val": 1, "test": 1}
        for name in ratios:
            funnel.append((name, _count(str(Path(out_dir) / f"{name}.jsonl")) if out_dir else None))
        rep = sft.report or {}
        for key, n in (rep.get("counts") or {}).items():
            if key.startswith("dropped_") or key == "excluded_by_review":
                failures["sft_build"][key.removeprefix("dropped_")]["count"] += n
    usage["cost_usd"] = round(usage["cost_usd"], 6)
    return {
        "funnel": [(label, n) for label, n in funnel],
        "funnel_splits": list(ratios) if sft else [],
        "dropped_at": dropped_at,
        "failures": {layer: dict(codes) for layer, codes in failures.items()},
        "usage": usage,
        "by_model": {k: dict(v) for k, v in by_model.items()},
        "scores": scores,
        "steps": [
            {"name": s.name, "task_type": s.task_type, "status": s.status, "duration_s": round(s.duration_s, 2),
             "last_duration_s": s.last_duration_s,
             "note": s.note, "report": s.report_path, "artifacts": s.artifacts}
            for s in steps
        ],
    }


# ---------------------------------------------------------------- SVG charts

def _bar_chart(rows: list[tuple[str, float, str]], unit: str = "", width: int = 760) -> Markup:
    """Horizontal bars: (label, value, right-hand text)."""
    top = max((v for _, v, _ in rows), default=0) or 1
    bar_h, gap, left, right = 24, 8, 150, 330
    span = width - left - right
    bars = [{"label": label, "value": f"{value:g}", "note": note, "y": gap + i * (bar_h + gap),
             "w": max(1.0, span * value / top) if value else 0} for i, (label, value, note) in enumerate(rows)]
    return Markup(render_page("bar_chart.svg.j2", bars=bars, unit=unit, width=width, height=len(rows) * (bar_h + gap) + gap,
                              left=left, bar_h=bar_h, empty="nothing to show"))


def funnel_svg(funnel: list[tuple[str, int | None]], splits: tuple[str, ...] | list[str] = ()) -> Markup:
    """Bars with the share of the first stage and of the previous one; the dataset splits are parallel
    parts of the stage before them, so each is a share of that stage, not of the split drawn above it."""
    known = [(label, n) for label, n in funnel if n is not None]
    if not known:
        return Markup('<p class="muted">no stage produced countable output</p>')
    first = known[0][1] or 1
    rows = []
    prev: tuple[str, int] | None = None
    for label, n in known:
        note = f"{n:,}  ({100 * n / first:.1f}% of {known[0][0]}"
        if prev and prev[1]:
            note += f", {100 * n / prev[1]:.0f}% of {prev[0] if label in splits else 'previous'})"
        else:
            note += ")"
        rows.append((label, float(n), note))
        if label not in splits and n:
            prev = (label, n)
    return _bar_chart(rows)


def histogram_svg(dist: dict[str, Any] | None, width: int = 760, height: int = 200) -> Markup:
    counts, edges = (dist or {}).get("counts") or [], (dist or {}).get("edges") or []
    top = max(counts, default=0) or 1
    left, bottom, pad = 40, 30, 10
    bw = (width - left - pad) / max(len(counts), 1)
    usable = height - bottom - pad
    bins = []
    for i, c in enumerate(counts):
        h = usable * c / top
        x = left + i * bw
        bins.append({"x": x, "w": bw - 2, "h": h, "top": pad + usable - h, "mid": x + bw / 2, "count": c,
                     "lo": edges[i], "hi": edges[i + 1]})
    return Markup(render_page("histogram.svg.j2", bins=bins, width=width, height=height, left=left, pad=pad,
                              axis_y=pad + usable))


CSS = """
body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:0;background:#f4f5f7;color:#1d2330}
header{background:#1d2330;color:#fff;padding:16px 24px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;color:#c9cfdb}
main{padding:16px 24px;max-width:1100px}section{background:#fff;border-radius:8px;padding:12px 18px;margin-bottom:16px;box-shadow:0 1px 3px #0002}
h2{font-size:16px;margin:4px 0 10px}table{border-collapse:collapse;font-size:13px}td,th{padding:3px 10px 3px 0;text-align:left;vertical-align:top}
th{color:#6b7280;font-weight:600}.muted{color:#9ca3af}.chart .bar{fill:#3b82f6}.chart .lbl{font-size:12px;fill:#374151}
.chart .val{font-size:12px;fill:#111827}.chart .axis{stroke:#9ca3af}.ok{color:#16a34a}.failed{color:#dc2626}.skipped{color:#6b7280}
.ex{font-family:monospace;font-size:12px;color:#4b5563}.note{font-size:13px;font-weight:400;color:#6b7280;margin-left:8px}code{font-size:12px}
"""


def render(summary: dict[str, Any], title: str, subtitle: str) -> str:
    steps = summary["steps"]

    def time_row(s: dict[str, Any]) -> tuple[str, float, str]:
        last = s.get("last_duration_s")
        if s["status"] == "skipped" and last:  # the time its outputs took when they were made
            return s["name"], float(last), f"{float(last):.2f} s when it last ran (skipped now)"
        return s["name"], s["duration_s"], f'{s["duration_s"]:.2f} s ({s["status"]})'

    order = ["generation", "parse", "L1", "L2", "L3", "L4", "L5 select", "sft_build"]
    layers = sorted(summary["failures"].items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))
    failures = [{"name": layer, "dropped": summary.get("dropped_at", {}).get(layer),
                 "rows": sorted(codes.items(), key=lambda kv: -kv[1]["count"])} for layer, codes in layers]
    scores = summary.get("scores") or {}
    sel = scores.get("selected") or {}
    return render_page(
        "run_report.html.j2", title=title, subtitle=subtitle, css=Markup(CSS), usage=summary["usage"],
        funnel=funnel_svg(summary["funnel"], summary.get("funnel_splits", ())),
        by_model=list(summary["by_model"].items()), failures=failures,
        stats=", ".join(f"{k} {sel[k]}" for k in ("n", "mean", "p10", "p50", "p90") if k in sel),
        selected_histogram=histogram_svg(sel), eligible_histogram=histogram_svg(scores.get("eligible")),
        steps=steps, time_chart=_bar_chart([time_row(s) for s in steps], " s"),
    )
