#!/usr/bin/env bash
# hostile_test.sh THREADHOUSE [--sanitized]: programs that try to hang, exhaust or crash the CLI
# (tests/native/hostile/, plus the big ones generated here: a 1 MB source, binary garbage,
# 100 000-deep nesting). Each must end within its time budget, with the message a learner
# would get from node (or Threadhouse's own words for its limits), in bounded memory (peak RSS
# from /usr/bin/time) and without a crash or a sanitizer report.
#
# --sanitized: the CLI of the native-asan build; time budgets are five times longer and peak RSS
# is not checked (the sanitizers' shadow memory and quarantine are not the program's).
set -uo pipefail
cli="$1"
sanitized=0
[[ "${2:-}" == "--sanitized" ]] && sanitized=1
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/hostile" && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
checks=0

# --- The generated programs ------------------------------------------------------------------
# A 1 MB source: one statement per line.
{
  echo 'let total = 0;'
  for ((i = 0; i < 87381; i++)); do echo 'total += 1;'; done
  echo 'console.log(total);'
} >"$work/big_source.js"
# 64 KB of binary garbage (a fixed pseudo-random sequence, so every run sees the same bytes).
awk 'BEGIN { srand(7); for (i = 0; i < 65536; i++) printf "%c", int(rand() * 256) }' </dev/null |
  LC_ALL=C tr -d '\000' >"$work/binary_garbage.js"
# 100 000-deep nesting, each written the way a generated or mistyped file could be.
deep=100000
repeat() { printf -- "$1%.0s" $(seq "$2"); }
printf 'const x = %s%s;\nconsole.log("ran");\n' "$(repeat '[' $deep)" "$(repeat ']' $deep)" >"$work/deep_brackets.js"
printf 'const x = %s1%s;\nconsole.log("ran");\n' "$(repeat '(' $deep)" "$(repeat ')' $deep)" >"$work/deep_parentheses.js"
printf '%s%s\nconsole.log("ran");\n' "$(repeat 'function f() { ' $deep)" "$(repeat '} ' $deep)" >"$work/deep_functions.js"
printf '%s%s\nconsole.log("ran");\n' "$(repeat '{ ' $deep)" "$(repeat '} ' $deep)" >"$work/deep_blocks.js"
printf 'const x = 0%s;\nconsole.log(x);\n' "$(repeat ' + 1' $deep)" >"$work/long_sum.js"
printf 'const x = %strue;\nconsole.log(x);\n' "$(repeat '!' $deep)" >"$work/deep_unary.js"
printf 'const f = %s0;\nconsole.log(typeof f);\n' "$(repeat 'a => ' $deep)" >"$work/deep_arrows.js"
printf 'const o = {};\no.o = o;\nconsole.log(o%s === o);\n' "$(repeat '.o' $deep)" >"$work/long_member_chain.js"
printf 'const f = () => f;\nconsole.log(f%s === f);\n' "$(repeat '()' $deep)" >"$work/long_call_chain.js"
printf 'const x = %s0;\nconsole.log(x);\n' "$(repeat '1 ? 1 : ' $deep)" >"$work/long_conditional.js"
# A typo deep inside blocks, 120 times over: recovering from each must not forget how deep it is.
printf '%s' "$(repeat "$(repeat '{ ' 900)@;\n" 120)" >"$work/typos_in_deep_blocks.js"
printf '%s\n' "$(repeat '}' $((900 * 120)))" >>"$work/typos_in_deep_blocks.js"

# --- The check -------------------------------------------------------------------------------
# hostile NAME FILE EXIT STDERR_REGEX MAX_SECONDS MAX_RSS_MB [CLI OPTIONS...]
# EXIT may be "0|1" when running the program and refusing it are both right; STDERR_REGEX is
# checked when the exit code is not 0.
hostile() {
  local name="$1" file="$2" want_exit="$3" pattern="$4" max_seconds="$5" max_rss="$6"
  shift 6
  ((sanitized)) && max_seconds=$((max_seconds * 5))
  checks=$((checks + 1))
  # The outer limit only catches a hang: well past the budget, and then with SIGKILL.
  /usr/bin/time -f '%e %M' -o "$work/usage" timeout -s KILL $((max_seconds * 4 + 10)) \
    "$cli" run "$@" "$file" >"$work/out" 2>"$work/err" </dev/null
  local code=$?
  local seconds rss_kb
  read -r seconds rss_kb < <(tail -n 1 "$work/usage")
  local rss_mb=$((rss_kb / 1024))
  local message
  message=$(grep -E -m 1 "$pattern" "$work/err" || head -n 1 "$work/err")
  local problem=""
  if ! [[ "$code" =~ ^($want_exit)$ ]]; then problem="exit $code, want $want_exit"; fi
  # The message is checked when the program did not succeed (a refusal, a limit, an error).
  if [[ -z "$problem" && -n "$pattern" && "$code" != 0 ]] && ! grep -E -q "$pattern" "$work/err"; then
    problem="stderr lacks /$pattern/"
  fi
  if [[ -z "$problem" ]] && grep -E -q 'AddressSanitizer|LeakSanitizer|runtime error:|internal error' "$work/err"; then
    problem="a sanitizer or internal error report"
  fi
  if [[ -z "$problem" ]] && awk -v s="$seconds" -v m="$max_seconds" 'BEGIN { exit !(s > m) }'; then
    problem="took $seconds s, budget $max_seconds s"
  fi
  if [[ -z "$problem" ]] && ((!sanitized && rss_mb > max_rss)); then problem="peak RSS $rss_mb MB, budget $max_rss MB"; fi
  # A program whose node output was recorded (FILE.out beside it) must print exactly that.
  local expected="${file%.js}.out"
  if [[ -z "$problem" && -f "$expected" ]] && ! cmp -s "$expected" "$work/out"; then
    problem="stdout differs from node's ($expected)"
  fi
  local line
  line=$(printf '%-26s exit %-3s %6.2f s %5d MB  %s' "$name" "$code" "$seconds" "$rss_mb" "${message:0:110}")
  if [[ -n "$problem" ]]; then
    failures=$((failures + 1))
    printf 'FAIL %s\n     %s\n' "$line" "$problem"
    sed -n '1,5p' "$work/err" | sed 's/^/     stderr: /'
  else
    printf 'ok   %s\n' "$line"
  fi
}

budget='instruction budget'
timeout_message='still running after 2 seconds'
node_oom='^FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory$'

hostile endless-loop/budget "$here/endless_loop.js" 1 "$budget" 10 200 --instruction-limit 300000000
hostile endless-loop/timeout "$here/endless_loop.js" 1 "$timeout_message" 5 200 --timeout 2
hostile endless-microtasks/budget "$here/endless_microtasks.js" 1 "$budget" 10 200 --instruction-limit 10000000
hostile endless-microtasks/timeout "$here/endless_microtasks.js" 1 "$timeout_message" 5 200 --timeout 2
hostile endless-interval/budget "$here/endless_interval.js" 1 "$budget" 10 200 --instruction-limit 10000000
hostile endless-interval/timeout "$here/endless_interval.js" 1 "$timeout_message" 5 200 --timeout 2
hostile native-interval/budget "$here/endless_native_interval.js" 1 "$budget" 10 200 --instruction-limit 200000
hostile native-interval/timeout "$here/endless_native_interval.js" 1 "$timeout_message" 5 200 --timeout 2
hostile endless-recursion "$here/endless_recursion.js" 1 '^RangeError: Maximum call stack size exceeded$' 5 200
hostile array-doubling "$here/array_doubling.js" 134 "$node_oom" 20 1200
hostile string-doubling "$here/string_doubling.js" 1 '^RangeError: Invalid string length$' 20 1500
hostile many-timers "$here/many_timers.js" 0 '' 10 400
# Node's depth limits are V8's: where they differ from the engine's, only the ending is checked.
hostile deep-data "$here/deep_data.js" 0 '' 20 400
hostile big-source "$work/big_source.js" 0 '' 10 400
hostile binary-garbage "$work/binary_garbage.js" 1 '^SyntaxError: ' 5 200
nested='^SyntaxError: '
for program in deep_brackets deep_parentheses deep_functions deep_blocks long_sum deep_unary deep_arrows \
               long_member_chain long_call_chain long_conditional typos_in_deep_blocks; do
  hostile "${program//_/-}" "$work/$program.js" '0|1' "$nested" 10 400
done
# The same endless loop, stopped by whichever limit comes first.
hostile endless-loop/both-limits "$here/endless_loop.js" 1 "$budget|$timeout_message" 5 200 \
  --timeout 2 --instruction-limit 100000000

echo "$((checks - failures)) passed, $failures failed"
exit $((failures > 0))
