#!/usr/bin/env bash
# Set up everything modelcall needs on a fresh Debian/Ubuntu machine (idempotent; a rerun is quick).
#   system: chromium (runtime checks), fonts-noto-cjk (Chinese text in screenshots), slurm-wlm + munge (cluster tests)
#   npm:    phaser 3.90.0, acorn, eslint (pinned in package.json + package-lock.json)
#   pip:    modelcall itself with the runtime and dev extras (MODELCALL_TRAIN=1 adds the train extra)
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

apt_packages=(chromium fonts-noto-cjk slurm-wlm munge)
missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "[setup] installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "[setup] warning: apt-get not found; install these yourself: ${missing[*]}" >&2
  fi
fi

if [ ! -d node_modules/phaser ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[setup] installing pinned npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

stamp=.setup-stamp-pip
extras="runtime,dev"
if [ "${MODELCALL_TRAIN:-0}" = "1" ]; then extras="$extras,train"; fi
if [ ! -f "$stamp" ] || [ setup.py -nt "$stamp" ] || [ "$(cat "$stamp")" != "$extras" ]; then
  if [[ "$extras" == *train* ]]; then
    # the CPU build from the local wheel cache; an unpinned torch pulls gigabytes of CUDA packages
    $PY -m pip install -q "torch==2.13.0"
  fi
  echo "[setup] installing modelcall[$extras]"
  $PY -m pip install -q -e ".[$extras]"
  echo "$extras" > "$stamp"
fi
echo "[setup] ready"
