"""Split one teacher answer into a plan and a program, tolerating the usual drift, and say what was tolerated.

Two contracts (DESIGN.md "Teacher output contract"):

* ``[PLAN] REQ: … API: … STEPS: 1. … [/PLAN]`` followed by one fenced ```` ```javascript ```` block;
* ``plan: {json}`` followed by ``code:`` and the program (bare, or fenced).

Every fallback (CRLF, ``<think>`` reasoning, ```` ```js ```` or bare fences, text around the answer,
several code blocks, a missing ``[/PLAN]``, a plan inside its own fence, an unfenced program,
``import Phaser from 'phaser'``) adds a warning
``"<code>: <detail>"``; anything that leaves no usable program adds an error. ``ParsedAnswer.ok``
is true when a program was found and no error was raised.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

# warning / error codes (the part before ':' is what reports count)
W_CRLF = "crlf"
W_REASONING = "reasoning_removed"
W_TEXT_BEFORE = "text_before_answer"
W_TEXT_AFTER = "text_after_answer"
W_PLAN_END_MISSING = "plan_end_missing"
W_PLAN_MISSING = "plan_missing"
W_PLAN_SECTION_MISSING = "plan_section_missing"
W_PLAN_JSON_INVALID = "plan_json_invalid"
W_PLAN_FENCED = "plan_fenced"
W_FENCE_LANG = "fence_lang"
W_FENCE_BARE = "fence_bare"
W_MULTIPLE_BLOCKS = "multiple_code_blocks"
W_CODE_UNFENCED = "code_unfenced"
W_IMPORT_PHASER = "import_phaser"
W_IMPORT_OTHER = "import_statement"
W_NO_GAME = "no_phaser_game"
W_JSON_ANSWER = "json_answer"
E_EMPTY = "empty_output"
E_NO_CODE = "no_code"
E_UNCLOSED = "fence_unclosed"
E_EMPTY_CODE = "empty_code"

_JS_LANGS = {"javascript", "js", "mjs", "jsx", "es6", "ecmascript"}
_PLAN_OPEN = re.compile(r"^[ \t>*_#]*\[\s*PLAN\s*\][ \t*_]*", re.IGNORECASE | re.MULTILINE)
_PLAN_CLOSE = re.compile(r"\[\s*/\s*PLAN\s*\]", re.IGNORECASE)
_THINK_OPEN = re.compile(r"<(think|thinking|reasoning)>", re.IGNORECASE)
_THINK_BLOCK = re.compile(r"<(think|thinking|reasoning)>.*?</\1>", re.IGNORECASE | re.DOTALL)
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
_ORPHAN_FENCE = re.compile(r"\s*\n[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*(?=\n|$)")
_JSON_PLAN = re.compile(r"^[ \t*_#]*plan[ \t*_]*[:：]", re.IGNORECASE | re.MULTILINE)
_CODE_LABEL = re.compile(r"^[ \t*_#]*code[ \t*_]*[:：][ \t]*", re.IGNORECASE | re.MULTILINE)
_FENCE = re.compile(r"^(?P<indent>[ \t]{0,3})(?P<marker>`{3,}|~{3,})[ \t]*(?P<lang>[\w+#.-]*)[^\n`]*$", re.MULTILINE)
_SECTION = re.compile(
    r"^[ \t>*_-]*(?P<name>REQ|REQS|REQUIREMENTS?|API|APIS|STEPS?|需求|步骤)[ \t*_]*[:：][ \t*_]*(?P<rest>.*)$",
    re.IGNORECASE | re.MULTILINE,
)
_ITEM = re.compile(r"^\s*(?:[-*•·]|\d+\s*[.)、．]|[(（]\d+[)）])\s*")
_IMPORT_PHASER = re.compile(r"^\s*import\s+(?:\*\s+as\s+)?Phaser\b.*?from\s+['\"]phaser['\"];?\s*$", re.MULTILINE)
_IMPORT_ANY = re.compile(r"^\s*(?:import\s[^(\n]*?from\s+['\"][^'\"]+['\"]|import\s+['\"][^'\"]+['\"]|"
                         r"(?:const|let|var)\s+[\w{},\s]+=\s*require\(\s*['\"][^'\"]+['\"]\s*\))", re.MULTILINE)
_INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc\s*=)[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_LOOKS_LIKE_JS = re.compile(r"new\s+Phaser\.Game\b|\bclass\s+\w+\s+extends\s+Phaser\.Scene\b|"
                            r"\b(?:const|let|var)\s+config\s*=|\bfunction\s+(?:preload|create|update)\s*\(")


@dataclass
class Plan:
    requirements: list[str] = field(default_factory=list)
    apis: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    raw: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"requirements": self.requirements, "apis": self.apis, "steps": self.steps, "raw": self.raw}


@dataclass
class CodeBlock:
    code: str
    lang: str
    start: int  # offset of the opening fence (or of the code) in the normalized text
    end: int  # offset just past the closing fence
    closed: bool = True


@dataclass
class ParsedAnswer:
    """What :func:`parse_teacher_output` found; ``plan`` is ``None`` when the answer has none."""

    plan: Plan | None
    code: str | None
    contract: str | None  # "plan_block" | "json_plan" | "code_only" | None
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    extra_code_blocks: list[str] = field(default_factory=list)
    has_phaser_import: bool = False

    @property
    def ok(self) -> bool:
        return self.code is not None and not self.errors

    def plan_dict(self) -> dict[str, Any]:
        return (self.plan or Plan()).as_dict()


def _code_of(message: str) -> str:
    return message.split(":", 1)[0]


def find_code_blocks(text: str) -> list[CodeBlock]:
    """Fenced blocks in order; an opening fence with no closing one runs to the end (closed=False)."""
    blocks: list[CodeBlock] = []
    pos = 0
    while True:
        opening = _FENCE.search(text, pos)
        if opening is None:
            break
        marker = opening.group("marker")
        closing_re = re.compile(rf"^[ \t]{{0,3}}{re.escape(marker[0])}{{{len(marker)},}}[ \t]*$", re.MULTILINE)
        body_start = opening.end() + 1 if opening.end() < len(text) else opening.end()
        closing = closing_re.search(text, body_start)
        lang = opening.group("lang").lower()
        if closing is None:
            blocks.append(CodeBlock(text[body_start:], lang, opening.start(), len(text), closed=False))
            break
        blocks.append(CodeBlock(text[body_start:closing.start()], lang, opening.start(), closing.end()))
        pos = closing.end()
    return blocks


def _program_score(code: str) -> tuple[int, int]:
    score = 0
    if re.search(r"new\s+Phaser\.Game\b", code):
        score += 10
    if re.search(r"extends\s+Phaser\.Scene\b|\bscene\s*:", code):
        score += 3
    if re.search(r"\b(?:preload|create)\s*\(", code):
        score += 2
    return score, len(code)


def _split_items(body: str, inline_list: bool) -> list[str]:
    items: list[str] = []
    for line in body.split("\n"):
        line = line.strip()
        if not line:
            continue
        had_marker = bool(_ITEM.match(line))
        line = _ITEM.sub("", line).strip()
        if not line:
            continue
        if inline_list and not had_marker:
            items.extend(p.strip().strip("`") for p in re.split(r"[,，、;；]", line) if p.strip())
        else:
            items.append(line.strip("`") if inline_list else line)
    return items


def parse_plan_block(body: str) -> tuple[Plan, list[str]]:
    """``REQ:``/``API:``/``STEPS:`` sections of a plan body; returns the plan and warnings."""
    plan = Plan(raw=body.strip())
    sections: dict[str, str] = {}
    matches = list(_SECTION.finditer(body))
    for i, m in enumerate(matches):
        name = m.group("name").upper()
        key = "REQ" if name.startswith("REQ") or name == "需求" else ("API" if name.startswith("API") else "STEPS")
        end = matches[i + 1].start() if i + 1 < len(matches) else len(body)
        chunk = (m.group("rest") + "\n" + body[m.end():end]).strip()
        sections[key] = (sections.get(key, "") + "\n" + chunk).strip()
    warnings = [f"{W_PLAN_SECTION_MISSING}: {k}" for k in ("REQ", "API", "STEPS") if k not in sections]
    req = sections.get("REQ", "")
    plan.requirements = _split_items(req, inline_list=False)
    if len(plan.requirements) == 1:
        parts = [p.strip() for p in re.split(r"[;；]", plan.requirements[0]) if p.strip()]
        plan.requirements = parts
    plan.apis = list(dict.fromkeys(_split_items(sections.get("API", ""), inline_list=True)))
    plan.steps = _split_items(sections.get("STEPS", ""), inline_list=False)
    return plan, warnings


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, (list, tuple)):
        return [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in value]
    return [json.dumps(value, ensure_ascii=False)]


def parse_json_plan(text: str) -> tuple[Plan, list[str], int]:
    """The JSON object after ``plan:``; returns the plan, warnings, and where the object ends."""
    start = text.find("{")
    code_label = _CODE_LABEL.search(text)
    if start < 0 or (code_label is not None and start > code_label.start()):
        raw = text[: code_label.start()] if code_label else text
        return Plan(raw=raw.strip()), [f"{W_PLAN_JSON_INVALID}: no JSON object after 'plan:'"], len(raw)
    try:
        obj, end = json.JSONDecoder().raw_decode(text, start)
    except ValueError as exc:
        raw_end = code_label.start() if code_label else len(text)
        return Plan(raw=text[start:raw_end].strip()), [f"{W_PLAN_JSON_INVALID}: {exc}"], raw_end
    if not isinstance(obj, dict):
        return Plan(raw=text[start:end]), [f"{W_PLAN_JSON_INVALID}: expected an object"], end
    lowered = {str(k).lower(): v for k, v in obj.items()}

    def pick(*names: str) -> Any:
        for n in names:
            if n in lowered:
                return lowered[n]
        return None

    plan = Plan(
        requirements=_as_list(pick("requirements", "req", "reqs", "requirement")),
        apis=_as_list(pick("apis", "api")),
        steps=_as_list(pick("steps", "step")),
        raw=text[start:end],
    )
    missing = [n for n, v in (("REQ", plan.requirements), ("API", plan.apis), ("STEPS", plan.steps)) if not v]
    return plan, [f"{W_PLAN_SECTION_MISSING}: {m}" for m in missing], end


def _program_in_block(block: CodeBlock) -> CodeBlock | None:
    """A block whose fence names another language (typescript, text, html) but holds the program: the program
    itself (for an HTML page, its largest inline <script>), or None."""
    code = block.code
    if block.lang in ("html", "htm", "xhtml") or _INLINE_SCRIPT.search(code):
        scripts = [m.group(1).strip("\n") + "\n" for m in _INLINE_SCRIPT.finditer(code) if m.group(1).strip()]
        if not scripts:
            return None
        code = max(scripts, key=_program_score)
    if not _LOOKS_LIKE_JS.search(code):
        return None
    return CodeBlock(code, block.lang, block.start, block.end, block.closed)


def _choose_block(blocks: list[CodeBlock], result: ParsedAnswer) -> CodeBlock | None:
    """The complete program among the fenced blocks; the rest go to ``extra_code_blocks``. Blocks fenced as
    JavaScript (or bare) come first; only without them is a program in another language's fence taken."""
    js_like = [b for b in blocks if b.lang in _JS_LANGS or b.lang == ""]
    origin = {id(b): b for b in js_like}
    pool = js_like
    if not pool:
        for b in blocks:
            found = _program_in_block(b)
            if found is not None:
                origin[id(found)] = b
                pool.append(found)
    if not pool:
        return None
    chosen = pool[0] if len(pool) == 1 else max(pool, key=lambda b: _program_score(b.code))
    source = origin[id(chosen)]
    if len(blocks) > 1:
        index = blocks.index(source) + 1
        result.warnings.append(
            f"{W_MULTIPLE_BLOCKS}: {len(blocks)} code blocks, kept block {index} (the complete program); "
            "the others are in extra_code_blocks"
        )
    result.extra_code_blocks = [b.code for b in blocks if b is not source]
    if chosen.lang == "":
        result.warnings.append(f"{W_FENCE_BARE}: the code fence names no language")
    elif chosen.lang != "javascript":
        result.warnings.append(f"{W_FENCE_LANG}: the code fence says '{chosen.lang}', not 'javascript'")
    return chosen


def _finish_code(code: str, result: ParsedAnswer) -> None:
    code = code.strip("\n")
    if not code.strip():
        result.errors.append(f"{E_EMPTY_CODE}: the code block is empty")
        return
    if _IMPORT_PHASER.search(code):
        result.has_phaser_import = True
        result.warnings.append(f"{W_IMPORT_PHASER}: the program imports Phaser; the runtime provides the global")
    else:
        other = _IMPORT_ANY.search(code)
        if other:
            result.warnings.append(f"{W_IMPORT_OTHER}: {other.group(0).strip()[:80]}")
    if not re.search(r"new\s+Phaser\.Game\b", code):
        result.warnings.append(f"{W_NO_GAME}: no 'new Phaser.Game' in the program")
    result.code = code + "\n"


def _split_trailing_prose(code: str) -> tuple[str, str]:
    """Unfenced code has no end marker: trailing lines of prose (CJK text without any code
    punctuation, outside comments) are cut off and returned separately."""
    lines = code.rstrip().split("\n")
    cut = len(lines)
    while cut > 0:
        line = lines[cut - 1].strip()
        if line and (line.startswith(("//", "*", "/*")) or not _CJK_RE.search(line) or re.search(r"[;{}()=\[\]]", line)):
            break
        cut -= 1
    return "\n".join(lines[:cut]) + "\n", "\n".join(lines[cut:]).strip()


def parse_teacher_output(text: str | None) -> ParsedAnswer:
    """Parse one teacher answer (either contract); never raises on bad input."""
    result = ParsedAnswer(plan=None, code=None, contract=None)
    if not isinstance(text, str) or not text.strip():
        result.errors.append(f"{E_EMPTY}: the answer is empty")
        return result
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        result.warnings.append(f"{W_CRLF}: CR/CRLF line endings normalized")
    text = text.lstrip("\ufeff")
    if _THINK_OPEN.search(text):
        stripped = _THINK_BLOCK.sub("", text)
        if _THINK_OPEN.search(stripped):  # an unclosed block: the answer never left the reasoning
            stripped = stripped[: _THINK_OPEN.search(stripped).start()]
        result.warnings.append(f"{W_REASONING}: removed {len(text) - len(stripped)} characters of <think> reasoning")
        text = stripped
        if not text.strip():
            result.errors.append(f"{E_EMPTY}: the answer holds only reasoning")
            return result

    plan_open = _PLAN_OPEN.search(text)
    json_plan = _JSON_PLAN.search(text) if plan_open is None else None
    if plan_open is None and json_plan is None:
        whole = _json_answer(text, result)
        if whole is not None:
            return whole
    answer_start = 0
    rest_start = 0
    if plan_open is not None:
        result.contract = "plan_block"
        answer_start = plan_open.start()
        close = _PLAN_CLOSE.search(text, plan_open.end())
        if close is not None:
            body, rest_start = text[plan_open.end():close.start()], close.end()
        else:
            fence = _FENCE.search(text, plan_open.end())
            label = _CODE_LABEL.search(text, plan_open.end())
            cut = min([m.start() for m in (fence, label) if m is not None], default=len(text))
            body, rest_start = text[plan_open.end():cut], cut
            result.warnings.append(f"{W_PLAN_END_MISSING}: no [/PLAN]; the plan ends at the code")
        result.plan, plan_warnings = parse_plan_block(body)
        result.warnings.extend(plan_warnings)
    elif json_plan is not None:
        result.contract = "json_plan"
        answer_start = json_plan.start()
        result.plan, plan_warnings, used = parse_json_plan(text[json_plan.end():])
        result.warnings.extend(plan_warnings)
        rest_start = json_plan.end() + used
    else:
        result.contract = "code_only"
        result.warnings.append(f"{W_PLAN_MISSING}: no [PLAN] block or 'plan:' JSON")

    rest = text[rest_start:]
    # an odd number of fence lines before the plan: the plan sits inside a fence whose closing line follows it
    opened = len(_FENCE.findall(text[:rest_start])) % 2 == 1
    orphan = _ORPHAN_FENCE.match(rest) if opened and result.contract in ("plan_block", "json_plan") else None
    if orphan is not None:  # the plan was wrapped in a fence of its own: drop its closing line
        rest = rest[orphan.end():]
        result.warnings.append(f"{W_PLAN_FENCED}: the plan was inside a code fence")
    label = _CODE_LABEL.search(rest)
    blocks = find_code_blocks(rest)
    chosen = _choose_block(blocks, result)
    if result.contract == "code_only" and chosen is not None:
        answer_start = chosen.start
    if text[:answer_start].strip():
        result.warnings.append(f"{W_TEXT_BEFORE}: {len(text[:answer_start].strip())} characters before the answer")

    if chosen is not None:
        if not chosen.closed:
            result.errors.append(f"{E_UNCLOSED}: the code fence is never closed (a truncated answer?)")
        between = rest[:chosen.start]
        if label is not None and label.start() < chosen.start:
            between = rest[:label.start()] + rest[label.end():chosen.start]
        if between.strip() and result.contract != "code_only":
            result.warnings.append(f"{W_TEXT_BEFORE}: {len(between.strip())} characters between the plan and the code")
        after = rest[chosen.end:]
        tail = after
        for block in blocks:
            if block.start >= chosen.end:
                tail = tail.replace(rest[block.start:block.end], "")
        if tail.strip():
            result.warnings.append(f"{W_TEXT_AFTER}: {len(tail.strip())} characters after the code")
        _finish_code(chosen.code, result)
    else:
        if label is not None:
            code = rest[label.end():]
            if result.contract == "plan_block":
                result.warnings.append(f"{W_CODE_UNFENCED}: the program follows 'code:' without a fence")
        else:
            code = rest
            if _LOOKS_LIKE_JS.search(code):
                result.warnings.append(f"{W_CODE_UNFENCED}: no code fence; took the text after the plan as the program")
            else:
                non_js = [b.lang for b in blocks]
                detail = f" (only {', '.join(non_js)} blocks)" if non_js else ""
                result.errors.append(f"{E_NO_CODE}: no JavaScript program found{detail}")
                return result
        code, trailing = _split_trailing_prose(code)
        if trailing:
            result.warnings.append(f"{W_TEXT_AFTER}: {len(trailing)} characters of prose after the unfenced code")
        _finish_code(code, result)
    return result


def _json_answer(text: str, result: ParsedAnswer) -> ParsedAnswer | None:
    """The whole answer as one JSON object {"plan": ..., "code": "<program>"} (bare or in a json fence)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\{", text)][:1]
    spans += [(b.start, b.end) for b in find_code_blocks(text) if b.lang in ("json", "") and b.code.lstrip().startswith("{")]
    for start, end in spans:
        at = text.find("{", start)
        try:
            obj, used = json.JSONDecoder().raw_decode(text, at)
        except ValueError:
            continue
        code = obj.get("code") if isinstance(obj, dict) else None
        if not isinstance(code, str) or not _LOOKS_LIKE_JS.search(code):
            continue
        result.contract = "json_plan"
        result.warnings.append(f"{W_JSON_ANSWER}: the answer is one JSON object; took its 'code' field")
        plan = obj.get("plan")
        if isinstance(plan, dict):
            result.plan, plan_warnings, _ = parse_json_plan(json.dumps(plan, ensure_ascii=False))
        elif isinstance(plan, str) and plan.strip():
            result.plan, plan_warnings = parse_plan_block(plan)
        else:
            result.plan, plan_warnings = None, [f"{W_PLAN_MISSING}: the JSON answer has no 'plan'"]
        result.warnings.extend(plan_warnings)
        before, after = text[:start].strip(), text[max(end, used):].strip()
        if before:
            result.warnings.append(f"{W_TEXT_BEFORE}: {len(before)} characters before the answer")
        if after:
            result.warnings.append(f"{W_TEXT_AFTER}: {len(after)} characters after the code")
        _finish_code(code.replace("\r\n", "\n"), result)
        return result
    return None


def issue_codes(messages: list[str]) -> list[str]:
    """The codes of warnings or errors (for counting in reports)."""
    return [_code_of(m) for m in messages]
