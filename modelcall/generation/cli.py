"""``python -m modelcall distillation generate``: one requests file through the engine, no task YAML.

This is what a cluster job runs. Exit codes: 0 done (failed requests, if any, are in the errors file);
1 nothing succeeded; 2 bad input, config or key; 130 interrupted (a rerun resumes).
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from modelcall.errors import Interrupted, ModelcallError, OutputBusy, TaskFailed, UserError

log = logging.getLogger("modelcall.generation")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="distillation_command", metavar="SUBCOMMAND")
    gen = sub.add_parser("generate", help="call the teacher for every request of one file (resumes by request_id)")
    gen.add_argument("--input-path", required=True, help="requests JSONL")
    gen.add_argument("--output-path", required=True, help="raw outputs JSONL (appended; a rerun resumes)")
    gen.add_argument("--model-config", required=True, action="append",
                     help="configs/models/*.yaml; repeat it with --dry-run to compare several models")
    gen.add_argument("--concurrency", type=int, default=None, help="requests in flight (default: the model's limits.max_concurrency)")
    gen.add_argument("--batch-size", type=int, default=None, help="with --mode batch: the most requests per provider batch")
    gen.add_argument("--max-items", type=int, default=None, help="only the first N distinct request_ids")
    gen.add_argument("--retry-errors", action="store_true", help="re-send only the requests in the errors file")
    gen.add_argument("--dry-run", action="store_true", help="no calls: print requests, tokens, cost and time per model")
    gen.add_argument("--mode", choices=["online", "batch", "dry_run"], default="online", help="online calls or the batch APIs")
    gen.add_argument("--errors-path", default=None, help="default: <output stem>.errors.jsonl")
    gen.add_argument("--report-path", default=None, help="JSON report (default: <output stem>.report.json)")
    gen.add_argument("--on-bad-line", choices=["error", "skip"], default="error")
    gen.add_argument("--no-progress", action="store_true", help="no progress bar")


def main(args: argparse.Namespace) -> int:
    if getattr(args, "distillation_command", None) != "generate":
        print("usage: python -m modelcall distillation generate --input-path ... --output-path ... --model-config ...", file=sys.stderr)
        return 2
    from modelcall.config.loader import check_credentials, load_model_config, load_model_env_files
    from modelcall.generation.engine import generate_file
    from modelcall.io import atomic_write_json
    from modelcall.logs import setup_console_logging
    from modelcall.progress import set_progress_enabled
    from modelcall.reporting import utc_now
    from modelcall.secrets import redact_data

    setup_console_logging(getattr(args, "debug", False))
    set_progress_enabled(not args.no_progress)
    mode = "dry_run" if args.dry_run else args.mode
    models = [load_model_config(path) for path in args.model_config]
    if mode != "dry_run":
        env_files = load_model_env_files(models[:1], "command line")
        check_credentials(models[:1], env_files, "command line")
    started = utc_now()
    out = Path(args.output_path)
    report_path = Path(args.report_path) if args.report_path else out.with_name(out.name.removesuffix(".jsonl") + ".report.json")
    try:
        result = generate_file(
            args.input_path, args.output_path, models[0], on_bad_line=args.on_bad_line, mode=mode,
            concurrency=args.concurrency, batch_size=args.batch_size, max_items=args.max_items,
            retry_errors=args.retry_errors, errors_path=args.errors_path, compare_models=models[1:],
        )
    except (ModelcallError, KeyboardInterrupt) as exc:
        # a stopped run still leaves a report saying why (a cluster job's log may be gone)
        outcome = ("interrupted" if isinstance(exc, (Interrupted, KeyboardInterrupt))
                   else "invalid_input" if isinstance(exc, UserError) else "failed")
        if mode != "dry_run" and report_path.parent.is_dir() and not isinstance(exc, OutputBusy):  # that report is the holder's
            atomic_write_json(report_path, redact_data({"started_at": started, "finished_at": utc_now(), "outcome": outcome,
                                                        "error": str(exc) or "stopped by Ctrl-C"}))
        raise
    if mode == "dry_run":
        return 0
    status = result.get("status") or {}
    outcome = "failed" if status.get("error") and not status.get("ok") else "ok"
    atomic_write_json(report_path, redact_data({"started_at": started, "finished_at": utc_now(), "outcome": outcome, **result}))
    log.info("done: %d ok, %d errors, $%.4f; report %s", status.get("ok", 0), status.get("error", 0), result.get("cost_usd", 0.0), report_path)
    if status.get("error") and not status.get("ok"):
        raise TaskFailed(f"every request failed ({status['error']}); see {result['paths']['errors']}")
    return 0
