#!/usr/bin/env bash
# Set up everything from the project's own files: uv (pinned) in .uv/, then the locked
# environment in .venv/ (uv.lock). Safe to run again; it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.13.9
if [ ! -x .uv/bin/uv ]; then
  python3 -m venv .uv
  .uv/bin/pip install --quiet --disable-pip-version-check "uv==${UV_VERSION}"
fi
# --compile-bytecode: with PYTHONDONTWRITEBYTECODE set (as on our machines) Python would
# otherwise compile every imported module from source in every process (3.9 s -> 1.4 s to
# import the pipeline; each Dagster step, pool worker and test subprocess pays it)
.uv/bin/uv sync --frozen --quiet --compile-bytecode
