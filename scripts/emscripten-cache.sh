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
want="debian-cache+sdl2-$SDL2_SHA256+fix1+lpad1"

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

# C++ exceptions in the pthread build (-fwasm-exceptions -pthread). Debian builds Emscripten 3.1.6
# with clang 14, whose landing pads write the record they share with the personality function
# (__wasm_lpad_context) as a plain global, while 3.1.6's libunwind declares it thread_local: the
# two never meet, and every typed catch misses. Rebuilt here as a plain global, as clang 14
# expects; catch (...) never reads it (TOOLCHAIN.md pitfall 11).
unwind="$(mktemp -d)"
sed 's/^thread_local struct _Unwind_LandingPadContext __wasm_lpad_context;$/struct _Unwind_LandingPadContext __wasm_lpad_context;/' \
  /usr/share/emscripten/system/lib/libunwind/src/Unwind-wasm.c >"$unwind/Unwind-wasm.c"
if cmp -s "$unwind/Unwind-wasm.c" /usr/share/emscripten/system/lib/libunwind/src/Unwind-wasm.c; then
  echo "[setup] Emscripten's Unwind-wasm.c has changed: check the __wasm_lpad_context fix" >&2
  exit 1
fi
emcc -c -Oz -pthread -fwasm-exceptions -D_LIBUNWIND_DISABLE_VISIBILITY_ANNOTATIONS -DNDEBUG -D__USING_WASM_EXCEPTIONS__ \
  -I/usr/share/emscripten/system/lib/libunwind/include -I/usr/share/emscripten/system/lib/libunwind/src \
  "$unwind/Unwind-wasm.c" -o "$unwind/Unwind-wasm.o"
emar r "$cache/sysroot/lib/wasm32-emscripten/libunwind-mt-except.a" "$unwind/Unwind-wasm.o"
rm -rf "$unwind"

echo "$want" >"$stamp"
