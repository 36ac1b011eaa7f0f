"""Run ``llamafactory-cli train <yaml>``, stream its output into our log, and read what it produced."""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import subprocess
import sys
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from modelcall.errors import TaskFailed, UserError

log = logging.getLogger("modelcall.sft_train")

_PROGRESS = re.compile(r"\d+%\|.*\|")  # a tqdm bar: many of them, kept out of the console at INFO
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")  # tqdm's cursor moves between nested bars
_METRICS = re.compile(r"\{'[a-z_]*loss'.*\}\s*$")


@dataclass
class TrainResult:
    """What a finished run left in its output_dir."""

    output_dir: str
    adapter_path: str | None
    final_loss: float | None
    train_loss: float | None
    eval_loss: float | None
    steps: int | None
    total_steps: int | None
    epoch: float | None
    loss_curve: list[dict[str, float]] = field(default_factory=list)
    checkpoints: list[str] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "output_dir": self.output_dir,
            "adapter_path": self.adapter_path,
            "final_loss": self.final_loss,
            "train_loss": self.train_loss,
            "eval_loss": self.eval_loss,
            "steps": self.steps,
            "total_steps": self.total_steps,
            "epoch": self.epoch,
            "checkpoints": self.checkpoints,
            "loss_curve": self.loss_curve,
            "metrics": self.metrics,
        }


def llamafactory_command(cli: str) -> list[str]:
    """The command that runs LLaMA-Factory: the named executable, or its module under this Python."""
    found = shutil.which(cli)
    if found:
        return [found]
    import importlib.util

    if cli == "llamafactory-cli" and importlib.util.find_spec("llamafactory") is not None:
        return [sys.executable, "-m", "llamafactory.cli"]
    raise UserError(
        f"'{cli}' not found: install the train extra (pip install -e .[train]; on a CPU machine install "
        "torch==2.13.0 first, or run MODELCALL_TRAIN=1 bash scripts/setup.sh)"
    )


def _emit(segment: str, tail: deque[str]) -> None:
    text = _ANSI.sub("", segment).rstrip()
    if not text.strip():
        return
    tail.append(text)
    if _PROGRESS.search(text):
        log.debug("[llamafactory] %s", text)
        metrics = _METRICS.search(text)  # a loss dict printed right after a bar redraw shares its line
        if metrics:
            log.info("[llamafactory] %s", metrics.group(0))
        return
    log.info("[llamafactory] %s", text)


def run_llamafactory(
    yaml_path: str | Path, output_dir: str | Path, cli: str = "llamafactory-cli", env: dict[str, str] | None = None
) -> TrainResult:
    """Train, streaming LLaMA-Factory's output line by line; a non-zero exit raises TaskFailed with its tail."""
    command = [*llamafactory_command(cli), "train", str(yaml_path)]
    full_env = dict(os.environ)
    full_env["PYTHONUNBUFFERED"] = "1"
    full_env.update(env or {})
    log.info("running: %s", " ".join(command))
    tail: deque[str] = deque(maxlen=40)
    proc = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        env=full_env,
        bufsize=0,
    )
    assert proc.stdout is not None
    pending = b""
    try:
        while True:
            chunk = proc.stdout.read1(65536) if hasattr(proc.stdout, "read1") else proc.stdout.read(65536)
            if not chunk:
                break
            pending += chunk
            # tqdm redraws with \r: treat it as a line end so every update becomes one log record
            parts = re.split(rb"[\r\n]", pending)
            pending = parts.pop()
            for part in parts:
                _emit(part.decode("utf-8", errors="replace"), tail)
        if pending:
            _emit(pending.decode("utf-8", errors="replace"), tail)
        code = proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        raise
    if code != 0:
        last = [line for line in tail if not _PROGRESS.search(line)][-12:]
        raise TaskFailed(f"llamafactory-cli train exited with {code}; last lines:\n" + "\n".join(last))
    return read_train_result(output_dir)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def read_train_result(output_dir: str | Path) -> TrainResult:
    """Losses from trainer_log.jsonl / all_results.json and the adapter files of a finished run."""
    out = Path(output_dir)
    curve: list[dict[str, float]] = []
    steps = total = None
    eval_loss = None
    log_path = out / "trainer_log.jsonl"
    if log_path.is_file():
        for line in log_path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue
            steps = entry.get("current_steps", steps)
            total = entry.get("total_steps", total)
            if "loss" in entry:
                curve.append({"step": entry.get("current_steps"), "loss": entry["loss"], "lr": entry.get("lr")})
            if "eval_loss" in entry:
                eval_loss = entry["eval_loss"]
    metrics = _read_json(out / "all_results.json") or _read_json(out / "train_results.json")
    eval_loss = metrics.get("eval_loss", eval_loss)
    adapter = out / "adapter_model.safetensors"
    if not adapter.is_file():
        adapter = out / "adapter_model.bin"
    found = [p for p in out.glob("checkpoint-*") if p.is_dir() and p.name.rsplit("-", 1)[-1].isdigit()]
    checkpoints = [str(p) for p in sorted(found, key=lambda p: int(p.name.rsplit("-", 1)[-1]))]
    return TrainResult(
        output_dir=str(out),
        adapter_path=str(out) if adapter.is_file() else None,
        final_loss=curve[-1]["loss"] if curve else None,
        train_loss=metrics.get("train_loss"),
        eval_loss=eval_loss,
        steps=steps,
        total_steps=total,
        epoch=metrics.get("epoch"),
        loss_curve=curve,
        checkpoints=checkpoints,
        metrics=metrics,
    )
