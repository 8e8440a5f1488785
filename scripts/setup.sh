#!/usr/bin/env bash
# Brings a fresh Debian 12 machine (as root, reaching only Debian's registry and npm) to the
# point where every preset builds. Idempotent: a second run checks, changes nothing and takes
# seconds. It:
#   1. installs the Debian packages that are missing (compilers, clang with libFuzzer, SDL2,
#      GoogleTest, Emscripten, Chromium, Xvfb, fonts);
#   2. fetches the pinned Debian source packages of Dear ImGui, SDL2 and QuickJS (for its regular
#      expression engine), checks their sha256 and unpacks them into .deps/ (git ignores it; no
#      third-party source is committed);
#   3. prepares a writable Emscripten cache in .deps/ with the SDL2 port seeded from that source;
#   4. installs the browser-test tools from npm, exactly as the lockfile pins them.
# Why each step looks the way it does: ../shared/TOOLCHAIN.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deps="$root/.deps"
# shellcheck source=scripts/versions.sh
source "$root/scripts/versions.sh"
mkdir -p "$deps"

say() { printf '[setup] %s\n' "$*"; }

# --- 1. Debian packages --------------------------------------------------------------------
packages=(
  g++ cmake ninja-build pkg-config xz-utils ca-certificates time
  clang libclang-rt-14-dev
  libgtest-dev libgmock-dev libsdl2-dev
  emscripten
  chromium xvfb xauth imagemagick
  fonts-inter fonts-jetbrains-mono
)
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
if ((${#missing[@]})); then
  say "installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- 2. Pinned Debian source packages --------------------------------------------------------
# The machine's own apt source names the mirror, so nothing here depends on one host name.
debian_mirror() {
  local uri
  uri=$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' |
        grep -v -- '-security' | head -n 1 || true)
  if [[ -z "$uri" ]]; then
    uri=$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' |
          grep -v -- '-security' | head -n 1 || true)
  fi
  [[ -n "$uri" ]] || { echo "setup: no Debian mirror found in the apt sources" >&2; exit 1; }
  echo "$uri"
}

# fetch_orig NAME=VERSION TARBALL SHA256: leaves .deps/src/TARBALL verified.
fetch_sources() {
  local need=()
  [[ -f "$deps/src/$IMGUI_TARBALL" ]] || need+=("imgui=$IMGUI_DEBIAN_VERSION")
  [[ -f "$deps/src/$SDL2_TARBALL" ]] || need+=("libsdl2=$SDL2_DEBIAN_VERSION")
  [[ -f "$deps/src/$QUICKJS_TARBALL" ]] || need+=("quickjs=$QUICKJS_DEBIAN_VERSION")
  ((${#need[@]})) || return 0
  local apt_dir="$deps/apt"
  mkdir -p "$apt_dir/lists/partial" "$deps/src"
  cat >"$apt_dir/threadhouse.sources" <<EOF
Types: deb-src
URIs: $(debian_mirror)
Suites: bookworm trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  local apt_options=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$apt_dir"
                     -o "Dir::State::Lists=$apt_dir/lists" -o APT::Sandbox::User=root)
  say "fetching Debian source packages: ${need[*]}"
  apt-get "${apt_options[@]}" -qq update
  (cd "$deps/src" && apt-get "${apt_options[@]}" -qq source --download-only "${need[@]}")
}

verify() { # verify FILE SHA256
  local actual
  actual=$(sha256sum "$1" | awk '{print $1}')
  if [[ "$actual" != "$2" ]]; then
    echo "setup: checksum mismatch for $1 (got $actual, want $2)" >&2
    rm -f "$1"
    exit 1
  fi
}

unpack() { # unpack TARBALL SHA256 DEST [MEMBER...]: only the named members when given
  local tarball="$1" sha256="$2" dest="$3"
  shift 3
  local stamp="$dest/.threadhouse-source"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$sha256" ]]; then return 0; fi
  verify "$deps/src/$tarball" "$sha256"
  say "unpacking $tarball"
  rm -rf "$dest" && mkdir -p "$dest"
  tar -xf "$deps/src/$tarball" -C "$dest" --strip-components=1 --wildcards "${@/#/*/}"
  echo "$sha256" >"$stamp"
}

if [[ ! -f "$deps/imgui/.threadhouse-source" || ! -f "$deps/sdl2/.threadhouse-source" ||
      ! -f "$deps/quickjs/.threadhouse-source" ]]; then
  fetch_sources
fi
unpack "$IMGUI_TARBALL" "$IMGUI_SHA256" "$deps/imgui"
unpack "$SDL2_TARBALL" "$SDL2_SHA256" "$deps/sdl2"
# libregexp and what it includes; the rest of QuickJS (the engine itself) is not needed.
unpack "$QUICKJS_TARBALL" "$QUICKJS_SHA256" "$deps/quickjs" \
  libregexp.c libregexp.h libregexp-opcode.h libunicode.c libunicode.h libunicode-table.h \
  cutils.c cutils.h list.h LICENSE

# --- 3. A writable Emscripten cache with the SDL2 port seeded ---------------------------------
"$root/scripts/emscripten-cache.sh"

# --- 4. Browser-test tools from npm ------------------------------------------------------------
web_tests="$root/tests/web"
lock_stamp="$web_tests/node_modules/.threadhouse-lock"
if [[ ! -f "$lock_stamp" ]] || ! cmp -s "$web_tests/package-lock.json" "$lock_stamp"; then
  say "installing npm packages for the browser tests"
  (cd "$web_tests" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  cp "$web_tests/package-lock.json" "$lock_stamp"
fi

say "ready"
