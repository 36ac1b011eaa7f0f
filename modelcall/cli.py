"""Command line: ``python -m modelcall <command>``. User errors print one line and exit 2."""
from __future__ import annotations

import argparse
import errno
import importlib
import sys
from collections.abc import Callable

import yaml

from modelcall.errors import Interrupted, ModelcallError
from modelcall.secrets import format_exception_redacted, redact

# Commands owned by other modules: name -> (module, help). Each module offers
# ``add_arguments(parser)`` and ``main(args) -> int``; it is imported only when used.
EXTRA_COMMANDS: dict[str, tuple[str, str]] = {
    "distillation": ("modelcall.generation.cli", "teacher calls on one file, no task YAML (what cluster jobs run)"),
    "fake-provider": ("modelcall.fakeprovider.cli", "serve a local Anthropic/OpenAI-compatible fake API"),
    "reward-server": ("modelcall.reward.cli", "serve GRPO rewards over HTTP (warm browsers, batching, cache)"),
    "reward-cluster": ("modelcall.reward.cluster", "start/status/stop N reward servers as a Slurm array"),
}


def _cmd_run_task(args: argparse.Namespace) -> int:
    from modelcall.tasks import run_task_file

    overrides = list(args.overrides)
    if args.from_step:
        overrides.append(f"from_step={args.from_step}")
    if args.only_step:
        overrides.append(f"only_step={args.only_step}")
    outcome = run_task_file(args.config, overrides, debug=args.debug)
    return outcome.exit_code


def _cmd_list_tasks(args: argparse.Namespace) -> int:
    from modelcall.runners import all_runners

    runners = all_runners()
    width = max((len(t) for t in runners), default=0)
    for task_type, cls in runners.items():
        print(f"{task_type.ljust(width)}  {cls.summary}")
    return 0


def _cmd_describe_task(args: argparse.Namespace) -> int:
    from modelcall.config.describe import describe_config
    from modelcall.errors import ConfigError
    from modelcall.runners import available_task_types, get_runner_class

    cls = get_runner_class(args.task_type)
    if cls is None:
        raise ConfigError(f"unknown task type '{args.task_type}'; valid types: {', '.join(available_task_types())}")
    print(f"{cls.task_type}: {cls.summary}\n")
    print(describe_config(cls.config_class))
    return 0


def _cmd_show_config(args: argparse.Namespace) -> int:
    from modelcall.config.loader import load_task
    from modelcall.tasks import config_dump

    loaded = load_task(args.config, args.overrides, check_keys=False)
    text = yaml.safe_dump(config_dump(loaded), sort_keys=False, allow_unicode=True)
    print(redact(text), end="")
    return 0


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Callable[[argparse.Namespace], int]]]:
    parser = argparse.ArgumentParser(prog="python -m modelcall", description="Build SFT datasets by teacher distillation.")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {}

    run = sub.add_parser("run-task", help="run a task YAML (dotted key=value overrides win)")
    run.add_argument("config", help="path to a task YAML, e.g. configs/tasks/demo/phaser_pipeline.yaml")
    run.add_argument("overrides", nargs="*", default=[], help="key.path=value overrides")
    run.add_argument("--from", dest="from_step", metavar="STEP", help="pipeline: rerun from this step on")
    run.add_argument("--only", dest="only_step", metavar="STEP", help="pipeline: rerun only this step")
    handlers["run-task"] = _cmd_run_task

    sub.add_parser("list-tasks", help="list every task_type with one line on what it does")
    handlers["list-tasks"] = _cmd_list_tasks

    describe = sub.add_parser("describe-task", help="every config key of a task_type with its type, default and meaning")
    describe.add_argument("task_type")
    handlers["describe-task"] = _cmd_describe_task

    show = sub.add_parser("show-config", help="print the resolved config, secrets redacted")
    show.add_argument("config")
    show.add_argument("overrides", nargs="*", default=[])
    handlers["show-config"] = _cmd_show_config

    for name, (module_name, help_text) in EXTRA_COMMANDS.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue  # that part of modelcall is not in this checkout
            raise
        module.add_arguments(sub.add_parser(name, help=help_text))
        handlers[name] = module.main
    return parser, handlers


_PATH_ERRNOS = {errno.ENOENT, errno.EACCES, errno.EPERM, errno.ENOTDIR, errno.EISDIR, errno.EROFS, errno.ENOSPC}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    argv = [a for a in argv if a != "--debug"]
    try:
        parser, handlers = build_parser()
        args = parser.parse_args(argv)
        args.debug = debug
        if not args.command:
            parser.print_help()
            return 2
        return handlers[args.command](args)
    except Interrupted as exc:
        print(f"interrupted: {redact(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted: rerun the same command to resume", file=sys.stderr)
        return 130
    except ModelcallError as exc:
        if debug:
            print(format_exception_redacted(), end="", file=sys.stderr)
        print(redact(str(exc)), file=sys.stderr)
        return exc.exit_code
    except OSError as exc:
        if debug:
            print(format_exception_redacted(), end="", file=sys.stderr)
        if exc.filename is None or exc.errno not in _PATH_ERRNOS:
            print(f"error: {redact(f'{type(exc).__name__}: {exc}')} (rerun with --debug for the traceback)", file=sys.stderr)
            return 1
        # a path the config or command line named cannot be used: the user's to fix
        print(redact(f"input error: {exc.filename}: {exc.strerror} (check the paths in the config or command line)"),
              file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, unless --debug
        if debug:
            print(format_exception_redacted(), end="", file=sys.stderr)
        print(f"error: {redact(f'{type(exc).__name__}: {exc}')} (rerun with --debug for the traceback)", file=sys.stderr)
        return 1
