"""The long-lived Node worker: JSON lines over stdin/stdout, restarted when it dies."""
from __future__ import annotations

import os
import signal

from modelcall.validator.node_worker import NodeWorker


def test_worker_answers_and_restarts_after_a_crash():
    with NodeWorker({}) as worker:
        first = worker.analyze("const a = 1;\nconsole.log(a, window.innerWidth, Phaser.AUTO);\n")
        assert first["ok"] and first["parse_ok"] and first["lint"] == []
        pid = worker.request({"op": "ping"})["pid"]
        os.kill(pid, signal.SIGKILL)
        again = worker.analyze("let x = ;")
        assert again["ok"] and not again["parse_ok"] and again["syntax_error"]["line"] == 1
        assert worker.request({"op": "ping"})["pid"] != pid


def test_lint_rules_and_module_programs():
    with NodeWorker({}) as worker:
        res = worker.analyze("setTimeout('alert(1)', 10);\nwindow.fetch('/x');\nrequestAnimationFrame(() => {});\n")
        assert [m["code"] for m in res["lint"]] == ["eval", "network"]
        mod = worker.analyze("import Phaser from 'phaser';\nexport default class A extends Phaser.Scene {}\n")
        assert mod["source_type"] == "module" and mod["lint"] == []
        assert "import" not in mod["runnable"] and "export" not in mod["runnable"]
        # the module's scope is a function around it, closed on a line after the code: the code's lines are kept
        assert mod["runnable"].startswith("(function () {'use strict'; ") and mod["runnable"].endswith("\n}).call(undefined);")
        assert mod["runnable"].rsplit("\n", 1)[0].count("\n") == 2  # lines kept for runtime error lines


def test_names_guarded_by_typeof_are_not_undefined():
    with NodeWorker({}) as worker:
        res = worker.analyze("const c = {};\nif (typeof module !== 'undefined') { module.exports = c; }\nmissing();\n")
        assert [(m["code"], m["line"]) for m in res["lint"]] == [("undefined_name", 3)]
