"""The run report: one self-contained HTML page answering "where did my data go, and what did it cost".

It merges the steps' JSON reports in step order (their ``funnel``, ``failures``, ``spend`` and
``distributions`` sections, see :mod:`modelcall.reporting`) and knows no task type: a new runner shows up
here from its report alone. Charts are inline SVG drawn here; nothing is fetched.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from modelcall.pages import Markup, render_page
from modelcall.reporting import TOKEN_KINDS

COUNTED = ("ran", "skipped", "failed")  # a step whose outputs (and report) exist


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


def _dropped(funnel: list[dict[str, Any]]) -> dict[str, int]:
    """Stage -> records lost on the way into it (from the stage before it that is not a split)."""
    dropped: dict[str, int] = {}
    before: dict[str, Any] | None = None
    for row in funnel:
        if before is not None and isinstance(row.get("count"), int) and isinstance(before.get("count"), int) \
                and not row.get("part_of"):
            dropped[row["stage"]] = before["count"] - row["count"]
        if not row.get("part_of"):
            before = row
    return dropped


def collect(steps: list[StepRun]) -> dict[str, Any]:
    """The run's funnel, failures, cost and usage, distributions and timings, merged from the steps' reports."""
    funnel: list[dict[str, Any]] = []
    failures: list[dict[str, Any]] = []
    distributions: list[dict[str, Any]] = []
    usage: dict[str, Any] = {"requests_billed": 0, **{k: 0 for k in TOKEN_KINDS}, "cost_usd": 0.0}
    by_model: dict[str, dict[str, float]] = defaultdict(lambda: {"outputs": 0, "input": 0, "output": 0, "cost_usd": 0.0})
    for step in steps:
        report = step.report if step.status in COUNTED and isinstance(step.report, dict) else None
        if report is None:
            continue
        rows = [r for r in report.get("funnel") or [] if isinstance(r, dict) and "stage" in r]
        funnel.extend({"step": step.name, **row} for row in rows)
        dropped = _dropped(rows)
        groups: dict[str, dict[str, Any]] = {}
        for row in report.get("failures") or []:
            if not isinstance(row, dict):
                continue
            stage = str(row.get("stage") or "?")
            group = groups.get(stage)
            if group is None:
                group = groups[stage] = {"step": step.name, "stage": stage, "dropped": dropped.get(stage), "rows": []}
                failures.append(group)
            group["rows"].append({"reason": str(row.get("reason") or "?"), "count": int(row.get("count") or 0),
                                  "examples": [e for e in row.get("examples") or [] if isinstance(e, dict)]})
        for alias, m in (report.get("spend") or {}).items():
            if not isinstance(m, dict):
                continue
            usage["requests_billed"] += int(m.get("answers") or 0)
            for key in TOKEN_KINDS:
                usage[key] += int(m.get(key) or 0)
            usage["cost_usd"] += float(m.get("cost_usd") or 0.0)
            mine = by_model[alias]
            mine["outputs"] += int(m.get("answers") or 0)
            mine["input"] += int(m.get("input") or 0)
            mine["output"] += int(m.get("output") or 0)
            mine["cost_usd"] += float(m.get("cost_usd") or 0.0)
        distributions.extend({"step": step.name, **d} for d in report.get("distributions") or [] if isinstance(d, dict))
    usage["cost_usd"] = round(usage["cost_usd"], 6)
    return {
        "funnel": funnel,
        "failures": failures,
        "usage": usage,
        "by_model": {k: dict(v) for k, v in by_model.items()},
        "distributions": distributions,
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


def funnel_svg(rows: list[dict[str, Any]]) -> Markup:
    """One step's funnel: bars with the share of its first stage and of the previous one; a split is a share
    of the stage it is part of, not of the split drawn above it."""
    known = [r for r in rows if isinstance(r.get("count"), int)]
    if not known:
        return Markup('<p class="muted">no stage produced countable output</p>')
    first = known[0]["count"] or 1
    counts = {r["stage"]: r["count"] for r in known}
    bars = []
    prev: tuple[str, int] | None = None
    for row in known:
        label, n = row["stage"], row["count"]
        note = f"{n:,}  ({100 * n / first:.1f}% of {known[0]['stage']}"
        whole = (row["part_of"], counts.get(row["part_of"])) if row.get("part_of") else prev
        if whole and whole[1]:
            note += f", {100 * n / whole[1]:.0f}% of {whole[0] if row.get('part_of') else 'previous'})"
        else:
            note += ")"
        bars.append((label, float(n), note))
        if not row.get("part_of") and n:
            prev = (label, n)
    return _bar_chart(bars)


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

    funnels: dict[str, list[dict[str, Any]]] = {}
    for row in summary["funnel"]:
        funnels.setdefault(row["step"], []).append(row)
    task_types = {s["name"]: s["task_type"] for s in steps}
    failures = [dict(group, rows=sorted(group["rows"], key=lambda r: -r["count"])) for group in summary["failures"]]
    distributions = [{"step": d["step"], "title": d.get("title") or "", "chart": histogram_svg(d),
                      "stats": ", ".join(f"{k} {v}" for k, v in (d.get("stats") or {}).items())}
                     for d in summary.get("distributions") or []]
    return render_page(
        "run_report.html.j2", title=title, subtitle=subtitle, css=Markup(CSS), usage=summary["usage"],
        funnels=[{"step": name, "task_type": task_types.get(name, ""), "chart": funnel_svg(rows)}
                 for name, rows in funnels.items()],
        by_model=list(summary["by_model"].items()), failures=failures, distributions=distributions,
        steps=steps, time_chart=_bar_chart([time_row(s) for s in steps], " s"),
    )
