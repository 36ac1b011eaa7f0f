"""The review page: one static, self-contained HTML file (inline CSS/JS, Pygments, data-URI screenshots).

Opening it needs no network and no server; a reviewer marks accept/reject with notes and downloads
the sheet (JSONL) that ``sft_build`` reads.
"""
from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import JavascriptLexer

from modelcall import pages
from modelcall.pages import Markup

_FORMATTER = HtmlFormatter(cssclass="hl", linenos="table", wrapcode=True)
_LEXER = JavascriptLexer()

CSS = """
body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:0;background:#f4f5f7;color:#1d2330}
header{background:#1d2330;color:#fff;padding:16px 24px}header h1{margin:0 0 6px;font-size:20px}
header p{margin:2px 0;color:#c9cfdb}main{padding:16px 24px;max-width:1200px}
nav{background:#fff;border-radius:8px;padding:10px 14px;margin-bottom:16px;line-height:1.9}
nav a{margin-right:10px;font-family:monospace;font-size:13px}
.sample{background:#fff;border-radius:8px;padding:14px 18px;margin-bottom:18px;box-shadow:0 1px 3px #0002}
.sample h2{font-size:16px;margin:0 0 8px;font-family:monospace}.meta span{margin-right:8px}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;color:#fff;background:#6b7280}
.ok{background:#16a34a}.bad{background:#dc2626}.warn{background:#d97706}.origin-rejected{background:#7c3aed}
.grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px}
h3{font-size:14px;margin:12px 0 4px;color:#374151}ul{margin:4px 0;padding-left:20px}
table.kv td{padding:1px 8px 1px 0;vertical-align:top;font-size:13px}
.code{max-height:520px;overflow:auto;border:1px solid #e5e7eb;border-radius:6px;font-size:12px}
.hl pre{margin:0}.hl td.linenos{color:#9ca3af;padding-right:6px;user-select:none}
img.shot{max-width:100%;border:1px solid #d1d5db;border-radius:6px;background:#000}
.missing{color:#9ca3af;font-style:italic}.err{color:#b91c1c;font-family:monospace;font-size:12px}
.verdict{margin-top:10px;padding:8px;background:#f9fafb;border-radius:6px}
.verdict textarea{width:100%;height:40px}#download{margin-top:8px;padding:6px 14px}
"""

SCRIPT = """
const rows = JSON.parse(document.getElementById('sheet-data').textContent);
function collect(){
  return rows.map(r => {
    const box = document.querySelector(`[data-id="${CSS.escape(r.id)}"]`);
    if (!box) { return r; }  // judged in an earlier sample: kept as it is
    const pick = box.querySelector('input[type=radio]:checked');
    return Object.assign({}, r, {verdict: pick ? pick.value : '', notes: box.querySelector('textarea').value});
  });
}
document.getElementById('download').addEventListener('click', () => {
  const text = collect().map(r => JSON.stringify(r)).join('\\n') + '\\n';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], {type: 'application/jsonl'}));
  link.download = document.body.dataset.sheet;
  link.click();
});
"""


def image_data_uri(path: str | None, roots: list[Path]) -> tuple[str | None, str | None]:
    """(data URI, None) for a readable PNG/JPEG, else (None, why)."""
    if not path:
        return None, "no screenshot recorded"
    candidates = [Path(path)] if Path(path).is_absolute() else [root / path for root in roots]
    for candidate in candidates:
        if candidate.is_file():
            data = candidate.read_bytes()
            kind = "image/png" if data[:8] == b"\x89PNG\r\n\x1a\n" else "image/jpeg" if data[:2] == b"\xff\xd8" else None
            if kind is None:
                return None, f"not a PNG/JPEG: {path}"
            return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}", None
    return None, f"screenshot file missing: {path}"


def _texts(items: Any) -> list[str]:
    if isinstance(items, (list, tuple)):
        return [str(v) for v in items if str(v).strip()]
    return [str(items)] if items else []


def sample_view(rec: dict[str, Any], origin: str, roots: list[Path], verdict: dict[str, Any]) -> dict[str, Any]:
    """What the template shows of one record: plain values (escaped there), the highlighted code as markup."""
    meta = rec.get("prompt_meta") or {}
    validation = rec.get("validation") or {}
    layers = rec.get("layers") or {}
    plan = rec.get("plan") or {}
    if isinstance(plan, str):
        plan = {"raw": plan}
    selection = rec.get("selection") or {}
    score = rec.get("quality_score")
    usage = validation.get("api_usage") or {}
    runtime = validation.get("runtime") or {}
    uri, why = image_data_uri(runtime.get("screenshot"), roots)
    code = rec.get("code") or ""
    dropped = selection.get("dropped")
    if dropped and selection.get("near_duplicate_of"):  # which kept sample it repeats, and how closely
        similarity = selection.get("similarity")
        dropped = f"{dropped} of {selection['near_duplicate_of']}" + (f" (J≈{similarity})" if similarity is not None else "")
    return {
        "rid": str(rec.get("request_id") or rec.get("id")), "origin": origin, "dropped": str(dropped) if dropped else "",
        "difficulty": str(meta.get("difficulty", "?")), "modules": ", ".join(map(str, meta.get("modules") or [])),
        "score": f"{score:.3f}" if isinstance(score, (int, float)) else "–",
        "layers": [(name.upper(), layers.get(name)) for name in ("l1", "l2", "l3", "l4")], "passed": bool(rec.get("passed")),
        "task": str(meta.get("task", "")), "constraints": _texts(meta.get("constraints")),
        "must_use": _texts(meta.get("must_use_apis")), "plan_requirements": _texts(plan.get("requirements")),
        "plan_apis": _texts(plan.get("apis")), "plan_steps": _texts(plan.get("steps")),
        "plan_raw": None if plan.get("requirements") or plan.get("steps") else str(plan.get("raw") or ""),
        "code_lines": len(code.splitlines()), "code_html": Markup(highlight(code, _LEXER, _FORMATTER)),
        "shot": uri, "shot_missing": why or "",
        "errors": [{"layer": str(e.get("layer", "?")), "code": str(e.get("code", "")), "message": str(e.get("message", "")),
                    "line": e.get("line")} for e in (validation.get("errors") or [])[:20]],
        "reasons": _texts(rec.get("reasons")),
        "misses": ", ".join(map(str, usage.get("misses") or [])) or "none",
        "must_use_misses": ", ".join(map(str, usage.get("must_use_misses") or [])) or "none",
        "frames": str(runtime.get("frames", "–")), "ms": str(runtime.get("ms", "–")),
        "runtime_errors": len(runtime.get("errors") or []), "console_errors": len(runtime.get("console_errors") or []),
        "plan_consistency": str(validation.get("plan_consistency", "–")),
        "components": ", ".join(f"{k} {v:.2f}" for k, v in (selection.get("components") or {}).items()) or "–",
        "hints": [(str(h), str(v)) for h, v in (validation.get("hints") or {}).items()],
        "warnings": _texts(validation.get("warnings")),
        "picked": verdict.get("verdict", ""), "notes": str(verdict.get("notes", "")),
    }


def render_page(
    title: str,
    samples: list[tuple[dict[str, Any], str]],
    sheet_rows: list[dict[str, Any]],
    sheet_name: str,
    summary: list[str],
    roots: list[Path],
) -> str:
    verdicts = {row["id"]: row for row in sheet_rows}
    views = [sample_view(rec, origin, roots, verdicts.get(str(rec.get("request_id") or rec.get("id")), {}))
             for rec, origin in samples]
    # JSON inside <script>: "</" and "<!--" could end or confuse the element, so "<" is written as \u003c
    data = json.dumps(sheet_rows, ensure_ascii=False).replace("<", "\\u003c")
    return pages.render_page(
        "review.html.j2", title=title, css=Markup(CSS + _FORMATTER.get_style_defs(".hl")), sheet_name=sheet_name,
        summary=summary, samples=views, sheet_json=Markup(data), script=Markup(SCRIPT),
    )
