#!/usr/bin/env bash
# Set everything up, then run the whole pipeline offline on the embedded demo seeds with the mock teacher.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec "${PYTHON:-python3}" -m modelcall run-task configs/tasks/demo/phaser_pipeline.yaml "$@"
