"""pipeline: run a chain of tasks in order, skipping steps whose config and inputs are unchanged."""
from __future__ import annotations

import json
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field

from modelcall.config.paths import Output
from modelcall.config.schema import TaskConfig
from modelcall.errors import ConfigError, TaskFailed, UserError
from modelcall.io import atomic_write_text
from modelcall.pipeline.steps import PipelineStep
from modelcall.records import utc_now
from modelcall.runners import register
from modelcall.runners.base import Runner


class PipelineConfig(TaskConfig):
    steps: list[PipelineStep] = Field(min_length=1, description="tasks in order: {name, config: path} or {name, task: {...}}")
    vars: dict[str, Any] = Field(default_factory=dict, description="free values for ${vars.x} interpolation in this file")
    step_overrides: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        description="step name -> {dotted key: value} set on that step (command line: step_overrides.filter.batch_size=8)",
    )
    from_step: str | None = Field(None, description="rerun from this step on (earlier steps are not run)")
    only_step: str | None = Field(None, description="run only this step (forced)")
    force: bool = Field(False, description="run every step even when unchanged")
    state_dir: Annotated[str | None, Output] = Field(None, description="where step fingerprints are kept; default runs/pipeline_state/<task_name>")
    report_path: Annotated[str | None, Output] = Field(None, description="the HTML run report; default <reports_dir>/<task_name>.html")
    title: str | None = Field(None, description="run report title")
    keep_history: bool = Field(True, description="also keep each run's report as history/<task_name>_<UTC time>.html beside it")


@register
class PipelineRunner(Runner[PipelineConfig]):
    task_type = "pipeline"
    summary = "run a chain of tasks (skips unchanged steps; from_step/only_step) + HTML run report"
    config_class = PipelineConfig

    def output_locks(self) -> list[tuple[str, str]]:
        return [("state_dir", self.config.state_dir or f"runs/pipeline_state/{self.config.task_name}")]

    def run(self) -> None:
        from modelcall.pipeline.report import StepRun, collect, render
        from modelcall.pipeline.state import StepState, fingerprint, output_paths, present_outputs
        from modelcall.pipeline.steps import check_static_inputs, load_steps
        from modelcall.tasks import execute

        cfg = self.config
        names = [s.name for s in cfg.steps]
        for key in ("from_step", "only_step"):
            value = getattr(cfg, key)
            if value is not None and value not in names:
                raise ConfigError(f"{key}: no step named '{value}' (steps: {', '.join(names)})", source=self.source)
        if cfg.from_step and cfg.only_step:
            raise ConfigError(
                f"from_step ({cfg.from_step}) and only_step ({cfg.only_step}) are both set: give one (--from or --only)",
                source=self.source,
            )
        state_dir = Path(cfg.state_dir or f"runs/pipeline_state/{cfg.task_name}")
        defaults = {"reports_dir": cfg.reports_dir, "progress": cfg.progress}
        unknown = set(cfg.step_overrides) - set(names)
        if unknown:
            raise ConfigError(f"step_overrides: no step named {', '.join(sorted(unknown))} (steps: {', '.join(names)})", source=self.source)
        for spec in cfg.steps:
            spec.overrides.update(_flatten(cfg.step_overrides.get(spec.name, {})))
        steps = load_steps(cfg.steps, self.source, defaults)
        for step in steps[:-1]:
            # a cluster step that only submits would leave the next step without its input
            if step.task_type == "batch_submit" and not getattr(step.loaded.config, "wait", True):
                raise ConfigError(f"steps[{step.index}] ({step.name}): a batch_submit step needs wait: true in a pipeline "
                                  "(the steps after it read what it merges)", source=self.source)
        start = names.index(cfg.from_step) if cfg.from_step else 0
        to_run = {cfg.only_step} if cfg.only_step else set(names[start:])

        runs: list[StepRun] = []
        failure: BaseException | None = None
        t_all = time.monotonic()
        try:
            check_static_inputs(steps, to_run, self.source)
            for step in steps:
                dump = step.loaded.config.model_dump(mode="json")
                run = StepRun(step.name, step.task_type, "not_run", dump)
                runs.append(run)
                run.report_path = str(Path(dump.get("reports_dir") or cfg.reports_dir) / f"{dump['task_name']}.json")
                state = StepState(state_dir, step.name)
                previous = state.load() or {}
                if cfg.only_step and step.name != cfg.only_step:
                    run.status, run.note = "skipped", f"only_step={cfg.only_step}"
                    self._attach_previous(run, previous)
                    continue
                if step.index < start:
                    run.status, run.note = "skipped", f"before from_step={cfg.from_step}"
                    self._attach_previous(run, previous)
                    continue
                declared = step.paths
                outputs = output_paths(declared) | {str(Path(p)) for p in (previous.get("artifacts") or {}).values()}
                digest, inputs = fingerprint(dump, declared, outputs)
                forced = cfg.force or cfg.only_step == step.name or (cfg.from_step is not None and step.index >= start)
                # outputs the last run left (an artifact that was never written, e.g. an empty errors file, is not required)
                outputs_there = all(Path(p).exists() for p in previous.get("outputs_present") or [])
                if not forced and previous.get("fingerprint") == digest and outputs_there:
                    run.status = "skipped"
                    run.note = f"unchanged since {previous.get('finished_at')} (that run took {previous.get('duration_s', '?')} s)"
                    self._attach_previous(run, previous)
                    self.report.count("steps_skipped")
                    self.log.info("step %s (%s): skipped, config and inputs unchanged since %s",
                                  step.name, step.task_type, previous.get("finished_at"))
                    continue
                if forced:
                    why = "forced"
                elif previous.get("unfinished_since"):
                    why = f"its run of {previous['unfinished_since']} did not finish"
                elif not previous:
                    why = "first run"
                elif previous.get("fingerprint") != digest:
                    why = "changed config or inputs"
                else:
                    why = "an output it wrote is missing"
                self.log.info("step %s (%s): running (%s)", step.name, step.task_type, why)
                # a failed or interrupted run must not look current later (no fingerprint), but is remembered
                state.save({"unfinished_since": utc_now()})
                t0 = time.monotonic()
                try:
                    outcome = execute(step.loaded, debug=self.debug)
                except BaseException as exc:
                    run.status, run.duration_s, run.note = "failed", time.monotonic() - t0, why
                    self._attach_previous(run, {"report_path": run.report_path})
                    if isinstance(exc, UserError) and exc.args and isinstance(exc.args[0], str):
                        exc.args = (f"step '{step.name}' ({step.task_type}): {exc.args[0]}", *exc.args[1:])
                    raise
                run.status, run.duration_s, run.note = "ran", time.monotonic() - t0, why
                run.artifacts = dict(outcome.report.artifacts)
                run.report = _read_json(outcome.report_path)
                self.report.count("steps_run")
                # fingerprint again with the final artifacts excluded (a step may write beside its inputs)
                final_digest, final_inputs = fingerprint(
                    dump, declared, outputs | {str(Path(p)) for p in run.artifacts.values()})
                state.save({
                    "fingerprint": final_digest, "inputs": final_inputs, "artifacts": run.artifacts,
                    "outputs_present": present_outputs(run.artifacts.values()),
                    "report_path": str(outcome.report_path), "task_type": step.task_type,
                    "finished_at": utc_now(),
                    "duration_s": round(run.duration_s, 3),
                })
                del digest, inputs
        except BaseException as exc:  # noqa: BLE001 - the run report is written whatever happened
            failure = exc
        finally:
            report_path = Path(cfg.report_path or Path(cfg.reports_dir) / f"{cfg.task_name}.html")
            summary = collect(runs)
            subtitle = (f"{cfg.task_name} · {datetime.now(timezone.utc).isoformat(timespec='seconds')} · "
                        f"{sum(r.status == 'ran' for r in runs)} ran, {sum(r.status == 'skipped' for r in runs)} skipped"
                        + ((f", failed at {runs[-1].name}" if runs else ", stopped before the first step") if failure else "") + f" · {time.monotonic() - t_all:.1f} s")
            html = render(summary, cfg.title or f"modelcall run: {cfg.task_name}", subtitle)
            atomic_write_text(report_path, html)
            if cfg.keep_history:
                stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
                history = report_path.parent / "history" / f"{cfg.task_name}_{stamp}.html"
                atomic_write_text(history, html)
                self.report.artifact("run_report_copy", history)
            self.report.set("steps", summary["steps"])
            # the steps' sections, merged in step order (each row names its step)
            self.report.set("funnel", summary["funnel"])
            self.report.set("failures", [dict(row, step=group["step"], stage=group["stage"]) for group in summary["failures"]
                                         for row in group["rows"]])
            self.report.set("spend", {})  # the steps' spend is theirs; the run's total is "usage"
            self.report.set("usage", summary["usage"])
            self.report.set("by_model", summary["by_model"])
            self.report.artifact("run_report", report_path)
        if failure is not None:
            if isinstance(failure, (KeyboardInterrupt,)) or not isinstance(failure, Exception):
                raise failure
            from modelcall.errors import ModelcallError

            if isinstance(failure, ModelcallError):
                raise failure
            raise TaskFailed(f"step {runs[-1].name} failed: {type(failure).__name__}: {failure}") from failure
        self._announce(runs, report_path)

    def _attach_previous(self, run: Any, previous: dict[str, Any]) -> None:
        run.artifacts = dict(previous.get("artifacts") or {})
        if isinstance(previous.get("duration_s"), (int, float)):
            run.last_duration_s = float(previous["duration_s"])
        path = previous.get("report_path") or run.report_path
        run.report = _read_json(path)
        if run.report and not previous.get("duration_s"):
            run.duration_s = 0.0

    def _announce(self, runs: list[Any], report_path: Path) -> None:
        """The paths a person wants after a run, by name."""
        wanted = {"dataset_dir": "dataset", "review_page": "review page", "review_sheet": "review sheet"}
        for run in runs:
            for key, label in wanted.items():
                if key in run.artifacts:
                    self.report.artifact(label.replace(" ", "_"), run.artifacts[key])
        lines = [f"{label}: {run.artifacts[key]}" for run in runs for key, label in wanted.items() if key in run.artifacts]
        lines.append(f"run report: {report_path}")
        self.log.info("pipeline done\n  %s", "\n  ".join(lines))


def _flatten(mapping: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """{"validator": {"workers": 1}} -> {"validator.workers": 1}, so sibling keys of a section survive."""
    flat: dict[str, Any] = {}
    for key, value in mapping.items():
        if isinstance(value, dict) and value:
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def _read_json(path: str | Path | None) -> dict[str, Any] | None:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8")) if path else None
    except (OSError, ValueError):
        return None
