"""``python -m modelcall.cluster.preflight <task.yaml> [key=value ...]``: would a chunk job of this task run here?

batch_submit runs it once, as a job would (the jobs' python, working directory and env files), before it
submits anything: the task config must load (keys, credentials) and the runner must find what it needs
(``Runner.job_environment_problems``). Prints ``- <problem>`` lines; exit 0 when ready, 2 when not.
"""
from __future__ import annotations

import sys

from modelcall.config.loader import load_task
from modelcall.errors import UserError


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print("usage: python -m modelcall.cluster.preflight <task.yaml> [key=value ...]", file=sys.stderr)
        return 2
    try:
        loaded = load_task(args[0], args[1:])
        problems = loaded.runner_class.job_environment_problems(loaded.config)
    except UserError as exc:
        problems = [str(exc)]
    for problem in problems:
        print(f"- {problem}")
    return 2 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
