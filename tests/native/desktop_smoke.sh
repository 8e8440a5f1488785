#!/usr/bin/env bash
# desktop_smoke.sh APP SCREENSHOT.bmp [WxH [more app options...]]
# Runs the desktop app under Xvfb for a few frames: it must open its window, draw, save a
# screenshot of the expected size that is not blank, and exit cleanly.
set -euo pipefail
app="$1"
shot="$2"
size="${3:-1280x800}"
shift $(( $# >= 3 ? 3 : 2 ))
rm -f "$shot"
# -a picks a free display number, so parallel test runs do not collide.
xvfb-run -a -s "-screen 0 1400x900x24" "$app" --no-settings --frames 10 --size "$size" --screenshot "$shot" "$@"
[[ -s "$shot" ]] || { echo "no screenshot was written"; exit 1; }
actual=$(convert "$shot" -format '%wx%h' info:)
colours=$(convert "$shot" -format '%k' info:)
echo "screenshot $shot: $actual, $colours colours"
[[ "$actual" == "$size" ]] || { echo "expected a $size frame"; exit 1; }
(( colours > 50 )) || { echo "the window looks blank"; exit 1; }
