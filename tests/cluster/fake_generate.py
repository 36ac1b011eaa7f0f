"""A stand-in for the generation CLI in the cluster tests: same arguments, resumes by request_id.

It answers every request of --input-path into --output-path (skipping ids already there), writes
<stem>.errors.jsonl beside it (as the CLI does) for ids listed in --fail-ids, sleeps --delay seconds per request, and exits
--exit-code at the end. The cluster code only sees files and exit codes, so this is all it needs.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--input-path", required=True)
    parser.add_argument("--output-path", required=True)
    parser.add_argument("--model-config", default="")
    parser.add_argument("--concurrency", default="1")
    parser.add_argument("--batch-size", default="1")
    parser.add_argument("--delay", type=float, default=0.0)
    parser.add_argument("--fail-ids", default="")
    parser.add_argument("--exit-code", type=int, default=0)
    parser.add_argument("--hold-after", type=int, default=0, help="after this many answers, wait for --hold-file")
    parser.add_argument("--hold-file", default="")
    args = parser.parse_args()
    out = Path(args.output_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    done = set()
    if out.exists():
        for line in out.read_text().splitlines():
            if line.strip():
                done.add(json.loads(line)["request_id"])
    fail = set(filter(None, args.fail_ids.split(",")))
    resumed = len(done)
    written = 0
    with open(out, "a") as handle, open(out.with_name(out.name.replace(".jsonl", ".errors.jsonl")), "a") as errors:
        for line in Path(args.input_path).read_text().splitlines():
            rid = json.loads(line)["request_id"]
            if rid in done:
                continue
            if rid in fail:
                errors.write(json.dumps({"request_id": rid, "error_type": "test", "message": "planned failure"}) + "\n")
                continue
            time.sleep(args.delay)
            handle.write(json.dumps({"request_id": rid, "text": f"answer {rid}", "model": args.model_config}) + "\n")
            handle.flush()
            written += 1
            if args.hold_after and written == args.hold_after:  # a gate the test opens: no race with its clock
                while not Path(args.hold_file).exists():
                    time.sleep(0.02)
    print(f"resumed={resumed}", file=sys.stderr)
    return args.exit_code


if __name__ == "__main__":
    sys.exit(main())
