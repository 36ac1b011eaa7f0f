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

apt_packages=(chromium chromium-headless-shell fonts-noto-cjk slurm-wlm munge)
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

if [ ! -d node_modules/phaser ] || [ ! -d node_modules/oxlint ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[setup] installing pinned npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

stamp=.setup-stamp-pip
extras="runtime,dev"
if [ "${MODELCALL_TRAIN:-0}" = "1" ]; then extras="$extras,train"; fi
installed_covers_requested() {  # the extras installed last time include every extra asked for now
  [ -f "$stamp" ] && [ ! setup.py -nt "$stamp" ] || return 1
  local have; have=",$(cat "$stamp"),"
  local extra; for extra in ${extras//,/ }; do [[ "$have" == *",$extra,"* ]] || return 1; done
}
if ! installed_covers_requested; then
  pins=()
  if [[ "$extras" == *train* ]]; then
    # the CPU build from the local wheel cache; an unpinned torch pulls gigabytes of CUDA packages.
    # torch stays pinned in the second call too, so no dependency can upgrade it (a CUDA 2.13.0 build also satisfies it)
    $PY -m pip install -q "torch==2.13.0"
    pins=("torch==2.13.0")
  fi
  echo "[setup] installing modelcall[$extras]"
  $PY -m pip install -q -e ".[$extras]" ${pins[@]+"${pins[@]}"}
  if [[ "$extras" == *train* ]]; then
    # PyPI's torchvision/torchaudio wheels are CUDA builds: with the CPU torch their native libraries cannot
    # load and importing them raises. transformers works without torchvision (LLaMA-Factory never imports it),
    # and torchaudio falls back to its pure-Python mode when its native libraries are absent (LLaMA-Factory
    # imports it for audio datasets only), so on a CPU torch the CUDA-only pieces are set aside.
    $PY - <<'PYEOF'
import importlib.util
import pathlib
import subprocess
import sys

import torch

if torch.version.cuda is None:
    def imports(name):
        return subprocess.run([sys.executable, "-c", f"import {name}"], capture_output=True).returncode == 0
    if importlib.util.find_spec("torchvision") and not imports("torchvision"):
        print("[setup] CPU torch: removing the CUDA-only torchvision build (transformers runs without it)")
        subprocess.run([sys.executable, "-m", "pip", "uninstall", "-q", "-y", "torchvision"], check=True)
    spec = importlib.util.find_spec("torchaudio")
    if spec and not imports("torchaudio"):
        lib_dir = pathlib.Path(spec.origin).parent / "lib"
        for lib in lib_dir.glob("*.so"):
            lib.rename(lib.with_name(lib.name + ".cuda_only"))
        print(f"[setup] CPU torch: set aside torchaudio's CUDA-only native libraries in {lib_dir}")
        if not imports("torchaudio"):
            sys.exit("[setup] torchaudio still does not import; LLaMA-Factory needs it")
PYEOF
  fi
  echo "$extras" > "$stamp"
fi
echo "[setup] ready"
