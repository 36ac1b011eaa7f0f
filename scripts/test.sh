#!/usr/bin/env bash
# Set everything up, then run the whole test suite: bash scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
# the train extra (LLaMA-Factory on the CPU torch 2.13.0) is needed by the sft_train/infer tests; it adds
# about 70 s to a cold install (measured: fresh venv, no pip cache). MODELCALL_TRAIN=0 skips it (those tests skip)
export MODELCALL_TRAIN=${MODELCALL_TRAIN:-1}
bash scripts/setup.sh
exec "${PYTHON:-python3}" -m pytest -q "$@"
