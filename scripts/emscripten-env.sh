# Sourced by the build scripts: Debian's Emscripten 3.1.6, made usable (TOOLCHAIN.md pitfalls 1-2).
# emcc needs Debian's node modules (acorn) on the path, and a writable cache instead of the
# frozen one Debian ships.
_th_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export NODE_PATH=/usr/share/nodejs
export EM_CACHE="$_th_root/.deps/emscripten-cache"
export EM_FROZEN_CACHE=
unset _th_root
