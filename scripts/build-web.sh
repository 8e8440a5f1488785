#!/usr/bin/env bash
# Builds both WebAssembly variants and assembles the page in build/site:
#   build/site/index.html   the loader (web/index.html): picks mt/ or st/ at load
#   build/site/*.js         the loader's helpers: the page's storage, share links
#   build/site/mt/          the pthread build (wasm preset), for cross-origin isolated pages
#   build/site/st/          the single-threaded build (wasm-st preset), for every other page
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/emscripten-env.sh

for preset in wasm wasm-st; do
  if [[ ! -f "build/$preset/build.ninja" ]]; then
    cmake --preset "$preset" >/dev/null
  fi
  cmake --build --preset "$preset"
done

site="$root/build/site"
rm -rf "$site.new"
mkdir -p "$site.new/mt" "$site.new/st"
cp web/index.html web/page_storage.js web/share_link.js "$site.new/"
cp build/wasm/web/threadhouse.* "$site.new/mt/"
cp build/wasm-st/web/threadhouse.* "$site.new/st/"
rm -rf "$site" && mv "$site.new" "$site"
echo "[build] page assembled in build/site"
