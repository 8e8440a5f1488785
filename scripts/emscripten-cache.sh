#!/usr/bin/env bash
# Prepares .deps/emscripten-cache: a writable copy of Debian's frozen Emscripten cache, with the
# SDL2 port seeded from the Debian SDL2 source unpacked in .deps/sdl2, so that -sUSE_SDL=2 never
# tries to download anything (TOOLCHAIN.md pitfalls 2-4). Idempotent.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/emscripten-env.sh"
source "$root/scripts/versions.sh"
cache="$EM_CACHE"
stamp="$cache/.threadhouse-seeded"
want="debian-cache+sdl2-$SDL2_SHA256+fix1"

if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi

echo "[setup] preparing the Emscripten cache in ${cache#"$root"/}"
rm -rf "$cache"
cp -a /usr/share/emscripten/cache "$cache"
rm -f "$cache/cache.lock"

# Emscripten 3.1.6's SDL2 port is pinned to release 2.0.20 and counts as fetched when this folder
# and URL file exist; it then builds whatever source the folder holds.
port="$cache/ports/sdl2"
mkdir -p "$port"
cp -a "$root/.deps/sdl2" "$port/SDL-release-2.0.20"
echo "https://github.com/libsdl-org/SDL/archive/release-2.0.20.zip" >"$port/.emscripten_url"

# The port compiles 2.0.20's file list; 2.26.5 moved some functions into five new files.
# Including them from a file the port already compiles adds exactly those symbols.
cat >>"$port/SDL-release-2.0.20/src/main/dummy/SDL_dummy_main.c" <<'EOF'

/* Threadhouse: files that SDL 2.26 added and Emscripten 3.1.6's SDL2 port does not list. */
#include "../../SDL_guid.c"
#include "../../SDL_list.c"
#include "../../SDL_utils.c"
#include "../../stdlib/SDL_crc16.c"
#include "../../joystick/controller_type.c"
EOF

echo "$want" >"$stamp"
