"""Run one task: build the runner, time it, write its report whatever happens."""
from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from modelcall.config.loader import LoadedTask, load_task, load_task_mapping
from modelcall.errors import Interrupted, ModelcallError, OutputBusy, TaskFailed, UserError
from modelcall.io import output_lock
from modelcall.logs import add_run_log_file, setup_console_logging
from modelcall.progress import set_progress_enabled
from modelcall.reporting import TaskReport
from modelcall.secrets import redact, redact_data

log = logging.getLogger("modelcall")


@dataclass
class TaskOutcome:
    status: str
    exit_code: int
    report_path: Path
    report: TaskReport


def config_dump(loaded: LoadedTask) -> dict[str, Any]:
    """The resolved config as plain data, secrets redacted."""
    return redact_data(loaded.config.model_dump(mode="json"))


def execute(loaded: LoadedTask, debug: bool = False) -> TaskOutcome:
    """Run a validated task. User errors and failures propagate after the report is written."""
    config = loaded.config
    setup_console_logging(debug)
    set_progress_enabled(getattr(config, "progress", True))
    report = TaskReport(config.task_name, config.task_type, config.reports_dir, config_dump(loaded))
    log_dir = config.log_dir or str(Path(config.reports_dir) / "logs")
    handler = add_run_log_file(log_dir, config.task_name)
    runner = loaded.runner_class(config, report, source=loaded.source, debug=debug)
    log.info("task %s (%s) from %s", config.task_name, config.task_type, loaded.source)
    status, code, error = "ok", 0, None
    owns_report = True
    try:
        with contextlib.ExitStack() as locks:
            for key, path in runner.output_locks():
                locks.enter_context(output_lock(path, key))
            runner.run()
    except KeyboardInterrupt:
        status, code, error = "interrupted", Interrupted.exit_code, "stopped by Ctrl-C; state saved, rerun to resume"
        raise Interrupted(error) from None
    except ModelcallError as exc:
        owns_report = not isinstance(exc, OutputBusy)  # the run holding the output writes that report
        if isinstance(exc, Interrupted):
            status = "interrupted"
        elif isinstance(exc, UserError):
            status = "invalid_input"
        else:
            status = "failed"
        code, error = exc.exit_code, str(exc)
        raise
    except Exception as exc:
        status, code, error = "failed", 1, redact(f"{type(exc).__name__}: {exc}")
        raise
    finally:
        report_path = report.write(status, error) if owns_report else report.path
        if status == "ok":
            for name, path in report.artifacts.items():
                log.info("%s: %s", name, path)
        if owns_report:
            log.info("report: %s (%s)", report_path, status)
        logging.getLogger("modelcall").removeHandler(handler)
        handler.close()
    return TaskOutcome(status=status, exit_code=code, report_path=report_path, report=report)


def run_task_file(path: str | Path, overrides: list[str] | None = None, debug: bool = False) -> TaskOutcome:
    """Load and run a task YAML (what ``run-task`` does)."""
    return execute(load_task(path, overrides), debug=debug)


def run_task_mapping(
    mapping: dict[str, Any], source: str, overrides: list[str] | None = None, debug: bool = False
) -> TaskOutcome:
    """Load and run a task given as a mapping (a pipeline step written inline)."""
    return execute(load_task_mapping(mapping, source, overrides), debug=debug)


__all__ = ["TaskFailed", "TaskOutcome", "execute", "run_task_file", "run_task_mapping"]
