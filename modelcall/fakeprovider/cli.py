"""``python -m modelcall fake-provider --port N [...]``: serve the fake API until Ctrl-C."""
from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import signal

from modelcall.errors import ConfigError
from modelcall.fakeprovider.config import FakeProviderConfig

_HELP = {
    "latency_s": "mean latency per answer (seconds)",
    "latency_dist": "fixed | uniform | lognormal",
    "latency_jitter_s": "uniform half-width, or lognormal sigma",
    "rpm": "requests per minute limit (429 + retry-after beyond it)",
    "tpm": "total tokens per minute limit",
    "input_tpm": "input tokens per minute limit",
    "output_tpm": "output tokens per minute limit",
    "burst_s": "bucket depth in seconds of each limit",
    "rate_429": "share of calls answered with an injected 429",
    "rate_5xx": "share answered 500/502/503",
    "rate_529": "share answered 529 overloaded",
    "rate_timeout": "share held past the client's timeout",
    "rate_reset": "share whose connection is reset",
    "rate_malformed": "share answered with a broken JSON body",
    "fault_retry_after_s": "retry-after of injected 429s",
    "fault_429_headers": "injected 429s carry retry-after and rate-limit headers (--no-fault-429-headers: bare 429s)",
    "echo_key": "error bodies quote the API key the client sent",
    "timeout_hold_s": "how long a 'timeout' call is held",
    "answer": "teacher (mock teacher text) | short",
    "api_key": "accept only this key (others get 401)",
    "batch_latency_s": "seconds until a batch ends",
    "batch_error_rate": "share of first-time batch requests that error",
    "batch_expire_rate": "share of first-time batch requests that expire",
    "cache_min_tokens": "smallest prompt prefix that is cached",
    "seed": "seed of the fault and latency dice",
    "reasoning": "also return reasoning (reasoning_content / thinking blocks)",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port (printed at start)")
    parser.add_argument("--faults", default=None, help='mock-teacher content faults as JSON, e.g. \'{"bad_format": 0.05}\'')
    for f in dataclasses.fields(FakeProviderConfig):
        if f.name in ("faults", "models"):
            continue
        flag = "--" + f.name.replace("_", "-")
        if str(f.type) == "bool":
            parser.add_argument(flag, dest=f"fp_{f.name}", action=argparse.BooleanOptionalAction, default=None,
                                help=_HELP.get(f.name))
            continue
        kind = {"float": float, "int": int, "str": str, "float | None": float, "str | None": str}.get(str(f.type), str)
        parser.add_argument(flag, dest=f"fp_{f.name}", type=kind, default=None, help=_HELP.get(f.name))
    parser.add_argument("--models", nargs="*", default=None, help="accept only these model names (others get 404)")


def config_from_args(args: argparse.Namespace) -> FakeProviderConfig:
    values = {f.name: getattr(args, f"fp_{f.name}") for f in dataclasses.fields(FakeProviderConfig)
              if getattr(args, f"fp_{f.name}", None) is not None}
    if args.faults:
        try:
            values["faults"] = json.loads(args.faults)
        except ValueError as exc:
            raise ConfigError(f"--faults: not JSON ({exc}); e.g. '{{\"bad_format\": 0.05}}'", source="fake-provider") from None
        if not isinstance(values["faults"], dict):
            raise ConfigError("--faults: expected a JSON object of fault name -> share", source="fake-provider")
    if args.models:
        values["models"] = list(args.models)
    try:
        return FakeProviderConfig(**values)
    except ValueError as exc:
        name, _, problem = str(exc).partition(": ")
        raise ConfigError(f"--{name.replace('_', '-')}: {problem}", source="fake-provider") from None


async def _serve(config: FakeProviderConfig, host: str, port: int) -> None:
    from modelcall.fakeprovider.server import FakeProvider, start_server

    fake = FakeProvider(config)
    try:
        runner, bound = await start_server(fake, host, port)
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); pick another --port (0: any free one)",
                          source="fake-provider") from None
    print(f"fake provider on http://{host}:{bound}  (anthropic base_url http://{host}:{bound}, "
          f"openai base_url http://{host}:{bound}/v1)", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    print(json.dumps(fake.stats_dict()), flush=True)
    await runner.cleanup()


def main(args: argparse.Namespace) -> int:
    asyncio.run(_serve(config_from_args(args), args.host, args.port))
    return 0
