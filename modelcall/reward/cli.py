"""``python -m modelcall reward-server``: serve rewards over HTTP until SIGTERM/SIGINT (see modelcall.reward.server)."""
from __future__ import annotations

import argparse
import asyncio
import logging
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from modelcall.config.schema import format_validation_error
from modelcall.errors import ConfigError
from modelcall.reward.config import RewardConfig
from modelcall.reward.server import ServerSettings, serve

_TASK_KEYS = {"task_name", "task_type", "description", "reports_dir", "log_dir", "environment", "on_bad_line", "progress",
              "input_path", "output_path", "html_path", "examples", "batch_size"}


def load_reward_config(path: str | None) -> RewardConfig:
    """A YAML of RewardConfig keys (weights, gates, normalisation, validator, ...), or a `reward` task YAML."""
    if path is None:
        data: dict[str, Any] = {}
    else:
        file = Path(path)
        if not file.is_file():
            raise ConfigError(f"{path}: file not found (--config: a reward YAML such as configs/tasks/reward/reward.yaml)")
        try:
            data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: not valid YAML: {exc}") from None
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: the top level must be a mapping of reward keys")
        if "task_type" in data and data["task_type"] != "reward":
            raise ConfigError(f"{path}: task_type is '{data['task_type']}'; the server reads a reward config")
        data = {k: v for k, v in data.items() if k not in _TASK_KEYS}
    try:
        config = RewardConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(format_validation_error(exc, RewardConfig, prefix=f"{path}: " if path else "")) from None
    return server_defaults(config)


def server_defaults(config: RewardConfig) -> RewardConfig:
    """Each worker is one Node worker + one browser page and writes no screenshots, unless the config says otherwise."""
    validator = config.validator
    updates: dict[str, Any] = {}
    if "workers" not in validator.model_fields_set:
        updates["workers"] = 1
    runtime_updates = {}
    if "pages" not in validator.runtime.model_fields_set:
        runtime_updates["pages"] = 1
    if "screenshots_dir" not in validator.runtime.model_fields_set:
        runtime_updates["screenshots_dir"] = None
    if runtime_updates:
        updates["runtime"] = validator.runtime.model_copy(update=runtime_updates)
    return config.model_copy(update={"validator": validator.model_copy(update=updates)})


def add_arguments(parser: argparse.ArgumentParser) -> None:
    d = ServerSettings()
    parser.add_argument("--config", help="reward YAML (weights, gates, normalisation, validator); default: the design")
    parser.add_argument("--host", default=d.host, help=f"interface to listen on (default {d.host}; 0.0.0.0 for a cluster)")
    parser.add_argument("--port", type=int, default=d.port, help=f"port (default {d.port}; 0 picks a free one)")
    parser.add_argument("--workers", type=int, default=d.workers, help=f"warm validator workers (default: one per core = {d.workers})")
    parser.add_argument("--max-batch", type=int, default=d.max_batch, help=f"completions per worker call (default {d.max_batch})")
    parser.add_argument("--batch-wait-ms", type=float, default=d.batch_wait_ms,
                        help=f"how long the batcher gathers concurrent requests (default {d.batch_wait_ms})")
    parser.add_argument("--cache-size", type=int, default=d.cache_size, help=f"rewards kept in memory (default {d.cache_size})")
    parser.add_argument("--max-body-mb", type=float, default=d.max_body_mb, help=f"largest request body (default {d.max_body_mb:.0f} MB)")
    parser.add_argument("--publish", metavar="FILE", help="add this server's URL to FILE (one per line), remove it on shutdown")


def main(args: argparse.Namespace) -> int:
    from modelcall.logs import setup_console_logging

    for name in ("workers", "max_batch", "cache_size"):
        if getattr(args, name) < 1:
            raise ConfigError(f"--{name.replace('_', '-')} must be at least 1, got {getattr(args, name)}")
    if args.batch_wait_ms < 0 or args.max_body_mb <= 0 or not 0 <= args.port <= 65535:
        raise ConfigError("--batch-wait-ms must be >= 0, --max-body-mb above 0 and --port within 0..65535")
    setup_console_logging(getattr(args, "debug", False))
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    config = load_reward_config(args.config)
    settings = ServerSettings(host=args.host, port=args.port, workers=args.workers, max_batch=args.max_batch,
                              batch_wait_ms=args.batch_wait_ms, cache_size=args.cache_size, max_body_mb=args.max_body_mb,
                              publish=args.publish)
    return asyncio.run(serve(config, settings))
