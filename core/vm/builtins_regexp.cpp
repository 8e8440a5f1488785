// RegExp and the String.prototype methods that take one (match, matchAll, replace, replaceAll,
// search, split). Patterns run on QuickJS's libregexp (lang/regexp.h) over the subject's UTF-16
// code units, so every index is a JavaScript index.
//
// Until the VM has accessor properties, `source`, `flags`, `global`... are own read-only data
// properties of each instance (not enumerable, so they do not show when printed), and the
// compiled pattern is a hidden own property holding its bytecode.
#include <cmath>
#include <string>
#include <vector>

#include "lang/regexp.h"
#include "vm/builtins.h"
#include "vm/utf16.h"

namespace th::detail {

namespace {

HeapString* MatcherKey(Vm& vm) { return vm.Intern("[[RegExpMatcher]]"); }
HeapString* PrototypeKey(Vm& vm) { return vm.Intern("%RegExp.prototype%"); }
HeapString* LastIndexKey(Vm& vm) { return vm.Intern("lastIndex"); }

JsObject* AsRegExp(Vm& vm, Value value) {
  if (!value.IsObject()) return nullptr;
  auto* object = static_cast<JsObject*>(value.object);
  Property* matcher = object->props().Find(MatcherKey(vm));
  return matcher && matcher->value.IsString() ? object : nullptr;
}

std::string OwnString(Vm& vm, JsObject* regexp, const char* name) {
  Property* property = regexp->props().Find(vm.Intern(name));
  return property && property->value.IsString() ? property->value.AsString()->text() : std::string();
}

// The bytecode, copied out: a replacer function may run a collection while we match.
std::vector<uint8_t> MatcherCode(Vm& vm, JsObject* regexp) {
  const std::string& bytes = regexp->props().Find(MatcherKey(vm))->value.AsString()->text();
  return std::vector<uint8_t>(bytes.begin(), bytes.end());
}

// `source` as V8 shows it: "(?:)" for an empty pattern, `/` and line breaks escaped.
std::string EscapeSource(const std::string& pattern) {
  if (pattern.empty()) return "(?:)";
  std::string out;
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      out += c;
      out += pattern[++i];
      continue;
    }
    if (c == '[') in_class = true;
    else if (c == ']') in_class = false;
    if (c == '/' && !in_class) out += "\\/";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else out += c;
  }
  return out;
}

// Flags in the canonical order `flags` reports them.
std::string CanonicalFlags(int lre_flags, const std::string& written) {
  std::string out;
  for (char c : std::string("dgimsuy")) {
    if (written.find(c) != std::string::npos) out += c;
  }
  (void)lre_flags;
  return out;
}

Value Create(Vm& vm, const std::string& pattern, const std::string& flags) {
  int lre_flags = 0;
  std::string error;
  if (!ParseRegExpFlags(flags, &lre_flags, &error)) return vm.ThrowSyntaxError(error);
  CompiledRegExp compiled = CompileRegExp(pattern, lre_flags);
  if (!compiled.error.empty()) {
    return vm.ThrowSyntaxError("Invalid regular expression: /" + pattern + "/" + flags + ": " + compiled.error);
  }
  Property* proto = vm.realm().prelude->props().Find(PrototypeKey(vm));
  JsObject* regexp = vm.NewObject(static_cast<JsObject*>(proto->value.object));
  TempRoot keep(vm, regexp);
  auto define = [&](const char* name, Value value) {
    TempRoot keep_value(vm, value);  // interning the key may collect
    vm.DefineOwn(regexp, vm.Intern(name), value, 0);
  };
  define("[[RegExpMatcher]]", vm.Str(std::string(compiled.code.begin(), compiled.code.end())));
  vm.DefineOwn(regexp, LastIndexKey(vm), Value::Number(0), kHidden);
  define("source", vm.Str(EscapeSource(pattern)));
  std::string canonical = CanonicalFlags(lre_flags, flags);
  define("flags", vm.Str(canonical));
  auto has = [&](char c) { return Value::Bool(canonical.find(c) != std::string::npos); };
  define("global", has('g'));
  define("ignoreCase", has('i'));
  define("multiline", has('m'));
  define("dotAll", has('s'));
  define("unicode", has('u'));
  define("sticky", has('y'));
  define("hasIndices", has('d'));
  // The pattern as written, for recompiling (split drops the sticky flag).
  define("[[RegExpPattern]]", vm.Str(pattern));
  return Value::Object(regexp);
}

bool HasFlag(Vm& vm, JsObject* regexp, char flag) { return OwnString(vm, regexp, "flags").find(flag) != std::string::npos; }

// One successful match: capture start/end pairs in UTF-16 indices (-1: did not take part).
struct Match {
  std::vector<int> captures;
  int start() const { return captures[0]; }
  int end() const { return captures[1]; }
};

// Runs the matcher from `start`; false with an exception pending when the pattern gave up.
bool RunMatcher(Vm& vm, const std::vector<uint8_t>& code, const std::u16string& subject, size_t start, Match* match,
                bool* found) {
  *found = false;
  if (start > subject.size()) return true;
  MatchResult result = ExecRegExp(code, subject, start, &match->captures);
  if (result == MatchResult::TooMuchBacktracking) {
    vm.ThrowRangeError("Maximum regular expression backtracking exceeded");
    return false;
  }
  *found = result == MatchResult::Match;
  return true;
}

bool ReadLastIndex(Vm& vm, JsObject* regexp, double* out) {
  Value value = vm.Get(Value::Object(regexp), LastIndexKey(vm));
  if (value.IsException()) return false;
  double number = 0;
  if (!vm.ToNumber(value, &number)) return false;
  *out = std::isnan(number) || number < 0 ? 0 : std::trunc(number);
  return true;
}

bool WriteLastIndex(Vm& vm, JsObject* regexp, double value) {
  return vm.Set(Value::Object(regexp), LastIndexKey(vm), Value::Number(value));
}

// RegExpBuiltinExec's matching half, with lastIndex read and written as g and y say.
bool ExecWithLastIndex(Vm& vm, JsObject* regexp, const std::u16string& subject, Match* match, bool* found) {
  bool global_or_sticky = HasFlag(vm, regexp, 'g') || HasFlag(vm, regexp, 'y');
  double last_index = 0;
  if (!ReadLastIndex(vm, regexp, &last_index)) return false;
  if (!global_or_sticky) last_index = 0;
  *found = false;
  if (last_index <= static_cast<double>(subject.size())) {
    if (!RunMatcher(vm, MatcherCode(vm, regexp), subject, static_cast<size_t>(last_index), match, found)) return false;
  }
  if (!*found) {
    if (global_or_sticky && !WriteLastIndex(vm, regexp, 0)) return false;
    return true;
  }
  if (global_or_sticky && !WriteLastIndex(vm, regexp, match->end())) return false;
  return true;
}

Value Piece(Vm& vm, const std::u16string& subject, int start, int end) {
  if (start < 0) return Value::Undefined();
  return vm.Str(FromUtf16(subject.substr(static_cast<size_t>(start), static_cast<size_t>(end - start))));
}

// The `groups` object of a match: undefined without named groups.
Value GroupsObject(Vm& vm, const std::vector<std::string>& names, const std::u16string& subject, const Match& match) {
  bool any = false;
  for (const auto& name : names) any = any || !name.empty();
  if (!any) return Value::Undefined();
  JsObject* groups = vm.NewObject(nullptr);
  TempRoot keep(vm, groups);
  for (size_t group = 1; group < names.size(); ++group) {
    if (names[group].empty()) continue;
    Value piece = Piece(vm, subject, match.captures[group * 2], match.captures[group * 2 + 1]);
    TempRoot keep_piece(vm, piece);
    vm.DefineOwn(groups, vm.Intern(names[group]), piece);
  }
  return Value::Object(groups);
}

// The array exec returns: the match and its captures, with index, input and groups (and
// indices for the d flag).
Value MatchArray(Vm& vm, JsObject* regexp, HeapString* input, const std::u16string& subject, const Match& match) {
  std::vector<std::string> names = RegExpGroupNames(MatcherCode(vm, regexp));
  JsArray* array = vm.NewArray();
  TempRoot keep(vm, array);
  for (size_t group = 0; group < match.captures.size() / 2; ++group) {
    Value piece = Piece(vm, subject, match.captures[group * 2], match.captures[group * 2 + 1]);
    array->items().push_back(piece);
  }
  vm.DefineOwn(array, vm.Intern("index"), Value::Number(match.start()));
  vm.DefineOwn(array, vm.Intern("input"), Value::String(input));
  Value groups = GroupsObject(vm, names, subject, match);
  TempRoot keep_groups(vm, groups);
  vm.DefineOwn(array, vm.Intern("groups"), groups);
  if (HasFlag(vm, regexp, 'd')) {
    JsArray* indices = vm.NewArray();
    TempRoot keep_indices(vm, indices);
    for (size_t group = 0; group < match.captures.size() / 2; ++group) {
      int start = match.captures[group * 2];
      if (start < 0) {
        indices->items().push_back(Value::Undefined());
        continue;
      }
      JsArray* pair = vm.NewArray();
      pair->items().push_back(Value::Number(start));
      pair->items().push_back(Value::Number(match.captures[group * 2 + 1]));
      indices->items().push_back(Value::Object(pair));
    }
    vm.DefineOwn(indices, vm.Intern("groups"), Value::Undefined());
    vm.DefineOwn(array, vm.Intern("indices"), Value::Object(indices));
  }
  return Value::Object(array);
}

JsObject* ThisRegExp(Vm& vm, Value self, const char* method) {
  JsObject* regexp = AsRegExp(vm, self);
  if (!regexp) vm.ThrowTypeError(std::string("RegExp.prototype.") + method + " requires that 'this' be a RegExp object");
  return regexp;
}

Value RegExpCtor(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Value pattern_value = Arg(args, argc, 0);
  Value flags_value = Arg(args, argc, 1);
  std::string pattern;
  std::string flags;
  if (JsObject* source = AsRegExp(vm, pattern_value)) {
    pattern = OwnString(vm, source, "[[RegExpPattern]]");
    flags = OwnString(vm, source, "flags");
  } else if (!pattern_value.IsUndefined()) {
    HeapString* text = vm.ToString(pattern_value);
    if (!text) return Value::Exception();
    pattern = text->text();
  }
  if (!flags_value.IsUndefined()) {
    HeapString* text = vm.ToString(flags_value);
    if (!text) return Value::Exception();
    flags = text->text();
  }
  return Create(vm, pattern, flags);
}

Value RegExpExec(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  JsObject* regexp = ThisRegExp(vm, self, "exec");
  if (!regexp) return Value::Exception();
  HeapString* input = vm.ToString(Arg(args, argc, 0));
  if (!input) return Value::Exception();
  TempRoot keep(vm, input);
  std::u16string subject = ToUtf16(input->text());
  Match match;
  bool found = false;
  if (!ExecWithLastIndex(vm, regexp, subject, &match, &found)) return Value::Exception();
  if (!found) return Value::Null();
  return MatchArray(vm, regexp, input, subject, match);
}

Value RegExpTest(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  JsObject* regexp = ThisRegExp(vm, self, "test");
  if (!regexp) return Value::Exception();
  HeapString* input = vm.ToString(Arg(args, argc, 0));
  if (!input) return Value::Exception();
  TempRoot keep(vm, input);
  Match match;
  bool found = false;
  if (!ExecWithLastIndex(vm, regexp, ToUtf16(input->text()), &match, &found)) return Value::Exception();
  return Value::Bool(found);
}

Value RegExpToString(Vm& vm, Value self, Value*, int, NativeFunction*) {
  JsObject* regexp = ThisRegExp(vm, self, "toString");
  if (!regexp) return Value::Exception();
  return vm.Str("/" + OwnString(vm, regexp, "source") + "/" + OwnString(vm, regexp, "flags"));
}

// Where a global search goes after an empty match: one code point on with the u flag.
size_t AdvanceIndex(const std::u16string& subject, size_t index, bool unicode) {
  if (unicode && index + 1 < subject.size() && subject[index] >= 0xD800 && subject[index] <= 0xDBFF &&
      subject[index + 1] >= 0xDC00 && subject[index + 1] <= 0xDFFF) {
    return index + 2;
  }
  return index + 1;
}

// Every match of a global regexp from index 0 (lastIndex ends at 0, as the spec's loop leaves it).
bool AllMatches(Vm& vm, JsObject* regexp, const std::u16string& subject, std::vector<Match>* matches) {
  std::vector<uint8_t> code = MatcherCode(vm, regexp);
  bool unicode = HasFlag(vm, regexp, 'u');
  size_t index = 0;
  while (index <= subject.size()) {
    Match match;
    bool found = false;
    if (!RunMatcher(vm, code, subject, index, &match, &found)) return false;
    if (!found) break;
    index = match.end() == match.start() ? AdvanceIndex(subject, static_cast<size_t>(match.end()), unicode)
                                         : static_cast<size_t>(match.end());
    matches->push_back(std::move(match));
    // A sticky global regexp stops at the first gap.
    if (HasFlag(vm, regexp, 'y') && matches->size() > 1 &&
        (*matches)[matches->size() - 1].start() != (*matches)[matches->size() - 2].end()) {
      matches->pop_back();
      break;
    }
  }
  return WriteLastIndex(vm, regexp, 0);
}

HeapString* ThisStringFor(Vm& vm, Value self, const char* method) {
  if (self.IsNullish()) {
    vm.ThrowTypeError(std::string("String.prototype.") + method + " called on null or undefined");
    return nullptr;
  }
  return vm.ToString(self);
}

// A non-RegExp argument of match / matchAll / search becomes one, as `new RegExp(value)`.
JsObject* RegExpFromArgument(Vm& vm, Value value, const char* flags, Value* holder) {
  if (JsObject* regexp = AsRegExp(vm, value)) return regexp;
  std::string pattern;
  if (!value.IsUndefined()) {
    HeapString* text = vm.ToString(value);
    if (!text) return nullptr;
    pattern = text->text();
  }
  *holder = Create(vm, pattern, flags);
  return holder->IsException() ? nullptr : static_cast<JsObject*>(holder->object);
}

Value StringMatch(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  HeapString* input = ThisStringFor(vm, self, "match");
  if (!input) return Value::Exception();
  TempRoot keep(vm, input);
  Value holder;
  JsObject* regexp = RegExpFromArgument(vm, Arg(args, argc, 0), "", &holder);
  if (!regexp) return Value::Exception();
  TempRoot keep_regexp(vm, regexp);
  std::u16string subject = ToUtf16(input->text());
  if (!HasFlag(vm, regexp, 'g')) {
    Match match;
    bool found = false;
    if (!ExecWithLastIndex(vm, regexp, subject, &match, &found)) return Value::Exception();
    return found ? MatchArray(vm, regexp, input, subject, match) : Value::Null();
  }
  std::vector<Match> matches;
  if (!AllMatches(vm, regexp, subject, &matches)) return Value::Exception();
  if (matches.empty()) return Value::Null();
  JsArray* array = vm.NewArray();
  TempRoot keep_array(vm, array);
  for (const Match& match : matches) array->items().push_back(Piece(vm, subject, match.start(), match.end()));
  return Value::Object(array);
}

// matchAll: the match arrays, computed at once, behind an iterator.
Value StringMatchAll(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  HeapString* input = ThisStringFor(vm, self, "matchAll");
  if (!input) return Value::Exception();
  TempRoot keep(vm, input);
  Value holder;
  JsObject* regexp = RegExpFromArgument(vm, Arg(args, argc, 0), "g", &holder);
  if (!regexp) return Value::Exception();
  TempRoot keep_regexp(vm, regexp);
  if (!HasFlag(vm, regexp, 'g')) return vm.ThrowTypeError("String.prototype.matchAll called with a non-global RegExp argument");
  std::u16string subject = ToUtf16(input->text());
  double last_index = 0;
  if (!ReadLastIndex(vm, regexp, &last_index)) return Value::Exception();
  std::vector<Match> matches;
  if (!AllMatches(vm, regexp, subject, &matches)) return Value::Exception();
  JsArray* results = vm.NewArray();
  TempRoot keep_results(vm, results);
  for (const Match& match : matches) {
    if (match.start() < last_index) continue;
    Value array = MatchArray(vm, regexp, input, subject, match);
    results->items().push_back(array);
  }
  return vm.MakeIterator(Value::Object(results));
}

Value StringSearch(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  HeapString* input = ThisStringFor(vm, self, "search");
  if (!input) return Value::Exception();
  TempRoot keep(vm, input);
  Value holder;
  JsObject* regexp = RegExpFromArgument(vm, Arg(args, argc, 0), "", &holder);
  if (!regexp) return Value::Exception();
  TempRoot keep_regexp(vm, regexp);
  Match match;
  bool found = false;
  if (!RunMatcher(vm, MatcherCode(vm, regexp), ToUtf16(input->text()), 0, &match, &found)) return Value::Exception();
  return Value::Number(found ? match.start() : -1);
}

// GetSubstitution: $$, $&, $`, $', $n / $nn and $<name> in a replacement string.
std::u16string Substitute(const std::u16string& replacement, const std::u16string& subject, const Match& match,
                          const std::vector<std::string>& names) {
  std::u16string out;
  size_t groups = match.captures.size() / 2;
  auto capture = [&](size_t group) {
    int start = match.captures[group * 2];
    return start < 0 ? std::u16string() : subject.substr(static_cast<size_t>(start), static_cast<size_t>(match.captures[group * 2 + 1] - start));
  };
  for (size_t i = 0; i < replacement.size(); ++i) {
    char16_t c = replacement[i];
    if (c != u'$' || i + 1 >= replacement.size()) {
      out += c;
      continue;
    }
    char16_t next = replacement[i + 1];
    if (next == u'$') {
      out += u'$';
      ++i;
    } else if (next == u'&') {
      out += capture(0);
      ++i;
    } else if (next == u'`') {
      out += subject.substr(0, static_cast<size_t>(match.start()));
      ++i;
    } else if (next == u'\'') {
      out += subject.substr(static_cast<size_t>(match.end()));
      ++i;
    } else if (next >= u'0' && next <= u'9') {
      size_t one = next - u'0';
      size_t two = i + 2 < replacement.size() && replacement[i + 2] >= u'0' && replacement[i + 2] <= u'9'
                       ? one * 10 + (replacement[i + 2] - u'0')
                       : 0;
      if (two >= 1 && two < groups) {
        out += capture(two);
        i += 2;
      } else if (one >= 1 && one < groups) {
        out += capture(one);
        i += 1;
      } else {
        out += c;
      }
    } else if (next == u'<') {
      bool any_named = false;
      for (const auto& name : names) any_named = any_named || !name.empty();
      size_t close = replacement.find(u'>', i + 2);
      if (!any_named || close == std::u16string::npos) {
        out += c;
        continue;
      }
      std::string name = FromUtf16(replacement.substr(i + 2, close - i - 2));
      for (size_t group = 1; group < names.size(); ++group) {
        if (names[group] == name) out += capture(group);
      }
      i = close;
    } else {
      out += c;
    }
  }
  return out;
}

Value ReplaceWithRegExp(Vm& vm, HeapString* input, JsObject* regexp, Value replacement, bool all) {
  TempRoot keep(vm, input);
  TempRoot keep_regexp(vm, regexp);
  std::u16string subject = ToUtf16(input->text());
  bool call = Vm::IsCallable(replacement);
  std::u16string replace_text;
  if (!call) {
    HeapString* text = vm.ToString(replacement);
    if (!text) return Value::Exception();
    replace_text = ToUtf16(text->text());
  }
  std::vector<Match> matches;
  if (HasFlag(vm, regexp, 'g')) {
    if (!AllMatches(vm, regexp, subject, &matches)) return Value::Exception();
  } else {
    if (all) return vm.ThrowTypeError("replaceAll must be called with a global RegExp");
    Match match;
    bool found = false;
    if (!ExecWithLastIndex(vm, regexp, subject, &match, &found)) return Value::Exception();
    if (found) matches.push_back(std::move(match));
  }
  std::vector<std::string> names = RegExpGroupNames(MatcherCode(vm, regexp));
  std::u16string out;
  size_t next = 0;
  for (const Match& match : matches) {
    out += subject.substr(next, static_cast<size_t>(match.start()) - next);
    if (call) {
      // (match, p1, ..., offset, string[, groups])
      JsArray* call_args = vm.NewArray();
      TempRoot keep_args(vm, call_args);
      for (size_t group = 0; group < match.captures.size() / 2; ++group) {
        call_args->items().push_back(Piece(vm, subject, match.captures[group * 2], match.captures[group * 2 + 1]));
      }
      call_args->items().push_back(Value::Number(match.start()));
      call_args->items().push_back(Value::String(input));
      Value groups = GroupsObject(vm, names, subject, match);
      if (!groups.IsUndefined()) call_args->items().push_back(groups);
      std::vector<Value> argv(call_args->items().begin(), call_args->items().end());
      Value result = vm.Call(replacement, Value::Undefined(), argv.data(), static_cast<int>(argv.size()));
      if (result.IsException()) return result;
      HeapString* piece = vm.ToString(result);
      if (!piece) return Value::Exception();
      out += ToUtf16(piece->text());
    } else {
      out += Substitute(replace_text, subject, match, names);
    }
    next = static_cast<size_t>(match.end());
  }
  out += subject.substr(std::min(next, subject.size()));
  return vm.Str(FromUtf16(out));
}

// split with a RegExp separator (the spec's @@split): searches without the sticky flag and
// keeps the captures of each separator.
Value SplitWithRegExp(Vm& vm, HeapString* input, JsObject* regexp, Value limit_value) {
  TempRoot keep(vm, input);
  TempRoot keep_regexp(vm, regexp);
  double limit = 4294967295.0;
  if (!limit_value.IsUndefined()) {
    if (!vm.ToNumber(limit_value, &limit)) return Value::Exception();
    limit = std::isnan(limit) ? 0 : std::fmod(std::trunc(limit), 4294967296.0);
    if (limit < 0) limit += 4294967296.0;
  }
  std::string flags = OwnString(vm, regexp, "flags");
  std::string search_flags;
  for (char c : flags) {
    if (c != 'y' && c != 'g') search_flags += c;
  }
  int lre_flags = 0;
  std::string error;
  ParseRegExpFlags(search_flags, &lre_flags, &error);
  std::vector<uint8_t> code = CompileRegExp(OwnString(vm, regexp, "[[RegExpPattern]]"), lre_flags).code;
  std::u16string subject = ToUtf16(input->text());
  JsArray* array = vm.NewArray();
  TempRoot keep_array(vm, array);
  if (limit == 0) return Value::Object(array);
  auto push = [&](Value value) {
    array->items().push_back(value);
    return static_cast<double>(array->items().size()) >= limit;
  };
  Match match;
  bool found = false;
  if (subject.empty()) {
    if (!RunMatcher(vm, code, subject, 0, &match, &found)) return Value::Exception();
    if (!found) array->items().push_back(Value::String(input));
    return Value::Object(array);
  }
  size_t p = 0;
  size_t q = 0;
  while (q < subject.size()) {
    if (!RunMatcher(vm, code, subject, q, &match, &found)) return Value::Exception();
    if (!found || static_cast<size_t>(match.start()) >= subject.size()) break;
    size_t e = std::min(static_cast<size_t>(match.end()), subject.size());
    if (e == p) {
      q = AdvanceIndex(subject, static_cast<size_t>(match.start()), (lre_flags & 16) != 0);
      continue;
    }
    if (push(Piece(vm, subject, static_cast<int>(p), match.start()))) return Value::Object(array);
    for (size_t group = 1; group < match.captures.size() / 2; ++group) {
      if (push(Piece(vm, subject, match.captures[group * 2], match.captures[group * 2 + 1]))) return Value::Object(array);
    }
    p = e;
    q = p;
  }
  push(Piece(vm, subject, static_cast<int>(p), static_cast<int>(subject.size())));
  return Value::Object(array);
}

// replace, replaceAll and split keep their string versions (builtins_string.cpp, in slots[0])
// for any other separator or pattern.
Value CallStringVersion(Vm& vm, Value self, Value* args, int argc, NativeFunction* self_fn) {
  auto* original = static_cast<NativeFunction*>(self_fn->slots[0].object);
  return original->fn()(vm, self, args, argc, original);
}

// String.prototype's replace, replaceAll and split: a RegExp argument takes `with_regexp`, any
// other the string version (the method this wraps).
using RegExpVersion = Value (*)(Vm& vm, HeapString* input, JsObject* regexp, Value* args, int argc);
Value StringOrRegExp(Vm& vm, Value self, Value* args, int argc, NativeFunction* fn, const char* name,
                     RegExpVersion with_regexp) {
  JsObject* regexp = AsRegExp(vm, Arg(args, argc, 0));
  if (!regexp) return CallStringVersion(vm, self, args, argc, fn);
  HeapString* input = ThisStringFor(vm, self, name);
  if (!input) return Value::Exception();
  return with_regexp(vm, input, regexp, args, argc);
}

Value StringReplace(Vm& vm, Value self, Value* args, int argc, NativeFunction* fn) {
  return StringOrRegExp(vm, self, args, argc, fn, "replace", [](Vm& v, HeapString* input, JsObject* regexp, Value* a, int n) {
    return ReplaceWithRegExp(v, input, regexp, Arg(a, n, 1), false);
  });
}

Value StringReplaceAll(Vm& vm, Value self, Value* args, int argc, NativeFunction* fn) {
  return StringOrRegExp(vm, self, args, argc, fn, "replaceAll", [](Vm& v, HeapString* input, JsObject* regexp, Value* a, int n) {
    return ReplaceWithRegExp(v, input, regexp, Arg(a, n, 1), true);
  });
}

Value StringSplit(Vm& vm, Value self, Value* args, int argc, NativeFunction* fn) {
  return StringOrRegExp(vm, self, args, argc, fn, "split", [](Vm& v, HeapString* input, JsObject* regexp, Value* a, int n) {
    return SplitWithRegExp(v, input, regexp, Arg(a, n, 1));
  });
}

void Wrap(Vm& vm, JsObject* proto, const char* name, NativeFn fn, int length) {
  Property* original = proto->props().Find(vm.Intern(name));
  Value keep_original = original->value;
  TempRoot keep(vm, keep_original);
  vm.DefineMethod(proto, name, fn, length);
  auto* wrapper = static_cast<NativeFunction*>(proto->props().Find(vm.Intern(name))->value.object);
  wrapper->slots[0] = keep_original;
}

}  // namespace

Value NewRegExp(Vm& vm, Value pattern, Value flags) {
  return Create(vm, pattern.AsString()->text(), flags.AsString()->text());
}

std::string RegExpInspectText(Vm& vm, Value value) {
  JsObject* regexp = AsRegExp(vm, value);
  if (!regexp) return "";
  return "/" + OwnString(vm, regexp, "source") + "/" + OwnString(vm, regexp, "flags");
}

void InstallRegExpBuiltins(Vm& vm) {
  JsObject* proto = vm.NewObject(vm.realm().object_proto);
  TempRoot keep(vm, proto);
  proto->set_object_class(ObjClass::Prototype);
  vm.DefineOwn(vm.realm().prelude, PrototypeKey(vm), Value::Object(proto), 0);
  InstallConstructor(vm, "RegExp", RegExpCtor, 2, proto);
  vm.DefineMethod(proto, "exec", RegExpExec, 1);
  vm.DefineMethod(proto, "test", RegExpTest, 1);
  vm.DefineMethod(proto, "toString", RegExpToString, 0);
  JsObject* string_proto = vm.realm().string_proto;
  vm.DefineMethod(string_proto, "match", StringMatch, 1);
  vm.DefineMethod(string_proto, "matchAll", StringMatchAll, 1);
  vm.DefineMethod(string_proto, "search", StringSearch, 1);
  Wrap(vm, string_proto, "replace", StringReplace, 2);
  Wrap(vm, string_proto, "replaceAll", StringReplaceAll, 2);
  Wrap(vm, string_proto, "split", StringSplit, 2);
}

}  // namespace th::detail
