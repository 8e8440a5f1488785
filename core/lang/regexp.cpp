// libregexp's embedding: the callbacks it asks of its host, flags, V8's error wording, and
// UTF-16 captures.
#include "lang/regexp.h"

#include <cstdlib>
#include <utility>

extern "C" {
#include "libregexp.h"
}

namespace th {

namespace {

// What libregexp's callbacks see through their `opaque` pointer while one compile or exec runs.
struct EngineContext {
  const char* stack_base;  // the stack address where the call started
  uint64_t timeout_checks = 0;
};

// libregexp recurses while parsing a pattern (and for lookarounds); past this much stack it
// reports "stack overflow" instead of crashing. Kept small for WebAssembly's 5 MB stack.
constexpr size_t kStackLimit = 256 * 1024;
// Its backtracking stack is heap memory: a pattern that needs more than this fails as too much
// backtracking.
constexpr size_t kBacktrackMemoryLimit = 64u << 20;
// lre_check_timeout is called once every 10 000 steps.
constexpr uint64_t kTimeoutChecks = kRegExpStepBudget / 10'000;

std::string V8Message(std::string message) {
  static const std::pair<const char*, const char*> kWordings[] = {
      {"expecting ')'", "Unterminated group"},
      {"nothing to repeat", "Nothing to repeat"},
      {"extraneous characters at the end", "Unmatched ')'"},
      {"unexpected end", "\\ at end of pattern"},
      {"expecting ']'", "Unterminated character class"},
      {"invalid class range", "Range out of order in character class"},
      {"invalid escape sequence in regular expression", "Invalid escape"},
      {"invalid group", "Invalid group"},
      {"duplicate group name", "Duplicate capture group name"},
      {"invalid group name", "Invalid capture group name"},
      {"group name not defined", "Invalid named capture referenced"},
      {"unknown unicode property name", "Invalid property name"},
      {"unknown unicode property value", "Invalid property name"},
      {"unknown unicode general category", "Invalid property name"},
      {"unknown unicode script", "Invalid property name"},
      {"invalid repetition count", "numbers out of order in {} quantifier"},
      {"stack overflow", "Maximum call stack size exceeded"},
  };
  for (const auto& [quickjs, v8] : kWordings) {
    if (message == quickjs) return v8;
  }
  if (!message.empty() && message[0] >= 'a' && message[0] <= 'z') message[0] = static_cast<char>(message[0] - 'a' + 'A');
  return message;
}

}  // namespace

bool ParseRegExpFlags(std::string_view flags, int* lre_flags, std::string* error) {
  int result = 0;
  for (char c : flags) {
    int bit = 0;
    switch (c) {
      case 'd': bit = LRE_FLAG_INDICES; break;
      case 'g': bit = LRE_FLAG_GLOBAL; break;
      case 'i': bit = LRE_FLAG_IGNORECASE; break;
      case 'm': bit = LRE_FLAG_MULTILINE; break;
      case 's': bit = LRE_FLAG_DOTALL; break;
      case 'u': bit = LRE_FLAG_UNICODE; break;
      case 'y': bit = LRE_FLAG_STICKY; break;
      default: break;
    }
    if (bit == 0 || (result & bit)) {
      *error = "Invalid flags supplied to RegExp constructor '" + std::string(flags) + "'";
      return false;
    }
    result |= bit;
  }
  *lre_flags = result;
  return true;
}

CompiledRegExp CompileRegExp(std::string_view pattern_utf8, int lre_flags) {
  CompiledRegExp result;
  char marker = 0;
  EngineContext context{&marker};
  char message[128] = {};
  int length = 0;
  // lre_compile wants a NUL-terminated buffer.
  std::string pattern(pattern_utf8);
  uint8_t* code = lre_compile(&length, message, sizeof message, pattern.c_str(), pattern.size(), lre_flags, &context);
  if (!code) {
    result.error = V8Message(message);
    return result;
  }
  result.code.assign(code, code + length);
  std::free(code);
  return result;
}

int RegExpCaptureCount(const std::vector<uint8_t>& code) { return lre_get_capture_count(code.data()); }

std::vector<std::string> RegExpGroupNames(const std::vector<uint8_t>& code) {
  int count = RegExpCaptureCount(code);
  std::vector<std::string> names(static_cast<size_t>(count));
  if (!(lre_get_flags(code.data()) & LRE_FLAG_NAMED_GROUPS)) return names;
  // NUL-terminated names, one per group from 1 ("" for an unnamed one).
  const char* name = lre_get_groupnames(code.data());
  for (int group = 1; group < count && name; ++group) {
    names[static_cast<size_t>(group)] = name;
    name += names[static_cast<size_t>(group)].size() + 1;
  }
  return names;
}

MatchResult ExecRegExp(const std::vector<uint8_t>& code, const std::u16string& subject, size_t start,
                       std::vector<int>* captures) {
  int count = RegExpCaptureCount(code);
  std::vector<uint8_t*> slots(static_cast<size_t>(count) * 2);
  char marker = 0;
  EngineContext context{&marker};
  const auto* buffer = reinterpret_cast<const uint8_t*>(subject.data());
  int status = lre_exec(slots.data(), code.data(), buffer, static_cast<int>(start), static_cast<int>(subject.size()),
                        1, &context);
  if (status < 0) return MatchResult::TooMuchBacktracking;
  if (status == 0) return MatchResult::NoMatch;
  captures->assign(slots.size(), -1);
  for (size_t i = 0; i < slots.size(); ++i) {
    if (slots[i]) (*captures)[i] = static_cast<int>((slots[i] - buffer) / 2);
  }
  return MatchResult::Match;
}

}  // namespace th

// The callbacks libregexp requires of its embedder.
extern "C" {

int lre_check_stack_overflow(void* opaque, size_t alloca_size) {
  auto* context = static_cast<th::EngineContext*>(opaque);
  if (!context) return 0;
  char marker = 0;
  size_t used = static_cast<size_t>(context->stack_base > &marker ? context->stack_base - &marker
                                                                 : &marker - context->stack_base);
  return used + alloca_size > th::kStackLimit;
}

int lre_check_timeout(void* opaque) {
  auto* context = static_cast<th::EngineContext*>(opaque);
  return context && ++context->timeout_checks > th::kTimeoutChecks;
}

void* lre_realloc(void* opaque, void* ptr, size_t size) {
  if (size == 0) {
    std::free(ptr);
    return nullptr;
  }
  auto* context = static_cast<th::EngineContext*>(opaque);
  // Only the backtracking stack grows without bound; capping every block is enough to stop it.
  if (context && size > th::kBacktrackMemoryLimit) return nullptr;
  return std::realloc(ptr, size);
}

}  // extern "C"
