#!/usr/bin/env bash
# cli_test.sh THREADHOUSE: the CLI as scripts and autograders use it.
set -uo pipefail
cli="$1"
failures=0
checks=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

expect() { # expect NAME ACTUAL WANTED
  checks=$((checks + 1))
  if [[ "$2" != "$3" ]]; then
    printf 'FAIL %s\n  got:  %q\n  want: %q\n' "$1" "$2" "$3"
    failures=$((failures + 1))
  else
    printf 'ok   %s\n' "$1"
  fi
}

printf 'console.log("Start");\nsetTimeout(() => console.log("Boil water"), 0);\nPromise.resolve().then(() => console.log("Check mailbox"));\nconsole.log("End");\n' >"$work/main.js"

out=$("$cli" run "$work/main.js"); code=$?
expect "run prints what node prints" "$out" $'Start\nEnd\nCheck mailbox\nBoil water'
expect "run exits 0" "$code" 0

out=$("$cli" run - <"$work/main.js"); code=$?
expect "- reads the program from stdin" "$out" $'Start\nEnd\nCheck mailbox\nBoil water'

printf 'setTimeout(() => console.log("timer"), 0);\nPromise.resolve().then(() => console.log("micro"));\n' >"$work/browser.js"
out=$("$cli" run --profile browser "$work/browser.js")
expect "--profile browser runs the browser's loop" "$out" $'micro\ntimer'

printf 'function f() { null.x; }\nf();\n' >"$work/throws.js"
out=$("$cli" run "$work/throws.js" 2>"$work/err"); code=$?
expect "an uncaught error exits 1" "$code" 1
expect "the error goes to stderr" "$(grep -c "TypeError: Cannot read properties of null (reading 'x')" "$work/err")" 1

"$cli" run --frobnicate "$work/main.js" >/dev/null 2>"$work/err"; code=$?
expect "an unknown option exits 2" "$code" 2
expect "with a usage message" "$(grep -c '^usage: threadhouse run' "$work/err")" 1
"$cli" run >/dev/null 2>&1; expect "run without a file exits 2" "$?" 2
"$cli" run --profile deno "$work/main.js" >/dev/null 2>&1; expect "a bad profile exits 2" "$?" 2
"$cli" run "$work/missing.js" >/dev/null 2>"$work/err"; code=$?
expect "a missing file exits 1" "$code" 1
expect "and says so" "$(grep -c "cannot read" "$work/err")" 1
out=$("$cli" --help); expect "--help exits 0" "$?" 0

(cd "$work" && "$cli" run --trace chrome --trace-out trace.json main.js >/dev/null)
expect "--trace chrome writes a Chrome trace" "$(head -c 16 "$work/trace.json")" '{"displayTimeUni'
(cd "$work" && "$cli" run --trace text --trace-out out.txt main.js >/dev/null)
expect "--trace text is node's output" "$(cat "$work/out.txt")" $'Start\nEnd\nCheck mailbox\nBoil water'
(cd "$work" && "$cli" run --trace json --trace-out t.jsonl main.js >/dev/null)
expect "--trace json starts with the script" "$(head -n 1 "$work/t.jsonl" | grep -c '"kind":"script_start"')" 1

printf 'while (true) {}\n' >"$work/forever.js"
"$cli" run --instruction-limit 100000 "$work/forever.js" >/dev/null 2>"$work/err"; code=$?
expect "--instruction-limit stops an endless loop" "$code" 1
expect "with a clear message" "$(grep -c 'endless loop' "$work/err")" 1

"$cli" run --timeout 0.5 "$work/forever.js" >/dev/null 2>"$work/err"; code=$?
expect "--timeout stops an endless loop" "$code" 1
expect "and says after how long" "$(grep -c 'still running after 0.5 seconds' "$work/err")" 1
"$cli" run --timeout 0 "$work/forever.js" >/dev/null 2>&1; expect "--timeout 0 is a bad argument" "$?" 2
"$cli" run --timeout soon "$work/forever.js" >/dev/null 2>&1; expect "--timeout takes seconds" "$?" 2
out=$("$cli" run --timeout 5 "$work/main.js"); code=$?
expect "--timeout leaves a program that ends alone" "$out" $'Start\nEnd\nCheck mailbox\nBoil water'

echo "$((checks - failures)) passed, $failures failed"
exit $((failures > 0))
