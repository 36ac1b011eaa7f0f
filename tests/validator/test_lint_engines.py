"""L1's two lint engines: oxlint (native, batched; the default) and ESLint (the reference) give the same lint
codes, rules and lines, and so the same verdicts; oxlint's host failing falls back to ESLint."""
from __future__ import annotations

import os
import signal

import pytest

from modelcall.validator import Validator
from modelcall.validator.config import ValidatorConfig
from modelcall.validator.node_worker import NodeWorker

from .conftest import as_candidate, load_labelled

# where the engines could part: scoping, directives in comments, line counting, globals, each rule's reach
SNIPPETS = [
    "with (Math) { x = floor(1.5); }\nfoo();",
    "window\n  .fetch('/x');\nself.fetch('a'); globalThis.XMLHttpRequest; window['fetch']('b');",
    "setTimeout(\n  'alert(1)', 10);\nsetInterval(`x`, 5);\nwindow.setTimeout('y');\nself.setInterval(\"z\");\nexecScript('q');",
    "new Function('a', 'return a');\nFunction('x')();\nwindow.Function('x');\nvar f = Function;\nf('x');",
    "eval('1');\nwindow.eval('2');\nglobalThis.eval('3');\nthis.eval('4');\n(0, eval)('5');\nvar e = eval; e('6');",
    "fetch('/a');\nnew WebSocket('ws://x');\nnew EventSource('/e');\nconst x = new XMLHttpRequest();\nfunction g(fetch) { fetch(); }",
    "const fs = require('fs');\nrequire\n('path');\nimport('x').then(() => {});\nif (typeof require === 'function') require('y');",
    "typeof undefinedThing;\nif (typeof module !== 'undefined') module.exports = {};\nundefinedCall();\n"
    "class A { #p = 1; m() { return this.#p + missing; } }",
    "/* global foo */\n/* eslint-disable */\n// eslint-disable-next-line no-undef\nfoo();\nbar(); // eslint-disable-line\n"
    "/* oxlint-disable */\nbaz();",
    "// \u00e9 \U0001F600 \u2028 line\nvar s = '\U0001F600'; missingA;\n/* \U0001F600\n\U0001F600 */ missingB; s.length;\r\nmissingC;\rmissingD;",
    "import fs from 'fs';\nimport { join } from 'node:path';\nexport * from 'os';\nimport Phaser from 'phaser';\n"
    "const y = import('net');\nmissing;",
    "#!/usr/bin/env node\nmissingHash();",
    "Iterator.from([1]);\nstructuredClone({});\nAggregateError; WeakRef; SharedArrayBuffer;",
    "x = 1;\nfor (k in {}) {}\n[y] = [1];\n({z} = {});\nv++;",
    "const { a = missingDefault } = {};\nclass B extends MissingBase {}\nnew MissingClass();\nmissingTagged`t`;",
    "document.write('x'); localStorage.getItem('a'); requestAnimationFrame; Phaser.AUTO;\nvar Phaser2 = window.Phaser;",
    "if (true) { function inner() {} }\ninner();\n{ let blockScoped = 1; }\nblockScoped;",
    "global.setTimeout('x');\nwindow.window.setTimeout('x');\nsetTimeout(`${a}`);\nsetTimeout('a' + b);\n"
    "window['setTimeout']('x');",
    "const fetch = 1; fetch;\n{ const WebSocket = 2; new WebSocket(); }\nfunction q(XMLHttpRequest) { return new XMLHttpRequest(); }",
]


def lint_keys(answer: dict) -> list[tuple] | tuple:
    if not answer["parse_ok"]:
        return ("syntax_error", answer["syntax_error"])
    return [(m["code"], m["rule"], m["line"]) for m in answer["lint"]]


@pytest.fixture(scope="module")
def oxlint_worker():
    with NodeWorker({"lint": {"engine": "oxlint"}}) as worker:
        if worker.engine != "oxlint":
            pytest.skip("oxlint is not installed (npm ci)")
        yield worker


def test_engines_give_the_same_lint_codes_rules_and_lines(oxlint_worker):
    with NodeWorker({"lint": {"engine": "eslint"}}) as eslint:
        assert eslint.engine == "eslint"
        reference = [lint_keys(a) for a in eslint.analyze_batch(SNIPPETS)]
    assert [lint_keys(a) for a in oxlint_worker.analyze_batch(SNIPPETS)] == reference
    # the cases that matter most, spelt out: directives in comments switch nothing off, ES2023+ globals stay
    # undefined (ESLint's ES2022), a function declared in a block is block-scoped, lines count every break
    assert reference[8] == [("undefined_name", "no-undef", 4), ("undefined_name", "no-undef", 5), ("undefined_name", "no-undef", 7)]
    assert reference[12] == [("undefined_name", "no-undef", 1)]
    assert reference[16] == [("undefined_name", "no-undef", 2), ("undefined_name", "no-undef", 4)]
    assert [line for _, _, line in reference[9]] == [2, 3, 5, 6, 7]
    # ESLint judged only where oxlint would not agree (a block function, an ES2023 name, self.setInterval, import())
    engines = [a["lint_engine"] for a in oxlint_worker.analyze_batch(SNIPPETS)]
    assert [i for i, e in enumerate(engines) if e == "eslint"] == [2, 10, 12, 16]


def test_a_batch_answers_as_single_requests_do(oxlint_worker):
    codes = SNIPPETS[:6] + ["let x = ;", "", "const a = 1;\nconsole.log(a);\n"]
    batch = oxlint_worker.analyze_batch(codes)
    single = [oxlint_worker.analyze(code) for code in codes]
    strip = lambda r: {k: v for k, v in r.items() if k not in ("timing", "id")}  # noqa: E731
    assert [strip(r) for r in batch] == [strip(r) for r in single]
    assert batch[6]["syntax_error"]["line"] == 1 and batch[8]["lint"] == []


def test_a_dead_oxlint_host_falls_back_to_eslint_then_restarts(oxlint_worker):
    host = oxlint_worker.request({"op": "ping"})["oxlint_pid"]
    assert host
    os.kill(host, signal.SIGKILL)
    answers = oxlint_worker.analyze_batch(SNIPPETS[:3])
    assert [a["lint_engine"] for a in answers] == ["eslint"] * 3
    assert lint_keys(answers[0]) == [("with", "no-with", 1), ("undefined_name", "no-undef", 1),
                                     ("undefined_name", "no-undef", 1), ("undefined_name", "no-undef", 2)]
    assert [a["lint_engine"] for a in oxlint_worker.analyze_batch(SNIPPETS[:3])] == ["oxlint", "oxlint", "eslint"]
    again = oxlint_worker.request({"op": "ping"})["oxlint_pid"]
    assert again and again != host


def test_verdicts_on_the_labelled_set_are_the_same_with_either_engine(oxlint_worker):
    cands = [as_candidate(row) for row in load_labelled()]

    def verdicts(engine: str) -> list[tuple]:
        cfg = {"cache_path": None, "runtime": {"enabled": False}, "lint": {"engine": engine}}
        with Validator(cfg) as validator:
            return [(r["passed"], r["reasons"], [(e["code"], e.get("line")) for e in r["validation"]["errors"]])
                    for r in validator.validate(cands)]

    assert verdicts("oxlint") == verdicts("eslint")


def test_workers_auto_is_one_per_usable_cpu():
    cfg = ValidatorConfig()
    assert cfg.workers == "auto" and cfg.worker_count() == len(os.sched_getaffinity(0))
    assert ValidatorConfig(workers=3).worker_count() == 3
    assert ValidatorConfig(workers=1).fingerprint() == cfg.fingerprint()  # how work is spread is no verdict


def test_a_batch_goes_to_the_workers_in_chunks_of_at_least_sixteen(monkeypatch):
    sizes: list[int] = []
    real = NodeWorker.analyze_batch

    def spy(self, codes):
        sizes.append(len(codes))
        return real(self, codes)

    monkeypatch.setattr(NodeWorker, "analyze_batch", spy)
    cands = [as_candidate(row) for row in load_labelled()][:40]
    with Validator({"cache_path": None, "runtime": {"enabled": False}, "workers": 2, "api": {"reflect": False}}) as v:
        first = list(v.validate(cands, batch_size=40))
        assert sorted(sizes) == [20, 20]
        sizes.clear()
        again = list(v.validate([dict(c, code=c["code"] + "\n// again\n") for c in cands[:10]], batch_size=10))
        assert sizes == [10]
    assert [r["position"] for r in first] == list(range(40)) and len(again) == 10
