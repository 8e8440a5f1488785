#pragma once
// Regular expressions, compiled and run by QuickJS's libregexp (.deps/quickjs). The parser
// compiles a literal once to report a bad pattern as an early SyntaxError; the VM compiles each
// RegExp object's pattern and runs it. Subjects are UTF-16 (JavaScript's indices).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace th {

// A pattern compiled to libregexp bytecode, or the reason it is not a valid pattern.
struct CompiledRegExp {
  std::vector<uint8_t> code;  // empty when `error` is set
  std::string error;          // as V8 words it where practical: "Unterminated group"
};

// Flags as written ("gimsuyd"): false (with `error`) for an unknown or repeated flag.
bool ParseRegExpFlags(std::string_view flags, int* lre_flags, std::string* error);
CompiledRegExp CompileRegExp(std::string_view pattern_utf8, int lre_flags);

int RegExpCaptureCount(const std::vector<uint8_t>& code);
// The names of the capture groups, index 0 unused ("" for an unnamed group).
std::vector<std::string> RegExpGroupNames(const std::vector<uint8_t>& code);

enum class MatchResult { NoMatch, Match, TooMuchBacktracking };
// Runs `code` on `subject` from UTF-16 index `start`. On a match, `captures` holds start/end
// pairs of UTF-16 indices per group, -1 for a group that did not take part. A pattern that
// backtracks more than kRegExpStepBudget steps gives up (TooMuchBacktracking): a catastrophic
// pattern must not freeze the program.
MatchResult ExecRegExp(const std::vector<uint8_t>& code, const std::u16string& subject, size_t start,
                       std::vector<int>* captures);
inline constexpr uint64_t kRegExpStepBudget = 50'000'000;

}  // namespace th
