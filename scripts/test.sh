#!/usr/bin/env bash
# Installs what is missing, builds every preset and runs every test:
#   native:       unit, conformance and UI tests (GoogleTest via CTest), desktop app under Xvfb;
#                 generated programs run by node and by the CLI must agree (tests/differential)
#   native-asan:  the same tests with AddressSanitizer and UndefinedBehaviorSanitizer, except
#                 that the conformance programs run only under GC stress there (a superset of
#                 the plain run's checks) and the step-by-step and run-after-run trace checks
#                 only natively (CMakePresets.json; the trace seeker's fuzzer covers it under ASan)
#   native-tsan:  the agents tests on real threads (baton and parallel) with ThreadSanitizer
#   fuzz:         the libFuzzer harnesses (clang, ASan + UBSan), each fuzzing for a short while
#   wasm, wasm-st: the page in both variants, checked in headless Chromium; the CLI built to
#                  WebAssembly must print and trace exactly what the native one does
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
started=$SECONDS
step() { printf '\n=== %s (%ds)\n' "$*" $((SECONDS - started)); }

step "setup"
bash scripts/setup.sh

for preset in native native-asan; do
  step "build $preset"
  [[ -f "build/$preset/build.ninja" ]] || cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  step "test $preset"
  ctest --preset "$preset"
done

# The agents on real threads, baton and parallel, where ThreadSanitizer reports any data race.
step "build native-tsan (the agents tests only)"
[[ -f "build/native-tsan/build.ninja" ]] || cmake --preset native-tsan >/dev/null
cmake --build --preset native-tsan
step "test native-tsan"
ctest --preset native-tsan

# A crash, a sanitizer report or a hang fails this step and prints the reproducer's path.
step "fuzz: build the harnesses and run each for ${TH_FUZZ_SECONDS:-30} s"
bash scripts/fuzz.sh --seconds "${TH_FUZZ_SECONDS:-30}"

step "the native CLI against node: 300 generated programs (differential)"
node --test tests/differential/

step "build the page (wasm, wasm-st)"
bash scripts/build-web.sh

step "native and WebAssembly cores agree (determinism)"
node --test tests/determinism/

step "browser tests"
(cd tests/web && node --test --test-reporter=spec)

step "all tests passed"
