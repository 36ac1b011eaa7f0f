"""The reward server as a process (python -m modelcall reward-server) and the client that spreads work over servers.

The validator runs its static layers only here (no browser) so the protocol tests stay fast; the browser path
is covered by the runner, hacking and GRPO-loop tests."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from modelcall.reward.client import (
    GRPORewardFunction,
    RewardClient,
    RewardRequestError,
    RewardServerError,
    compute_score,
    trl_reward_funcs,
)

ROOT = Path(__file__).resolve().parents[2]
COMPLETIONS = ROOT / "tests" / "data" / "reward" / "completions.jsonl"


def completions() -> list[dict]:
    return [json.loads(line) for line in COMPLETIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


def start_server(tmp: Path, *extra: str, config: dict | None = None) -> tuple[subprocess.Popen, str, Path]:
    cfg = tmp / "reward.yaml"
    cfg.write_text(json.dumps(config or {"validator": {"runtime": {"enabled": False}, "cache_path": None}}),
                   encoding="utf-8")
    addr = tmp / "servers.txt"
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-m", "modelcall", "reward-server", "--port", "0", "--config", str(cfg),
                             "--publish", str(addr), *extra], cwd=tmp, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if addr.exists() and addr.read_text().strip():
            return proc, addr.read_text().split()[0], addr
        if proc.poll() is not None:
            raise AssertionError(f"the server exited: {proc.stdout.read()}")
        time.sleep(0.2)
    proc.kill()
    raise AssertionError("the server did not publish its address in 120 s")


def stop_server(proc: subprocess.Popen) -> str:
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, out
    return out


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("server")
    proc, url, addr = start_server(tmp, "--workers", "2", "--batch-wait-ms", "300")
    yield url, addr
    if proc.poll() is None:
        out = stop_server(proc)
        assert "reward server stopped" in out
        assert url not in addr.read_text()  # the address is withdrawn on shutdown


def metric(url: str, name: str) -> float:
    for line in httpx.get(url + "/metrics").text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    raise AssertionError(f"{name} not in /metrics")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_scores_groups_with_advantages_and_caches_repeats(server):
    url, _ = server
    items = completions()
    first = httpx.post(url + "/score", json={"items": items, "advantages": True}, timeout=120).json()
    totals = [r["total"] for r in first["rewards"]]
    assert len(totals) == 12 and all(r["cached"] is False for r in first["rewards"])
    assert [totals[i] for i in (3, 7, 11)] == [0.0, 0.0, 0.0]  # the syntax-error variant of each prompt
    assert all(totals[i] > 0.5 for i in (0, 1, 4, 5, 8, 9))
    assert len(first["advantages"]) == 12 and first["advantages"][3] < 0 < first["advantages"][0]
    hits_before = metric(url, "modelcall_reward_cache_hits_total")
    again = httpx.post(url + "/score", json={"items": items}, timeout=120).json()
    assert [r["total"] for r in again["rewards"]] == totals and all(r["cached"] for r in again["rewards"])
    assert metric(url, "modelcall_reward_cache_hits_total") == hits_before + 12


def test_concurrent_requests_are_batched(server):
    url, _ = server
    base = completions()[0]
    batches_before = metric(url, "modelcall_reward_batches_total")
    results: list[int] = []

    def send(i: int) -> None:
        items = [dict(base, text=base["text"].replace("create()", f"create() /* r{i} c{j} */", 1)) for j in range(3)]
        results.append(httpx.post(url + "/score", json={"items": items}, timeout=120).status_code)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [200] * 8
    assert metric(url, "modelcall_reward_batches_total") - batches_before <= 3  # 24 new programs, gathered


@pytest.mark.parametrize("body,message", [
    ({"item": []}, "unknown key(s) ['item']"),
    ({"items": []}, "'items' must be a non-empty list"),
    ({"items": [{"txt": "x"}]}, "items[0] has no completion text"),
    ({"items": [{"text": "x", "prompt_meta": "seed"}]}, "items[0].prompt_meta must be an object"),
    ({"items": [{"text": "x" * 200_001}]}, "items[0].text is 200001 characters"),
    ({"items": [{"text": "x"}], "advantages": "yes"}, "'advantages' must be true or false"),
    ([1, 2], "the body must be a JSON object"),
])
def test_bad_requests_are_clear_400s(server, body, message):
    url, _ = server
    response = httpx.post(url + "/score", json=body)
    assert response.status_code == 400 and message in response.json()["error"]


def test_other_errors_are_json(server):
    url, _ = server
    assert httpx.post(url + "/score", content=b"{nope").json()["error"].startswith("the body is not JSON")
    missing = httpx.get(url + "/nope")
    assert missing.status_code == 404 and "POST /score" in missing.json()["error"]
    wrong = httpx.get(url + "/score")
    assert wrong.status_code == 405 and wrong.headers["allow"] == "POST"
    health = httpx.get(url + "/health").json()
    assert health["status"] == "ok" and health["workers"] == 2
    assert metric(url, "modelcall_reward_bad_requests_total") >= 2


def test_client_balances_and_survives_a_dead_server(server):
    url, _ = server
    dead = f"http://127.0.0.1:{free_port()}"
    items = [dict(c, text=c["text"] + f"\n<!-- {i} -->") for i, c in enumerate(completions())]
    with RewardClient([dead, url], chunk_size=3, dead_for_s=60) as client:
        rewards = client.score(items)
        assert [r["total"] for r in rewards][3] == 0.0 and len(rewards) == 12
        assert client.stats["failovers"] >= 1  # the chunk sent to the dead server went to the live one
        assert client.health()[dead]["status"] == "unreachable"
    with RewardClient([dead], retries=1, dead_for_s=0.1) as client, pytest.raises(RewardServerError, match="no reward server"):
        client.score(items[:1])
    with RewardClient(url) as client, pytest.raises(RewardRequestError, match="400"):
        client.score([{"text": 5}])


def test_client_reads_the_address_file(server):
    _, addr = server
    client = RewardClient.from_address_file(addr)
    assert client.urls == [u for u in addr.read_text().split() if u]
    client.close()
    with pytest.raises(RewardServerError, match="no reward server address"):
        RewardClient.from_address_file(addr.with_name("missing.txt"))


def test_trl_reward_function_reads_seeds_from_columns_and_logs_components(server, tmp_path):
    url, _ = server
    rows = completions()[:4]
    with RewardClient(url) as client:
        funcs, weights = trl_reward_funcs(client, log_path=tmp_path / "rewards.jsonl")
        assert weights[0] == 1.0 and set(weights[1:]) == {0.0} and funcs[1].__name__ == "plan_structure"
        prompts = ["写一个游戏"] * 4
        completions_ = [[{"role": "assistant", "content": r["text"]}] for r in rows]  # conversational format
        seeds = [json.dumps(r["prompt_meta"], ensure_ascii=False) for r in rows]  # Arrow keeps the seed as JSON text
        totals = funcs[0](prompts, completions_, prompt_meta=seeds, trainer_state=None)
        parts = [f(prompts, completions_, prompt_meta=seeds) for f in funcs[1:]]
        assert totals[3] == 0.0 and totals[0] > 0.5 and len(parts) == 8
        assert funcs[0].calls == 1  # the component functions reuse the batch: one round trip
        logged = [json.loads(line) for line in (tmp_path / "rewards.jsonl").read_text().splitlines()]
        assert len(logged) == 4 and "code_runtime" in logged[0]["components"]
        with pytest.raises(KeyError, match="no 'seed' column"):
            GRPORewardFunction(client, seed_column="seed")(prompts, completions_, prompt_meta=seeds)


def test_verl_compute_score(server, monkeypatch):
    import modelcall.reward.client as client_module

    url, _ = server
    monkeypatch.setenv("MODELCALL_REWARD_URLS", url)
    monkeypatch.setattr(client_module, "_VERL_CLIENT", None)
    row = completions()[0]
    result = compute_score("phaser", row["text"], json.dumps(row["prompt_meta"], ensure_ascii=False))
    assert result["score"] > 0.5 and "code_functional" in result
    assert compute_score("phaser", "no code here", None, {"prompt_meta": row["prompt_meta"]})["score"] == 0.0
    client_module._VERL_CLIENT.close()
    monkeypatch.setattr(client_module, "_VERL_CLIENT", None)


def test_sigterm_finishes_the_request_in_flight_and_big_bodies_are_413(tmp_path):
    proc, url, addr = start_server(tmp_path, "--workers", "1", "--batch-wait-ms", "500", "--max-body-mb", "0.5")
    too_big = httpx.post(url + "/score", json={"items": [{"text": "x" * 600_000}]})
    assert too_big.status_code == 413 and "413" in too_big.json()["error"]
    items = [dict(c, text=c["text"] + "\n// in flight") for c in completions()]
    result: dict = {}
    sender = threading.Thread(target=lambda: result.update(r=httpx.post(url + "/score", json={"items": items}, timeout=120)))
    sender.start()
    deadline = time.monotonic() + 30
    while httpx.get(url + "/health").json()["queue"] == 0 and time.monotonic() < deadline:
        time.sleep(0.01)  # until the request waits in the batcher's window
    out = stop_server(proc)
    sender.join()
    assert result["r"].status_code == 200 and len(result["r"].json()["rewards"]) == 12
    assert "reward server stopped" in out and addr.read_text().strip() == ""


def test_cli_errors_are_one_line_exit_2(run_cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("weights: {plna: 0.2}\n", encoding="utf-8")
    result = run_cli("reward-server", "--config", str(bad))
    assert result.returncode == 2 and "weights.plna: unknown key" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("reward-server", "--config", str(tmp_path / "nope.yaml"))
    assert result.returncode == 2 and "nope.yaml: file not found" in result.stderr
    result = run_cli("reward-server", "--workers", "0")
    assert result.returncode == 2 and "--workers must be at least 1" in result.stderr
