"""batch_submit: split a JSONL into chunks and run, as cluster jobs, the generation CLI on each chunk x model
or any chunkable task (filter, parse, infer, ...) on each chunk; then merge."""
from __future__ import annotations

import sys
import time
from pathlib import Path

from modelcall.cluster import submit as sub
from modelcall.cluster.config import BatchSubmitConfig
from modelcall.cluster.manifest import ChunkState, Manifest, RunLock
from modelcall.errors import ConfigError, InputError, TaskFailed
from modelcall.io import atomic_write_json
from modelcall.runners import register
from modelcall.runners.base import Runner


@register
class BatchSubmitRunner(Runner[BatchSubmitConfig]):
    task_type = "batch_submit"
    summary = "spread a distillation or a task (filter, parse, ...) over cluster jobs (local, Slurm, SiFlow); reruns submit only what is missing"
    config_class = BatchSubmitConfig

    def output_locks(self) -> list[tuple[str, str]]:
        return []  # RunLock below: taken only by the actions that write, so a status look works beside a run

    def run(self) -> None:
        cfg = self.config
        lock = RunLock(cfg.output_base_dir)
        if cfg.dry_run or (cfg.action == "status" and not cfg.wait) or not Path(cfg.output_base_dir).exists() and cfg.action != "submit":
            self._run()  # reads only (a status table saves nothing while another run holds the folder)
            return
        if not lock.acquire():
            raise ConfigError(
                f"output_base_dir: another batch_submit ({lock.holder()}) is working on {cfg.output_base_dir}; "
                "wait for it (or stop it), or use action=status to look",
                source=self.source,
            )
        try:
            self._run(locked=True)
        finally:
            lock.release()

    def _run(self, locked: bool = False) -> None:
        cfg = self.config
        base = Path(cfg.output_base_dir)
        dry = cfg.dry_run
        self._locked = locked

        # load: the run's manifest (or a new one), models, chunks
        manifest = Manifest.load(base)
        if cfg.action != "submit":
            self._status_or_cancel(manifest)
            return
        task = None
        id_keys: tuple[str, ...] = ("request_id",)
        if cfg.task is not None:
            from modelcall.cluster.task import resolve_task

            task = resolve_task(cfg, base, self.source, write=not dry)
            models = [sub.JobModel(task.alias, str(task.config_file))]
            # an output written whole keeps every input record, a repeated id too (as one process would)
            id_keys = task.chunking.split_ids if task.chunking.appends else ()
        else:
            models = sub.resolve_models(cfg, base, self.source, write=not dry)
            if not dry:
                sub.check_model_keys(models, sub.env_file_list(cfg), self.source)
        if manifest is None:
            total, chunks, duplicates = sub.plan_chunks(cfg, base, self.source, id_keys)
            if duplicates:
                self.report.count("duplicate_request_ids", duplicates)
                self.log.warning("%d repeated %s(s) in %s: only the first of each is submitted", duplicates,
                                 "/".join(id_keys), cfg.input_path)
            manifest = Manifest(output_base_dir=base, input_path=str(Path(cfg.input_path).resolve()),
                                input_size=Path(cfg.input_path).stat().st_size, split=sub.split_settings(cfg), chunks=chunks,
                                task=task.manifest_entry(base) if task else None)
            if not dry:
                with self.report.timer("split"):
                    total, spread = sub.write_chunks(cfg, manifest.chunks, id_keys,
                                                     task.chunking.position_key if task else None,
                                                     task.chunking.groups if task else ())
                if spread:
                    self.report.count("groups_across_chunks", spread)
                    self.log.warning("%d group(s) of %s are not adjacent in %s and span chunks: a task that works per "
                                     "group (reward's advantages) sees each part alone; sort the input by %s",
                                     spread, "/".join(task.chunking.groups if task else ()), cfg.input_path,
                                     (task.chunking.groups if task else ("?",))[0])
                self.log.info("split %d records into %d chunks under %s", total, len(chunks), base / sub.CHUNKS_DIR)
        else:
            sub.check_same_run(manifest, cfg, self.source)
            sub.check_same_kind(manifest, task, self.source)
        manifest.models = sorted(set(manifest.models) | {m.alias for m in models})
        backend = sub.make_backend(cfg, base, self.source)

        # transform: reconcile with the backend, decide what to submit
        with self.report.timer("status"):
            sub.refresh_states(manifest, backend if manifest.jobs else None)
        plan = sub.make_plan(manifest, models, cfg.resubmit_failed, cfg.resubmit_chunks)
        states = list(plan.states.values())
        for state in ChunkState:
            self.report.count(f"jobs_{state.value}_before", states.count(state))
        self.report.count("chunks", len(manifest.chunks))
        self.report.count("jobs_total", len(plan.states))
        self.report.stage("input records", sum(c.records for c in manifest.chunks))
        self.report.stage("jobs", len(plan.states))
        self.report.stage("jobs to submit", len(plan.to_submit))
        if plan.skipped_failed:
            self.log.warning(
                "%d failed chunk(s) not resubmitted (set resubmit_failed=true to retry them): %s",
                len(plan.skipped_failed), ", ".join(plan.skipped_failed[:10]),
            )
        batch = sub.build_batch(cfg, manifest, models, plan.to_submit, self.source, task) if plan.to_submit else None
        if batch is not None and task is not None and not dry and cfg.task and cfg.task.check_environment:
            from modelcall.cluster.task import check_job_environment, job_env

            if cfg.backend == "siflow":  # its jobs run in an image, not with this machine's software
                self.log.info("the job environment is not checked here for siflow: the jobs run in %s", cfg.siflow.image)

            else:
                with self.report.timer("check_environment"):
                        check_job_environment(task, cfg.job.python or sys.executable, batch.jobs[0].workdir,
                                          job_env(sub.env_file_list(cfg)), self.source)

        if dry:
            if manifest.jobs:
                print(sub.format_states(manifest))
            print(backend.describe(batch) if batch else "# nothing to submit: every chunk is complete or running")
            self.report.set("dry_run", {"would_submit": plan.to_submit, "states": {k: v.value for k, v in plan.states.items()}})
            self.report.count("jobs_would_submit", len(plan.to_submit))
            return

        # write: submit, record in the manifest at once (a crash after sbatch must not lose the job ids)
        if batch is not None:
            batch.write()
            sub.clear_markers(manifest, batch)
            with self.report.timer("submit"):
                job_ids = backend.submit(batch)
            sub.record_submission(manifest, batch, job_ids, backend.name)
            self.log.info("submitted %d job(s) to %s as %s", len(job_ids), backend.name, batch.name)
        else:
            self.log.info("nothing to submit: every chunk is complete, running or failed")
        manifest.save()
        self.report.count("jobs_submitted", len(plan.to_submit))
        self.report.set("submitted", [{"key": k, "job_id": manifest.jobs[k].job_id, "attempt": manifest.jobs[k].attempt}
                                      for k in plan.to_submit])
        self.report.artifact("manifest", manifest.path)

        if cfg.wait:
            with self.report.timer("wait"):
                finished = sub.wait_for_jobs(manifest, backend, cfg.poll_interval_s, cfg.wait_timeout_s)
            self._finish(manifest, backend, finished)
        else:
            self.report.set("states", manifest.state_counts())

    def _status_or_cancel(self, manifest: Manifest | None) -> None:
        cfg = self.config
        if manifest is None:
            raise InputError(f"{cfg.output_base_dir}: no manifest.json (nothing was submitted there yet)")
        backend = sub.make_backend(cfg, manifest.output_base_dir, self.source)
        sub.refresh_states(manifest, backend)
        if cfg.action == "cancel":
            active = [e for e in manifest.jobs.values() if ChunkState(e.state).active and e.backend == backend.name]
            backend.cancel([e.job_id for e in active if e.job_id])
            self.report.count("jobs_cancelled_now", len(active))
            self.log.info("asked %s to cancel %d job(s)", backend.name, len(active))
            if active:
                time.sleep(min(2.0, cfg.poll_interval_s))
                sub.refresh_states(manifest, backend)
        if self._locked:
            manifest.save()
        print(sub.format_states(manifest))
        self.report.set("states", manifest.state_counts())
        self.report.set("jobs", {k: {"job_id": e.job_id, "attempt": e.attempt, "state": e.state, "reason": e.reason}
                                 for k, e in sorted(manifest.jobs.items())})
        if cfg.wait and cfg.action == "status":
            with self.report.timer("wait"):
                finished = sub.wait_for_jobs(manifest, backend, cfg.poll_interval_s, cfg.wait_timeout_s)
            self._finish(manifest, backend, finished)

    def _finish(self, manifest: Manifest, backend: sub.Backend, finished: bool) -> None:
        cfg = self.config
        counts = manifest.state_counts()
        self.report.set("states", counts)
        for state, n in counts.items():
            self.report.count(f"jobs_{state}", n)
        self.report.stage("jobs completed", counts.get("completed", 0))
        for key, entry in sorted(manifest.jobs.items()):
            if entry.state != "completed":
                self.report.failure("jobs", entry.state, key, entry.reason or "")
        if not finished:
            raise TaskFailed(f"stopped waiting after {cfg.wait_timeout_s}s; jobs keep running: {counts} (rerun to follow them)")
        if cfg.post_processing.auto_merge:
            from modelcall.cluster.merge import merge_run, report_merge

            with self.report.timer("merge"):
                merged = merge_run(manifest.output_base_dir, cfg.post_processing.merged_dir, manifest.models,
                                   output_name=cfg.job.output_name, merged_path=cfg.output_path)
            self.report.set("merge", merged)
            report_merge(self.report, merged)
            for model, info in merged.items():
                self.report.artifact(f"merged_{model}", info["merged_path"])
                if manifest.task is None or Path(info["merged_errors_path"]).stat().st_size:
                    self.report.artifact(f"merged_errors_{model}", info["merged_errors_path"])
                if manifest.task is not None:
                    self.report.artifact("output", info["merged_path"])
                    for key, value in (info.get("task_counts") or {}).items():
                        self.report.count(f"task_{key}", value)
                    self.report.count("records_out", info["written"])
                    self.report.count("records_missing", info["missing"] or 0)
                if info["chunks_with_errors"]:
                    self.log.warning(
                        "%s: %d request(s) failed for good in %s; retry them with 'resubmit_chunks=[...]' "
                        "'job.extra_args=[--retry-errors]' wait=true", model, info["errors"], ", ".join(info["chunks_with_errors"]),
                    )
            summary_path = Path(cfg.post_processing.merged_dir or manifest.output_base_dir) / "merge_report.json"
            atomic_write_json(summary_path, merged)
            self.report.artifact("merge_report", summary_path)
        bad = [e for e in manifest.jobs.values() if e.state != ChunkState.COMPLETED.value]
        if bad:
            first = bad[0]
            tail = backend.logs(first.job_id, 15) if first.job_id else ""
            self.log.error("last lines of %s (job %s):\n%s", first.key, first.job_id, tail)
            raise TaskFailed(
                f"{len(bad)} of {len(manifest.jobs)} job(s) did not complete ({', '.join(e.key + ': ' + e.state for e in bad[:5])}); "
                "rerun the task to resubmit cancelled/lost ones, with resubmit_failed=true for failed ones"
            )
