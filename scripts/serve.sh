#!/usr/bin/env bash
# Installs what is missing, builds the page and serves it on http://127.0.0.1:8080
# (cross-origin isolated, so the threaded build runs). Stop it with Ctrl+C.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/setup.sh"
bash "$root/scripts/build-web.sh"
exec node "$root/web/serve.mjs" --root "$root/build/site" --port "${PORT:-8080}"
