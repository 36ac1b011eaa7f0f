"""The fake provider itself: limits with 429 + retry-after, the CLI entry, the SDKs' batch/file calls."""
from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import aiohttp
import anthropic
import openai

ROOT = Path(__file__).resolve().parents[2]
BODY = {"model": "m", "max_tokens": 100, "messages": [{"role": "user", "content": "hello"}]}


def test_rpm_limit_answers_429_with_retry_after_and_headers(fake_provider):
    server = fake_provider(rpm=60, burst_s=2)  # a bucket of 2 requests

    async def go():
        async with aiohttp.ClientSession() as session:
            statuses, last = [], None
            for _ in range(3):
                async with session.post(server.url + "/v1/messages", json=BODY, headers={"x-api-key": "k"}) as resp:
                    statuses.append(resp.status)
                    last = resp
                    await resp.read()
            return statuses, last.headers

    statuses, headers = asyncio.run(go())
    assert statuses == [200, 200, 429]
    assert int(headers["retry-after"]) >= 1
    assert headers["anthropic-ratelimit-requests-limit"] == "60"
    assert headers["anthropic-ratelimit-requests-remaining"] == "0"
    assert server.fake.stats["429"] == 1


def test_sdks_drive_files_and_batches(fake_provider):
    server = fake_provider(batch_latency_s=0.0)

    async def go():
        oa = openai.AsyncOpenAI(api_key="k", base_url=server.url + "/v1", max_retries=0, http_client=openai.DefaultAioHttpClient())
        line = b'{"custom_id": "a", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "m", "messages": [{"role": "user", "content": "hi"}]}}\n'
        uploaded = await oa.files.create(file=("in.jsonl", line, "application/jsonl"), purpose="batch")
        batch = await oa.batches.create(input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h")
        batch = await oa.batches.retrieve(batch.id)
        content = await oa.files.content(batch.output_file_id)
        await oa.close()
        an = anthropic.AsyncAnthropic(api_key="k", base_url=server.url, max_retries=0, http_client=anthropic.DefaultAioHttpClient())
        mb = await an.messages.batches.create(requests=[{"custom_id": "b", "params": BODY}])
        mb = await an.messages.batches.retrieve(mb.id)
        results = [r async for r in await an.messages.batches.results(mb.id)]
        await an.close()
        return batch.status, content.content, mb, results

    status, content, mb, results = asyncio.run(go())
    assert status == "completed" and b'"custom_id":"a"' in content
    assert mb.processing_status == "ended" and mb.results_url.startswith(server.url)
    assert results[0].custom_id == "b" and results[0].result.type == "succeeded"


def test_cli_serves_until_interrupted():
    proc = subprocess.Popen([sys.executable, "-m", "modelcall", "fake-provider", "--port", "0", "--latency-s", "0"],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True, env=dict(os.environ))
    try:
        line = proc.stdout.readline()
        port = int(re.search(r":(\d+)", line).group(1))

        async def call():
            async with aiohttp.ClientSession() as s:
                async with s.post(f"http://127.0.0.1:{port}/v1/chat/completions", json=BODY) as resp:
                    return resp.status, await resp.json()

        status, body = asyncio.run(call())
        assert status == 200 and body["choices"][0]["message"]["content"]
    finally:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=20)
    assert proc.returncode == 0 and '"ok": 1' in out


def test_token_limits_and_latency_distributions():
    from modelcall.fakeprovider import FakeProvider, FakeProviderConfig

    fake = FakeProvider(FakeProviderConfig(input_tpm=600, output_tpm=60_000, burst_s=1))  # 10 input tokens/s
    assert fake._take({"requests": 1, "input_tokens": 8, "output_tokens": 5}) == 0.0
    wait = fake._take({"requests": 1, "input_tokens": 8, "output_tokens": 5})
    assert 0.5 < wait <= 0.8  # 2 tokens left, 6 more at 10/s
    fixed = FakeProvider(FakeProviderConfig(latency_s=0.5))
    assert fixed._latency() == 0.5
    uniform = FakeProvider(FakeProviderConfig(latency_s=0.5, latency_dist="uniform", latency_jitter_s=0.2))
    draws = [uniform._latency() for _ in range(200)]
    assert min(draws) >= 0.3 and max(draws) <= 0.7 and len(set(draws)) > 100
    lognormal = FakeProvider(FakeProviderConfig(latency_s=0.5, latency_dist="lognormal", latency_jitter_s=0.5))
    draws = sorted(lognormal._latency() for _ in range(2000))
    assert 0.4 < sum(draws) / len(draws) < 0.6 and draws[-1] > 1.0  # mean kept, long tail


def test_cli_bad_settings_and_a_busy_port_are_one_line_exit_2(fake_provider):
    busy = fake_provider()
    port = busy.url.rsplit(":", 1)[1]
    cases = [["--port", port], ["--port", "0", "--faults", "{bad"], ["--port", "0", "--latency-dist", "gaussian"],
             ["--port", "0", "--rate-429", "1.5"], ["--port", "0", "--answer", "long"]]
    for extra in cases:
        result = subprocess.run([sys.executable, "-m", "modelcall", "fake-provider", *extra], capture_output=True,
                                text=True, timeout=30, cwd=Path(__file__).resolve().parents[2])
        assert result.returncode == 2, (extra, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("config error: "), (extra, result.stderr)
