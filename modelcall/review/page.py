"""The review page: one static, self-contained HTML file (inline CSS/JS, Pygments, data-URI screenshots).

Opening it needs no network and no server; a reviewer marks accept/reject with notes and downloads
the sheet (JSONL) that ``sft_build`` reads.
"""
from __future__ import annotations

import base64
import json
from html import escape
from pathlib import Path
from typing import Any

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import JavascriptLexer

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


def _list(items: Any) -> str:
    values = [str(v) for v in (items or []) if str(v).strip()] if isinstance(items, (list, tuple)) else ([str(items)] if items else [])
    if not values:
        return '<p class="missing">none</p>'
    return "<ul>" + "".join(f"<li>{escape(v)}</li>" for v in values) + "</ul>"


def _badge(label: str, ok: bool | None) -> str:
    cls = "ok" if ok else ("bad" if ok is False else "")
    return f'<span class="badge {cls}">{escape(label)}</span>'


def render_sample(rec: dict[str, Any], origin: str, roots: list[Path], verdict: dict[str, Any]) -> str:
    meta = rec.get("prompt_meta") or {}
    validation = rec.get("validation") or {}
    layers = rec.get("layers") or {}
    plan = rec.get("plan") or {}
    if isinstance(plan, str):
        plan = {"raw": plan}
    rid = str(rec.get("request_id") or rec.get("id"))
    selection = rec.get("selection") or {}
    score = rec.get("quality_score")
    layer_badges = " ".join(_badge(name.upper(), layers.get(name)) for name in ("l1", "l2", "l3", "l4"))
    errors = validation.get("errors") or []
    error_html = "".join(
        f'<li class="err">[{escape(str(e.get("layer", "?")))}] {escape(str(e.get("code", "")))}: '
        f'{escape(str(e.get("message", "")))}{" (line " + str(e["line"]) + ")" if e.get("line") else ""}</li>'
        for e in errors[:20]
    )
    usage = validation.get("api_usage") or {}
    runtime = validation.get("runtime") or {}
    hints = validation.get("hints") or {}
    hint_rows = "".join(
        f"<tr><td>{escape(str(h))}</td><td>{_badge(str(v), {'pass': True, 'fail': False}.get(str(v)))}</td></tr>"
        for h, v in hints.items()
    )
    uri, why = image_data_uri(runtime.get("screenshot"), roots)
    shot = f'<img class="shot" alt="runtime screenshot of {escape(rid)}" src="{uri}">' if uri else f'<p class="missing">{escape(why or "")}</p>'
    code = rec.get("code") or ""
    picked = verdict.get("verdict", "")
    radios = "".join(
        f'<label><input type="radio" name="v_{escape(rid)}" value="{v}"{" checked" if picked == v else ""}> {v}</label> '
        for v in ("accept", "reject")
    )
    dropped = selection.get("dropped")
    if dropped and selection.get("near_duplicate_of"):  # which kept sample it repeats, and how closely
        similarity = selection.get("similarity")
        dropped = f"{dropped} of {selection['near_duplicate_of']}" + (f" (J≈{similarity})" if similarity is not None else "")
    return f"""
<section class="sample" id="s-{escape(rid)}" data-id="{escape(rid)}" data-origin="{origin}">
  <h2>{escape(rid)}</h2>
  <div class="meta"><span class="badge origin-{origin}">{origin}{": " + escape(str(dropped)) if dropped else ""}</span>
    <span>difficulty <b>{escape(str(meta.get("difficulty", "?")))}</b></span>
    <span>modules <b>{escape(", ".join(map(str, meta.get("modules") or [])))}</b></span>
    <span>quality {escape(f"{score:.3f}" if isinstance(score, (int, float)) else "–")}</span>
    <span>validator {layer_badges} {_badge("passed" if rec.get("passed") else "failed", bool(rec.get("passed")))}</span></div>
  <div class="grid"><div>
    <h3>Task</h3><p>{escape(str(meta.get("task", "")))}</p>
    <h3>Constraints</h3>{_list(meta.get("constraints"))}
    <h3>Must-use APIs</h3>{_list(meta.get("must_use_apis"))}
    <h3>Plan</h3><table class="kv"><tr><td>REQ</td><td>{_list(plan.get("requirements"))}</td></tr>
      <tr><td>API</td><td>{_list(plan.get("apis"))}</td></tr><tr><td>STEPS</td><td>{_list(plan.get("steps"))}</td></tr></table>
    {"" if plan.get("requirements") or plan.get("steps") else f"<pre>{escape(str(plan.get('raw') or ''))}</pre>"}
    <h3>Code ({len(code.splitlines())} lines)</h3><div class="code">{highlight(code, _LEXER, _FORMATTER)}</div>
  </div><div>
    <h3>Runtime screenshot</h3>{shot}
    <h3>Verdicts and reasons</h3><ul>{error_html or '<li class="missing">no errors</li>'}</ul>
    {_list(rec.get("reasons")) if rec.get("reasons") else ""}
    <table class="kv"><tr><td>API misses</td><td>{escape(", ".join(map(str, usage.get("misses") or [])) or "none")}</td></tr>
      <tr><td>must-use missed</td><td>{escape(", ".join(map(str, usage.get("must_use_misses") or [])) or "none")}</td></tr>
      <tr><td>runtime</td><td>{escape(str(runtime.get("frames", "–")))} frames, {escape(str(runtime.get("ms", "–")))} ms,
        {len(runtime.get("errors") or [])} errors, {len(runtime.get("console_errors") or [])} console errors</td></tr>
      <tr><td>plan consistency</td><td>{escape(str(validation.get("plan_consistency", "–")))}</td></tr>
      <tr><td>score parts</td><td>{escape(", ".join(f"{k} {v:.2f}" for k, v in (selection.get("components") or {}).items()) or "–")}</td></tr></table>
    <h3>Eval hints</h3><table class="kv">{hint_rows or '<tr><td class="missing">none</td></tr>'}</table>
    <h3>Warnings</h3>{_list(validation.get("warnings"))}
    <div class="verdict"><b>Your verdict</b> {radios}<textarea placeholder="notes">{escape(str(verdict.get("notes", "")))}</textarea></div>
  </div></div>
</section>"""


def render_page(
    title: str,
    samples: list[tuple[dict[str, Any], str]],
    sheet_rows: list[dict[str, Any]],
    sheet_name: str,
    summary: list[str],
    roots: list[Path],
) -> str:
    verdicts = {row["id"]: row for row in sheet_rows}
    body = "".join(render_sample(rec, origin, roots, verdicts.get(str(rec.get("request_id") or rec.get("id")), {})) for rec, origin in samples)
    toc = "".join(f'<a href="#s-{escape(str(r.get("request_id")))}">{escape(str(r.get("request_id")))}</a>' for r, _ in samples)
    data = json.dumps(sheet_rows, ensure_ascii=False).replace("</", "<\\/")
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title><style>{CSS}{_FORMATTER.get_style_defs(".hl")}</style></head>
<body data-sheet="{escape(sheet_name)}"><header><h1>{escape(title)}</h1>{"".join(f"<p>{escape(line)}</p>" for line in summary)}</header>
<main><nav><b>{len(samples)} samples</b>: {toc}<br><button id="download">Download review sheet ({escape(sheet_name)})</button></nav>
{body}</main>
<script type="application/json" id="sheet-data">{data}</script><script>{SCRIPT}</script></body></html>
"""
