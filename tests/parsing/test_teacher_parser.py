from __future__ import annotations

from modelcall.parsing import find_code_blocks, issue_codes, parse_teacher_output

PROGRAM = (
    "const config = { type: Phaser.AUTO, width: 800, height: 600, scene: { preload, create } };\n"
    "function preload() {}\n"
    "function create() { this.add.text(10, 10, 'hi'); }\n"
    "new Phaser.Game(config);\n"
)
PLAN = (
    "[PLAN]\nREQ: 显示文字\nAPI: Phaser.GameObjects.Text, `Phaser.Scene#add`、Phaser.AUTO\n"
    "STEPS:\n1. 创建配置\n2) 添加文字\n- 启动游戏\n[/PLAN]\n"
)


def codes(answer):
    return set(issue_codes(answer.warnings)), set(issue_codes(answer.errors))


def test_clean_plan_block():
    a = parse_teacher_output(PLAN + "\n```javascript\n" + PROGRAM + "```\n")
    assert a.ok and a.contract == "plan_block"
    assert a.warnings == [] and a.errors == []
    assert a.code == PROGRAM
    assert a.plan.requirements == ["显示文字"]
    assert a.plan.apis == ["Phaser.GameObjects.Text", "Phaser.Scene#add", "Phaser.AUTO"]
    assert a.plan.steps == ["创建配置", "添加文字", "启动游戏"]
    assert a.plan_dict()["raw"].startswith("REQ:")


def test_crlf_js_fence_and_text_around():
    text = "好的，下面是答案。\n" + PLAN + "```js\n" + PROGRAM + "```\n希望对你有帮助！"
    a = parse_teacher_output(text.replace("\n", "\r\n"))
    warnings, errors = codes(a)
    assert a.ok and not errors
    assert {"crlf", "fence_lang", "text_before_answer", "text_after_answer"} <= warnings
    assert "\r" not in a.code and a.code == PROGRAM


def test_bare_fence():
    a = parse_teacher_output(PLAN + "```\n" + PROGRAM + "```")
    assert a.ok and "fence_bare" in codes(a)[0]


def test_missing_plan_end():
    a = parse_teacher_output(PLAN.replace("[/PLAN]\n", "") + "```javascript\n" + PROGRAM + "```")
    assert a.ok and "plan_end_missing" in codes(a)[0]
    assert a.plan.steps == ["创建配置", "添加文字", "启动游戏"]


def test_plan_section_missing_and_bold_labels():
    text = "**[PLAN]**\n**REQ:** 一个需求\n**STEPS：**\n1. 一步\n[/PLAN]\n```javascript\n" + PROGRAM + "```"
    a = parse_teacher_output(text)
    assert a.ok and a.plan.requirements == ["一个需求"] and a.plan.steps == ["一步"]
    assert any(w.startswith("plan_section_missing: API") for w in a.warnings)


def test_several_code_blocks_takes_the_program():
    helper = "function helper() { return 1; }\n"
    text = PLAN + "```javascript\n" + helper + "```\n说明\n```javascript\n" + PROGRAM + "```\n```bash\nnpm i phaser\n```\n"
    a = parse_teacher_output(text)
    assert a.ok and a.code == PROGRAM
    assert "multiple_code_blocks" in codes(a)[0]
    assert a.extra_code_blocks == [helper, "npm i phaser\n"]


def test_json_plan_contract_bare_code():
    text = 'plan: {"requirements": ["显示文字"], "apis": ["Phaser.GameObjects.Text"], "steps": ["a", "b"]}\ncode:\n' + PROGRAM
    a = parse_teacher_output(text)
    assert a.ok and a.contract == "json_plan" and a.warnings == []
    assert a.plan.apis == ["Phaser.GameObjects.Text"] and a.plan.steps == ["a", "b"]
    assert a.code == PROGRAM


def test_json_plan_fenced_code_and_bad_json():
    a = parse_teacher_output('plan: {"req": "x", "api": ["A"], "steps": []}\ncode:\n```javascript\n' + PROGRAM + "```")
    assert a.ok and a.plan.requirements == ["x"] and "plan_section_missing" in codes(a)[0]
    bad = parse_teacher_output("plan: {not json}\ncode:\n" + PROGRAM)
    assert bad.ok and "plan_json_invalid" in codes(bad)[0] and bad.code == PROGRAM
    none = parse_teacher_output("plan: 先画圆\ncode:\n" + PROGRAM)
    assert none.ok and "plan_json_invalid" in codes(none)[0]


def test_code_only_and_unfenced():
    a = parse_teacher_output("```javascript\n" + PROGRAM + "```")
    assert a.ok and a.contract == "code_only" and "plan_missing" in codes(a)[0]
    b = parse_teacher_output(PLAN + PROGRAM)
    assert b.ok and "code_unfenced" in codes(b)[0] and b.code == PROGRAM
    c = parse_teacher_output(PLAN + "code:\n" + PROGRAM)
    assert c.ok and "code_unfenced" in codes(c)[0]


def test_import_phaser_noted():
    a = parse_teacher_output(PLAN + "```javascript\nimport Phaser from 'phaser';\n" + PROGRAM + "```")
    assert a.ok and a.has_phaser_import and "import_phaser" in codes(a)[0]
    b = parse_teacher_output(PLAN + "```javascript\nconst fs = require('fs');\n" + PROGRAM + "```")
    assert "import_statement" in codes(b)[0]


def test_no_game_warning():
    a = parse_teacher_output(PLAN + "```javascript\nconsole.log(1);\n```")
    assert a.ok and "no_phaser_game" in codes(a)[0]


def test_error_paths():
    for empty in (None, "", "   \n"):
        a = parse_teacher_output(empty)
        assert not a.ok and codes(a)[1] == {"empty_output"}
    a = parse_teacher_output(PLAN + "没有代码。")
    assert not a.ok and codes(a)[1] == {"no_code"} and a.plan.requirements == ["显示文字"]
    b = parse_teacher_output(PLAN + "```html\n<div></div>\n```")
    assert not b.ok and "only html" in b.errors[0]
    c = parse_teacher_output(PLAN + "```javascript\nconst x = {\n")
    assert not c.ok and codes(c)[1] == {"fence_unclosed"} and c.code is not None
    d = parse_teacher_output(PLAN + "```javascript\n\n```")
    assert not d.ok and codes(d)[1] == {"empty_code"}


def test_find_code_blocks_tilde_and_long_fences():
    blocks = find_code_blocks("~~~js\na\n~~~\n````javascript\nb ``` c\n````\n")
    assert [(b.lang, b.code) for b in blocks] == [("js", "a\n"), ("javascript", "b ``` c\n")]


def test_non_js_block_after_the_program_is_reported():
    a = parse_teacher_output(PLAN + "```javascript\n" + PROGRAM + "```\n\n```html\n<script src='phaser.js'></script>\n```\n")
    assert a.ok and a.code == PROGRAM
    assert "multiple_code_blocks" in codes(a)[0] and "text_after_answer" not in codes(a)[0]
    assert a.extra_code_blocks == ["<script src='phaser.js'></script>\n"]


def test_plan_inside_its_own_fence():
    a = parse_teacher_output("```text\n" + PLAN + "```\n\n```javascript\n" + PROGRAM + "```")
    assert a.ok and a.code == PROGRAM and a.plan.steps == ["创建配置", "添加文字", "启动游戏"]
    assert {"plan_fenced", "text_before_answer"} <= codes(a)[0]
    b = parse_teacher_output('plan:\n```json\n{"requirements": ["r"], "apis": ["A"], "steps": ["s"]}\n```\n'
                             "code:\n```javascript\n" + PROGRAM + "```")
    assert b.ok and b.code == PROGRAM and b.plan.apis == ["A"] and "plan_fenced" in codes(b)[0]


def test_chinese_section_labels():
    a = parse_teacher_output("[PLAN]\n需求：画圆\nAPI：Phaser.GameObjects.Graphics\n步骤：\n1. 画\n[/PLAN]\n```javascript\n"
                             + PROGRAM + "```")
    assert a.ok and a.warnings == []
    assert a.plan.requirements == ["画圆"] and a.plan.apis == ["Phaser.GameObjects.Graphics"] and a.plan.steps == ["画"]


def test_prose_after_unfenced_code_is_cut():
    a = parse_teacher_output('plan: {"requirements": ["r"], "apis": ["A"], "steps": ["s"]}\ncode:\n' + PROGRAM
                             + "\n以上代码实现了全部需求。\n运行即可看到效果\n")
    assert a.ok and a.code == PROGRAM and "text_after_answer" in codes(a)[0]
    b = parse_teacher_output('plan: {"requirements": ["r"], "apis": ["A"], "steps": ["s"]}\ncode:\n' + PROGRAM
                             + "// 结束\n")
    assert b.code == PROGRAM + "// 结束\n" and "text_after_answer" not in codes(b)[0]


def test_reasoning_blocks_are_removed():
    draft = "<think>\n先想想。[PLAN]\nREQ: 草稿\n[/PLAN]\n```javascript\nconsole.log('draft');\n```\n</think>\n"
    a = parse_teacher_output(draft + PLAN + "```javascript\n" + PROGRAM + "```")
    assert a.ok and a.code == PROGRAM and a.plan.requirements == ["显示文字"]
    assert "reasoning_removed" in codes(a)[0] and "text_before_answer" not in codes(a)[0]
    b = parse_teacher_output("<think>\n还没想完……")
    assert not b.ok and codes(b)[1] == {"empty_output"}


def test_program_in_a_fence_of_another_language_is_taken_without_the_fence_lines():
    for lang in ("typescript", "ts", "text"):
        a = parse_teacher_output(PLAN + f"```{lang}\n" + PROGRAM + "```\n")
        assert a.ok, (lang, a.errors)
        assert a.code == PROGRAM, lang
        assert "fence_lang" in codes(a)[0], lang


def test_program_inside_an_html_page_is_the_inline_script():
    page = ("```html\n<!DOCTYPE html>\n<html><head><script src=\"https://cdn.example/phaser.min.js\"></script></head>\n"
            "<body>\n<script>\n" + PROGRAM + "</script>\n</body></html>\n```\n")
    a = parse_teacher_output(PLAN + page)
    assert a.ok, a.errors
    assert a.code.strip() == PROGRAM.strip()
    assert "fence_lang" in codes(a)[0]


def test_whole_answer_as_one_json_object():
    import json

    obj = {"plan": {"requirements": ["显示文字"], "apis": ["Phaser.GameObjects.Text"], "steps": ["创建"]}, "code": PROGRAM}
    for text in (json.dumps(obj, ensure_ascii=False), "```json\n" + json.dumps(obj, ensure_ascii=False, indent=2) + "\n```"):
        a = parse_teacher_output(text)
        assert a.ok, a.errors
        assert a.contract == "json_plan"
        assert a.code == PROGRAM
        assert a.plan.apis == ["Phaser.GameObjects.Text"] and a.plan.requirements == ["显示文字"]
        assert "json_answer" in codes(a)[0]
