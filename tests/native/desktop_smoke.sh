#!/usr/bin/env bash
# desktop_smoke.sh APP SCREENSHOT.bmp
set -euo pipefail
app="$1"
shot="$2"
rm -f "$shot"
# -a picks a free display number, so parallel test runs do not collide.
xvfb-run -a -s "-screen 0 1400x900x24" "$app" --frames 10 --size 1280x800 --screenshot "$shot"
[[ -s "$shot" ]] || { echo "no screenshot was written"; exit 1; }
size=$(convert "$shot" -format '%wx%h' info:)
colours=$(convert "$shot" -format '%k' info:)
echo "screenshot $shot: $size, $colours colours"
[[ "$size" == "1280x800" ]] || { echo "expected a 1280x800 frame"; exit 1; }
(( colours > 50 )) || { echo "the window looks blank"; exit 1; }
