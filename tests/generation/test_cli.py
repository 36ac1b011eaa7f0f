"""The CLI form (what cluster jobs run): dry run table, SIGKILL at random moments, Ctrl-C -> 130, resume."""
from __future__ import annotations

import collections
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import yaml

from modelcall.cli import main as cli_main
from modelcall.fakeprovider.testing import FAKE_KEY_ENV, read_ids, write_requests

ROOT = Path(__file__).resolve().parents[2]


def model_file(tmp_path: Path, url: str, provider: str = "anthropic", timeout_s: float = 5) -> Path:
    path = tmp_path / f"fake-{provider}.yaml"
    path.write_text(yaml.safe_dump({
        "provider": provider, "model": "fake-model", "api_key_env": FAKE_KEY_ENV,
        "base_url": url + ("/v1" if provider == "openai" else ""), "timeout_s": timeout_s,
        "pricing": {"input_per_mtok": 3.0, "output_per_mtok": 15.0},
    }))
    return path


def generate_cmd(req: Path, out: Path, model: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "modelcall", "distillation", "generate", "--input-path", str(req),
            "--output-path", str(out), "--model-config", str(model), "--concurrency", "8", "--no-progress", *extra]


def wait_for_lines(path: Path, n: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    """Until ``path`` holds ``n`` lines; fails (instead of returning quietly) on a timeout or an early exit."""
    def lines() -> int:
        return path.read_bytes().count(b"\n") if path.exists() else 0

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if lines() >= n:
            return
        time.sleep(0.02)
    assert lines() >= n, (f"{path} has {lines()} of {n} lines after "
                          + (f"the process exited with {proc.returncode}" if proc.poll() is not None else f"{timeout} s"))


def test_dry_run_compares_model_configs(tmp_path, capsys):
    req = tmp_path / "req.jsonl"
    write_requests(req, 10)
    code = cli_main(["distillation", "generate", "--input-path", str(req), "--output-path", str(tmp_path / "o.jsonl"),
                     "--model-config", str(ROOT / "configs/models/claude-sonnet-4-5.yaml"),
                     "--model-config", str(ROOT / "configs/models/claude-opus-4-1.yaml"), "--dry-run"])
    table = capsys.readouterr().out
    assert code == 0 and not (tmp_path / "o.jsonl").exists()
    assert "claude-sonnet-4-5" in table and "claude-opus-4-1" in table and "batch $" in table
    rows = [line for line in table.splitlines() if line.startswith("claude")]
    sonnet, opus = (float(r.split()[4].replace(",", "")) for r in rows)
    assert opus == round(sonnet * 5, 2) or abs(opus - sonnet * 5) < 0.05  # Opus costs five times Sonnet


def test_sigkill_mid_run_and_a_torn_line_then_resume_gives_each_id_once(fake_provider, tmp_path):
    server = fake_provider(latency_s=0.02)
    req, out = tmp_path / "req.jsonl", tmp_path / "raw.jsonl"
    ids = write_requests(req, 150)
    cmd = generate_cmd(req, out, model_file(tmp_path, server.url))
    env = {**os.environ, FAKE_KEY_ENV: "k"}
    for target in (25,):
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_lines(out, target, proc)
        proc.kill()
        proc.wait()
    with open(out, "ab") as handle:  # as if the kill had cut a line in half
        handle.write(b'{"request_id": "torn')
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    counts = collections.Counter(read_ids(out))
    assert set(counts) == set(ids) and set(counts.values()) == {1}


def test_ctrl_c_stops_with_130_and_a_rerun_resumes(fake_provider, tmp_path):
    server = fake_provider(latency_s=0.2)
    req, out = tmp_path / "req.jsonl", tmp_path / "raw.jsonl"
    ids = write_requests(req, 80)
    cmd = generate_cmd(req, out, model_file(tmp_path, server.url, "openai"))
    env = {**os.environ, FAKE_KEY_ENV: "k"}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_for_lines(out, 8, proc)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err[-2000:]
    assert "rerun" in err
    partial = read_ids(out)
    assert 8 <= len(partial) < 80
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    counts = collections.Counter(read_ids(out))
    assert set(counts) == set(ids) and set(counts.values()) == {1}
    assert (tmp_path / "raw.report.json").exists()


def test_dry_run_counts_each_requests_own_max_tokens(tmp_path, capsys):
    """A request's gen.max_tokens is what is sent (it wins over params), so it is what the table counts."""
    import json

    req = tmp_path / "req.jsonl"
    with open(req, "w", encoding="utf-8") as handle:
        for i in range(10):
            gen = {"max_tokens": 500} if i < 6 else {}
            handle.write(json.dumps({"request_id": f"r{i}", "messages": [{"role": "user", "content": "写一个游戏"}],
                                     "gen": gen}, ensure_ascii=False) + "\n")
    code = cli_main(["distillation", "generate", "--input-path", str(req), "--output-path", str(tmp_path / "o.jsonl"),
                     "--model-config", str(ROOT / "configs/models/claude-sonnet-4-5.yaml"), "--dry-run"])
    table = capsys.readouterr().out
    assert code == 0
    row = next(line for line in table.splitlines() if line.startswith("claude"))
    max_tokens = yaml.safe_load((ROOT / "configs/models/claude-sonnet-4-5.yaml").read_text())["params"]["max_tokens"]
    assert int(row.split()[3].replace(",", "")) == 6 * 500 + 4 * max_tokens


def test_bad_flag_values_are_one_config_line_exit_2(tmp_path, run_cli):
    req = tmp_path / "req.jsonl"
    write_requests(req, 2)
    for flag, value in (("--concurrency", "0"), ("--max-items", "-1")):
        result = run_cli("distillation", "generate", "--input-path", str(req), "--output-path", str(tmp_path / "o.jsonl"),
                         "--model-config", str(ROOT / "configs/models/mock.yaml"), "--no-progress", flag, value)
        assert result.returncode == 2, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("config error: ") and "Traceback" not in result.stderr
        assert flag.lstrip("-").replace("-", "_") in lines[0]


def test_a_rejected_key_stops_the_cli_with_one_line_and_still_writes_the_report(fake_provider, tmp_path):
    server = fake_provider(api_key="the-right-key")
    req, out = tmp_path / "req.jsonl", tmp_path / "raw.jsonl"
    write_requests(req, 20)
    env = {**os.environ, FAKE_KEY_ENV: "sk-wrong-key-0123456789"}
    done = subprocess.run(generate_cmd(req, out, model_file(tmp_path, server.url)), cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("credential error:") and FAKE_KEY_ENV in last and "sk-wrong-key" not in done.stderr
    report = yaml.safe_load((tmp_path / "raw.report.json").read_text())
    assert report["outcome"] == "invalid_input" and FAKE_KEY_ENV in report["error"]
    assert "sk-wrong-key-0123456789" not in (tmp_path / "raw.report.json").read_text()


def test_a_second_run_on_the_same_output_exits_2_and_sends_nothing(fake_provider, tmp_path):
    server = fake_provider(latency_s=0.5)
    req, out = tmp_path / "req.jsonl", tmp_path / "raw.jsonl"
    ids = write_requests(req, 40)
    model = model_file(tmp_path, server.url, timeout_s=600)  # a held answer is late, not lost: no retry
    env = {**os.environ, "PYTHONPATH": str(ROOT), FAKE_KEY_ENV: "test-key"}
    first = subprocess.Popen(generate_cmd(req, out, model, "--concurrency", "1"), cwd=tmp_path, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wait_for_lines(out, 1, first)
    server.fake.hold.set()  # the first run cannot finish while the second one starts, however slow the machine
    second = subprocess.run(generate_cmd(req, out, model), cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert first.poll() is None, "the first run should still be running"
    server.fake.hold.clear()
    assert second.returncode == 2, second.stderr
    assert f"pid {first.pid}" in second.stderr and "raw.jsonl" in second.stderr and "Traceback" not in second.stderr
    assert not (tmp_path / "raw.report.json").exists()  # the refused run leaves the holder's report alone
    _, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    counts = collections.Counter(read_ids(out))
    assert set(counts) == set(ids) and set(counts.values()) == {1}
    assert server.fake.stats["requests"] == server.fake.stats["ok"] == len(ids)  # nothing sent or paid twice


def test_a_provider_that_echoes_the_key_never_gets_it_printed_even_under_debug(fake_provider, tmp_path):
    key = "sk-ant-echoed-0123456789abcdef"
    server = fake_provider(api_key="the-right-key", echo_key=True)
    req, out = tmp_path / "req.jsonl", tmp_path / "raw.jsonl"
    write_requests(req, 4)
    env = {**os.environ, FAKE_KEY_ENV: key}
    cmd = generate_cmd(req, out, model_file(tmp_path, server.url))
    done = subprocess.run([*cmd[:3], "--debug", *cmd[3:]], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "Traceback" in done.stderr and "request key: ***" in done.stderr  # the echo is there, the key is not
    assert key not in done.stderr and key not in done.stdout
    assert key not in (tmp_path / "raw.report.json").read_text()


def test_an_output_path_under_a_file_is_one_input_error_line_exit_2(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(FAKE_KEY_ENV, "test-key")
    req = tmp_path / "req.jsonl"
    write_requests(req, 2)
    (tmp_path / "notes.txt").write_text("x")
    code = cli_main(["distillation", "generate", "--input-path", str(req), "--output-path", str(tmp_path / "notes.txt" / "raw.jsonl"),
                     "--model-config", str(model_file(tmp_path, "http://127.0.0.1:9")), "--no-progress"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and err[-1].startswith("input error: output_path:") and "notes.txt is a file, not a folder" in err[-1]
    assert "Traceback" not in "\n".join(err)
