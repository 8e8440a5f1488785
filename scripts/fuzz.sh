#!/usr/bin/env bash
# Builds the libFuzzer harnesses (the `fuzz` preset: clang, ASan + UBSan) and runs each for a
# bounded time, from a corpus seeded with every conformance program.
#
#   bash scripts/fuzz.sh [--seconds N] [--parallel N] [--no-build] [compile|run|seek]...
#
#   --seconds N    how long each harness fuzzes (default 40); the seed corpus always runs whole
#   --parallel N   run up to N harnesses at once (default 1; the machine has 2 cores)
#   --no-build     use the harnesses already in build/fuzz/bin
#   names          which harnesses (default all three): compile (parser and compiler), run
#                  (the runtime, GC stress on a share of inputs), seek (the trace seeker)
#
# Layout under build/fuzz/: corpus/seeds (copied from tests/conformance on every call, not
# committed), corpus/NAME (what each harness has found interesting; kept between calls, so a
# long run goes on where the last one stopped), artifacts/NAME (crashes, hangs, out-of-memory
# inputs), logs/NAME.log. A crash, a sanitizer report, a hang past -timeout or a blow-up past
# -rss_limit_mb fails the script and prints the reproducer's path and how to replay it.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

seconds=40
parallel=1
build=1
harnesses=()
while (($#)); do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --parallel) parallel="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    compile|run|seek) harnesses+=("$1"); shift ;;
    *) echo "fuzz.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
((${#harnesses[@]})) || harnesses=(compile run seek)

out="$root/build/fuzz"
say() { printf '[fuzz] %s\n' "$*"; }

if ((build)); then
  started=$SECONDS
  [[ -f "$out/build.ninja" ]] || cmake --preset fuzz >/dev/null || exit 1
  nice -n 10 cmake --build --preset fuzz --target th_compile_fuzzer th_run_fuzzer th_seek_fuzzer || exit 1
  say "built in $((SECONDS - started)) s"
fi

# Seeds: every conformance program, flattened into one folder (names keep their path). Made
# aside and moved into place, so a fuzzer of another call of this script reading them meanwhile
# sees the old folder or the new one (a running fuzzer read its seeds when it started).
fresh_seeds="$out/corpus/seeds.$$"
mkdir -p "$fresh_seeds"
while IFS= read -r -d '' program; do
  relative="${program#tests/conformance/}"
  cp "$program" "$fresh_seeds/${relative//\//__}"
done < <(find tests/conformance -name '*.js' -print0)
rm -rf "$out/corpus/seeds"
mv "$fresh_seeds" "$out/corpus/seeds"

# Every input must end within -timeout seconds and -rss_limit_mb megabytes: the harnesses
# give each program an instruction budget and a 16 MB heap, so either limit is a finding.
fuzz_one() { # fuzz_one NAME
  local name="$1"
  mkdir -p "$out/corpus/$name" "$out/artifacts/$name" "$out/logs"
  local options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
                 -artifact_prefix="$out/artifacts/$name/" -dict="$root/tests/fuzz/javascript.dict")
  local started=$SECONDS
  nice -n 10 "$out/bin/th_${name}_fuzzer" "${options[@]}" "$out/corpus/$name" "$out/corpus/seeds" \
    >"$out/logs/$name.log" 2>&1
  echo "$? $((SECONDS - started))" >"$out/logs/$name.exit"
}

report() { # report NAME EXIT_CODE SECONDS: one line of numbers, or the reproducer
  local name="$1" code="$2" took="$3" log="$out/logs/$1.log"
  local runs
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}' | tail -n 1)
  if ((code == 0)); then
    say "$name: ${runs:-?} executions in ${took} s, corpus $(find "$out/corpus/$name" -type f | wc -l) inputs, no finding"
    return 0
  fi
  say "$name: FAILED (exit $code) after ${runs:-?} executions; the end of $log:"
  grep -E 'ERROR|SUMMARY|runtime error|Threadhouse internal error|_fuzzer:|Test unit written' "$log" | head -n 20
  local artifact
  artifact=$(grep -o "Test unit written to [^ ]*" "$log" | tail -n 1 | awk '{print $NF}')
  if [[ -n "$artifact" ]]; then
    say "reproducer: $artifact"
    say "replay it:  $out/bin/th_${name}_fuzzer $artifact"
  fi
  return 1
}

for name in "${harnesses[@]}"; do
  while (($(jobs -rp | wc -l) >= parallel)); do wait -n; done
  say "$name: fuzzing for $seconds s (log: build/fuzz/logs/$name.log)"
  rm -f "$out/logs/$name.exit"
  fuzz_one "$name" &
done
wait
failed=0
for name in "${harnesses[@]}"; do
  read -r code took <"$out/logs/$name.exit"
  report "$name" "$code" "$took" || failed=1
done
exit $failed
