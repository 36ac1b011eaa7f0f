"""What a reward run shows: the distribution, components and gates overall and per prompt group, and an HTML
view (plots, the worst and best completions with their screenshots) rendered from a Jinja2 template."""
from __future__ import annotations

import base64
import io
import math
import statistics
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from modelcall.pages import render_page
from modelcall.reward.scoring import COMPONENTS


def distribution(values: list[float], bins: int = 10) -> dict[str, Any]:
    """Mean, std, quantiles and a histogram over [0, 1] of a list of rewards."""
    if not values:
        return {"n": 0}
    ordered = sorted(values)

    def q(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 4)

    hist = [0] * bins
    for v in values:
        hist[min(bins - 1, max(0, int(v * bins)))] += 1
    return {
        "n": len(values), "mean": round(statistics.fmean(values), 4),
        "std": round(statistics.pstdev(values), 4) if len(values) > 1 else 0.0,
        "min": round(ordered[0], 4), "p10": q(0.10), "p50": q(0.50), "p90": q(0.90), "max": round(ordered[-1], 4),
        "histogram": {"edges": [round(i / bins, 2) for i in range(bins + 1)], "counts": hist},
    }


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """``rows``: output records (``reward``, ``advantage``, ``prompt_id``). Overall and per-group figures."""
    totals = [r["reward"]["total"] for r in rows]
    comps = {c: round(statistics.fmean(r["reward"]["components"][c] for r in rows), 4) if rows else None for c in COMPONENTS}
    gates = Counter(g for r in rows for g in r["reward"]["gates"])
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[str(r.get("prompt_id"))].append(r)
    per_group = []
    for pid, members in groups.items():
        values = [m["reward"]["total"] for m in members]
        per_group.append({
            "prompt_id": pid, "n": len(values), "mean": round(statistics.fmean(values), 4),
            "std": round(statistics.pstdev(values), 4) if len(values) > 1 else 0.0,
            "min": round(min(values), 4), "max": round(max(values), 4),
            "components": {c: round(statistics.fmean(m["reward"]["components"][c] for m in members), 4) for c in COMPONENTS},
            "gates": dict(Counter(g for m in members for g in m["reward"]["gates"])),
        })
    per_group.sort(key=lambda g: g["prompt_id"])
    passed = [r["reward"]["total"] for r in rows if r["reward"]["validation"]["passed"]]
    failed = [r["reward"]["total"] for r in rows if not r["reward"]["validation"]["passed"]]
    gap = round(statistics.fmean(passed) - statistics.fmean(failed), 4) if passed and failed else None
    return {
        "distribution": distribution(totals),
        "components_mean": comps,
        "gates": dict(gates.most_common()),
        "passed_vs_failed": {"passed": distribution(passed), "failed": distribution(failed), "gap_of_means": gap},
        "groups": {"count": len(per_group), "zero_signal": sum(1 for g in per_group if g["std"] == 0.0)},
        "per_group": per_group,
    }


def _figure_uri(fig: Any) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def plots(rows: list[dict[str, Any]], summary: dict[str, Any]) -> dict[str, str]:
    """Three PNGs as data URIs: reward histogram (passed vs failed), component means, per-group spread."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = {}
    fig, ax = plt.subplots(figsize=(6, 3))
    bins = [i / 20 for i in range(21)]
    ax.hist([[r["reward"]["total"] for r in rows if r["reward"]["validation"]["passed"]],
             [r["reward"]["total"] for r in rows if not r["reward"]["validation"]["passed"]]],
            bins=bins, stacked=True, label=["validator passed", "validator failed"], color=["#16a34a", "#dc2626"])
    ax.set_xlabel("reward total")
    ax.set_ylabel("completions")
    ax.legend()
    out["histogram"] = _figure_uri(fig)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(6, 3))
    names = list(summary["components_mean"])
    ax.barh(names, [summary["components_mean"][n] or 0 for n in names], color="#2563eb")
    ax.set_xlim(0, 1)
    ax.invert_yaxis()
    ax.set_xlabel("mean component value")
    out["components"] = _figure_uri(fig)
    plt.close(fig)

    groups = summary["per_group"][:60]
    fig, ax = plt.subplots(figsize=(max(6, len(groups) * 0.18), 3))
    xs = range(len(groups))
    ax.errorbar(list(xs), [g["mean"] for g in groups], yerr=[g["std"] for g in groups], fmt="o", ms=3, color="#7c3aed")
    ax.vlines(list(xs), [g["min"] for g in groups], [g["max"] for g in groups], color="#c4b5fd", lw=1)
    ax.set_ylim(-0.02, 1.02)
    ax.set_xticks([])
    ax.set_xlabel(f"prompt groups (first {len(groups)}): mean ± std, min-max")
    out["groups"] = _figure_uri(fig)
    plt.close(fig)
    return out


def _screenshot_uri(path: str | None) -> str | None:
    if not path or not Path(path).is_file():
        return None
    return "data:image/png;base64," + base64.b64encode(Path(path).read_bytes()).decode("ascii")


def _example(row: dict[str, Any], code: str) -> dict[str, Any]:
    reward = row["reward"]
    return {
        "request_id": row.get("request_id"), "prompt_id": row.get("prompt_id"), "total": reward["total"],
        "raw_total": reward["raw_total"], "advantage": row.get("advantage"), "gates": reward["gates"],
        "components": reward["components"], "reasons": reward["validation"]["reasons"],
        "task": ((row.get("prompt_meta") or {}).get("task") if isinstance(row.get("prompt_meta"), dict) else None),
        "screenshot": _screenshot_uri(reward["validation"].get("screenshot")),
        "code": code[:6000] + ("\n/* ... cut ... */" if len(code) > 6000 else ""),
    }


def render_html(title: str, rows: list[dict[str, Any]], codes: list[str], summary: dict[str, Any], examples: int = 5) -> str:
    """The self-contained HTML view (inline CSS, data-URI images); every value is escaped by Jinja2."""
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["reward"]["total"], str(rows[i].get("request_id"))))
    worst = [_example(rows[i], codes[i]) for i in order[:examples]]
    best = [_example(rows[i], codes[i]) for i in reversed(order[-examples:])] if rows else []
    figures = plots(rows, summary) if rows else {}
    finite = [g for g in summary["per_group"] if not math.isnan(g["mean"])]
    return render_page(
        "reward_report.html.j2", title=title, summary=summary, figures=figures, worst=worst, best=best, groups=finite[:200],
        components=COMPONENTS,
    )
