"""What went wrong with a validated sample, in words a teacher can act on.

``failure_kind(record)`` names the first failing stage (the key of the per-kind repair statistics and of the
``repair_kinds`` config); ``describe(record, index)`` lists the concrete findings: the parse error, lint
messages with their lines, hallucinated APIs with the closest real ones from the API index, the runtime
error with its stack line and the code on that line, and the unmet eval hints.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from modelcall.phaser.api_index import ApiIndex

# in pipeline order: a sample's kind is the first of these that failed
FAILURE_KINDS = ("no_answer", "parse", "syntax", "lint", "api", "must_use", "runtime", "structure", "hints")
_L2_API_CODES = {"hallucinated_api", "removed_api", "api_misuse", "physics_not_enabled", "analysis_failed"}


def _kind_of_issue(issue: dict[str, Any]) -> str:
    layer, code = issue.get("layer"), issue.get("code")
    if layer == "l1":
        return "syntax" if code == "syntax_error" else "lint"
    if layer == "l2":
        return "must_use" if code == "must_use_missing" else "api"
    if layer == "l3":
        return "runtime"
    if code in ("hint_failed", "plan_inconsistent"):
        return "hints"
    return "structure"


def failure_kind(record: dict[str, Any]) -> str | None:
    """The first failing stage of a validated record; None when it passed."""
    if record.get("passed"):
        return None
    if record.get("no_answer"):
        return "no_answer"
    if not record.get("parse_ok", True) or not (record.get("code") or "").strip():
        return "parse"
    kinds = {_kind_of_issue(e) for e in (record.get("validation") or {}).get("errors") or []}
    for kind in FAILURE_KINDS:
        if kind in kinds:
            return kind
    return "other"


def error_count(record: dict[str, Any]) -> int:
    if not record.get("parse_ok", True):
        return 1000
    return len((record.get("validation") or {}).get("errors") or [])


def closest_apis(index: ApiIndex | None, symbol: str, n: int = 3) -> list[str]:
    """Real symbols near a missing one: same owner with a similar name, else the same name elsewhere."""
    if index is None or not symbol:
        return []
    sep = max(symbol.rfind("#"), symbol.rfind("."))
    if sep <= 0:
        names = [r["symbol_id"] for r in index.by_name(symbol)]
        return names[:n]
    owner, name = symbol[:sep], symbol[sep + 1 :]
    pool: dict[str, str] = {}
    for static in (False, True):
        for member, rec in index.members(owner, static=static).items():
            pool.setdefault(member, rec["symbol_id"])
    found = [pool[m] for m in difflib.get_close_matches(name, list(pool), n=n, cutoff=0.5)]
    if len(found) < n:
        for rec in index.by_name(name):
            if rec["symbol_id"] not in found and rec["symbol_id"] != symbol:
                found.append(rec["symbol_id"])
            if len(found) >= n:
                break
    return found[:n]


def _signature(index: ApiIndex | None, symbol_id: str) -> str:
    if index is None:
        return symbol_id
    rec = index.get(symbol_id)
    if rec is None:
        return symbol_id
    from modelcall.phaser.requests import context_line

    return context_line(index, rec)


def _code_line(code: str, line: int | None) -> str | None:
    if not line or line < 1:
        return None
    lines = code.splitlines()
    return lines[line - 1].strip() if line <= len(lines) else None


def _stack_frame(stack: str) -> str | None:
    """The first stack frame inside the program (the generated code runs as <anonymous>)."""
    for raw in (stack or "").splitlines()[1:]:
        if "<anonymous>" in raw:
            return raw.strip()
    return None


@dataclass
class Finding:
    kind: str
    text: str


@dataclass
class Findings:
    """Everything the follow-up turn tells the teacher about one failed answer."""

    kind: str | None
    items: list[Finding] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [f.text for f in self.items]


def describe(record: dict[str, Any], index: ApiIndex | None, zh: bool = True, limit: int = 12) -> Findings:
    """The concrete findings of one validated record (at most ``limit`` lines, the most telling first)."""
    out = Findings(failure_kind(record))
    code = record.get("code") or ""

    def add(kind: str, zh_text: str, en_text: str) -> None:
        if len(out.items) < limit:
            out.items.append(Finding(kind, zh_text if zh else en_text))

    if out.kind == "parse":
        errors = record.get("parse_errors") or ["no code block found"]
        for err in errors[:3]:
            add("parse", f"无法解析回答：{err}", f"the answer could not be parsed: {err}")
        return out
    validation = record.get("validation") or {}
    runtime = validation.get("runtime") or {}
    for issue in validation.get("errors") or []:
        kind, code_name, message, line = _kind_of_issue(issue), issue.get("code"), issue.get("message") or "", issue.get("line")
        where_zh = f"第 {line} 行：" if line else ""
        where_en = f"line {line}: " if line else ""
        if code_name in ("hallucinated_api", "removed_api"):
            symbol = message.split(" ", 1)[0].rstrip(":")
            near = closest_apis(index, symbol)
            hint_zh = "；最接近的真实 API：" + "；".join(_signature(index, s) for s in near) if near else ""
            hint_en = "; closest real APIs: " + "; ".join(_signature(index, s) for s in near) if near else ""
            add(kind, f"{where_zh}{message}{hint_zh}", f"{where_en}{message}{hint_en}")
        elif code_name == "must_use_missing":
            symbol = message.replace("must-use API ", "").replace(" is not used", "").strip()
            add(kind, f"没有使用必须使用的 API {symbol}（签名：{_signature(index, symbol)}）",
                f"the must-use API {symbol} is not used (signature: {_signature(index, symbol)})")
        elif kind == "runtime":
            phase = issue.get("phase")
            stack = next((e.get("stack") for e in runtime.get("errors") or [] if e.get("message") and e["message"] in message), None)
            frame = _stack_frame(stack or "")
            src = _code_line(code, line)
            extra_zh = (f"；出错位置：{frame}" if frame else "") + (f"；该行代码：`{src}`" if src else "")
            extra_en = (f"; at: {frame}" if frame else "") + (f"; code on that line: `{src}`" if src else "")
            add(kind, f"运行时错误（{phase or '运行'}阶段，{where_zh.rstrip('：') or '位置未知'}）：{message}{extra_zh}",
                f"runtime error ({phase or 'run'} phase, {where_en.rstrip(': ') or 'line unknown'}): {message}{extra_en}")
        else:
            src = _code_line(code, line)
            add(kind, f"{where_zh}{message}" + (f"（`{src}`）" if src and kind in ("syntax", "lint") else ""),
                f"{where_en}{message}" + (f" (`{src}`)" if src and kind in ("syntax", "lint") else ""))
    hints = validation.get("hints") or {}
    for hint, verdict in hints.items():
        if verdict == "fail":
            add("hints", f"未满足评测要点：{hint}", f"unmet eval hint: {hint}")
    return out
