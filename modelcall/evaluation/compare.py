"""Two evaluations side by side (base vs SFT): rows for the report, and one self-contained HTML table."""
from __future__ import annotations

from typing import Any

from modelcall.evaluation.metrics import LOWER_IS_BETTER, RATE_METRICS
from modelcall.pages import Markup, render_page

SECTIONS = (("overall", "overall"), ("by_split", "split"), ("by_difficulty", "difficulty"), ("by_module", "module"))


def shown_metrics(evaluation: dict[str, Any]) -> list[str]:
    passes = sorted((k for k in evaluation["overall"] if k.startswith("pass@") and not k.endswith("_prompts")),
                    key=lambda k: int(k[5:]))
    return passes + list(RATE_METRICS)


def compare_rows(base: dict[str, Any], new: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per (group, metric) present in either run; delta = new - base; better says which way is good."""
    rows: list[dict[str, Any]] = []
    metrics = [m for m in shown_metrics(new) if m in shown_metrics(base) or m in new["overall"]]
    for section, label in SECTIONS:
        if section == "overall":
            groups = [("all", base.get("overall", {}), new.get("overall", {}))]
        else:
            names = list(dict.fromkeys([*base.get(section, {}), *new.get(section, {})]))
            groups = [(name, base.get(section, {}).get(name, {}), new.get(section, {}).get(name, {})) for name in names]
        for name, b, n in groups:
            for metric in metrics:
                bv, nv = b.get(metric), n.get(metric)
                if bv is None and nv is None:
                    continue
                delta = round(nv - bv, 4) if bv is not None and nv is not None else None
                better = None
                if delta:
                    better = (delta < 0) if metric in LOWER_IS_BETTER else (delta > 0)
                rows.append({"group": label, "name": name, "metric": metric, "base": bv, "new": nv,
                             "delta": delta, "improved": better,
                             "samples": [b.get("samples"), n.get("samples")]})
    return rows


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


def _delta(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value * 100:+.1f} pt"


_CSS = """
body{font-family:system-ui,-apple-system,"Noto Sans CJK SC",sans-serif;margin:24px;color:#222}
h1{font-size:20px} h2{font-size:16px;margin-top:28px}
table{border-collapse:collapse;font-size:13px;margin-bottom:8px}
th,td{border:1px solid #ddd;padding:4px 10px;text-align:right} th{background:#f4f4f4}
td.l,th.l{text-align:left} .up{color:#08722b;font-weight:600} .down{color:#b3261e;font-weight:600}
.pass{background:#e6f4ea} .fail{background:#fce8e6} .muted{color:#888}
"""


def comparison_html(
    base_label: str, new_label: str, rows: list[dict[str, Any]], acceptance: dict[str, list[dict[str, Any]]],
    title: str = "Evaluation: base vs fine-tuned",
) -> str:
    """A standalone page (inline CSS, no scripts or external assets): acceptance lines, then one table per group."""
    by_metric: dict[str, dict[str, dict[str, Any]]] = {}
    for label, results in acceptance.items():
        for r in results:
            by_metric.setdefault(f"{r['metric']} {r['op']} {r['threshold']:.0%}", {})[label] = r
    lines = []
    for name, per_run in by_metric.items():
        metric, _, rule = name.partition(" ")
        cells = []
        for label in (base_label, new_label):
            r = per_run.get(label)
            cells.append(None if r is None else {"cls": "pass" if r["status"] == "PASS" else "fail",
                                                 "text": f"{r['status']} {_pct(r['value'])}"})
        lines.append({"metric": metric, "rule": rule, "cells": cells})
    tables: list[dict[str, Any]] = []
    for row in rows:
        heading = "Overall" if row["group"] == "overall" else f"{row['group']}: {row['name']}"
        if not tables or tables[-1]["key"] != (row["group"], row["name"]):
            n_base, n_new = row["samples"]
            tables.append({"key": (row["group"], row["name"]), "heading": heading, "n_base": n_base or 0,
                           "n_new": n_new or 0, "rows": []})
        cls = "" if row["improved"] is None else ("up" if row["improved"] else "down")
        tables[-1]["rows"].append({"metric": row["metric"], "base": _pct(row["base"]), "new": _pct(row["new"]),
                                   "delta": _delta(row["delta"]), "cls": cls})
    return render_page("eval_compare.html.j2", title=title, css=Markup(_CSS), base_label=base_label,
                       new_label=new_label, acceptance=lines, tables=tables)
