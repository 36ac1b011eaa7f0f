"""Two evaluations side by side (base vs SFT): rows for the report, and one self-contained HTML table."""
from __future__ import annotations

import html
from typing import Any

from modelcall.evaluation.metrics import LOWER_IS_BETTER, RATE_METRICS

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
    esc = html.escape
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{esc(title)}</title>",
             f"<style>{_CSS}</style></head><body><h1>{esc(title)}</h1>"]
    parts.append("<h2>Acceptance thresholds</h2><table><tr><th class='l'>metric</th><th>threshold</th>")
    parts.append(f"<th>{esc(base_label)}</th><th>{esc(new_label)}</th></tr>")
    by_metric: dict[str, dict[str, dict[str, Any]]] = {}
    for label, results in acceptance.items():
        for r in results:
            by_metric.setdefault(f"{r['metric']} {r['op']} {r['threshold']:.0%}", {})[label] = r
    for name, per_run in by_metric.items():
        metric, _, rule = name.partition(" ")
        cells = []
        for label in (base_label, new_label):
            r = per_run.get(label)
            if r is None:
                cells.append("<td class='muted'>–</td>")
            else:
                cls = "pass" if r["status"] == "PASS" else "fail"
                cells.append(f"<td class='{cls}'>{r['status']} {_pct(r['value'])}</td>")
        parts.append(f"<tr><td class='l'>{esc(metric)}</td><td>{esc(rule)}</td>{''.join(cells)}</tr>")
    parts.append("</table>")
    current = None
    for row in rows:
        key = (row["group"], row["name"])
        if key != current:
            if current is not None:
                parts.append("</table>")
            current = key
            heading = "Overall" if row["group"] == "overall" else f"{row['group']}: {row['name']}"
            n_base, n_new = row["samples"]
            parts.append(f"<h2>{esc(heading)} <span class='muted'>(samples {n_base or 0} vs {n_new or 0})</span></h2>")
            parts.append(f"<table><tr><th class='l'>metric</th><th>{esc(base_label)}</th><th>{esc(new_label)}</th>"
                         "<th>Δ</th></tr>")
        cls = "" if row["improved"] is None else (" class='up'" if row["improved"] else " class='down'")
        parts.append(f"<tr><td class='l'>{esc(row['metric'])}</td><td>{_pct(row['base'])}</td>"
                     f"<td>{_pct(row['new'])}</td><td{cls}>{_delta(row['delta'])}</td></tr>")
    if current is not None:
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "".join(parts)
