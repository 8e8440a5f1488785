// String and String.prototype. Strings are stored as UTF-8; methods that index work on
// UTF-16 code units as JavaScript defines them (ASCII strings take a direct path).
#include <algorithm>
#include <cmath>

#include "lang/lexer.h"
#include "vm/builtins.h"
#include "vm/utf16.h"

namespace th::detail {

namespace {

// The receiver as a string (String.prototype methods accept any coercible `this`).
HeapString* ThisString(Vm& vm, Value self, const char* method) {
  if (self.IsString()) return self.AsString();
  if (self.IsNullish()) {
    vm.ThrowTypeError(std::string("String.prototype.") + method + " called on null or undefined");
    return nullptr;
  }
  return vm.ToString(self);
}

// A relative index argument clamped to [0, length] (slice/substring semantics helpers).
bool IntegerArg(Vm& vm, Value value, double fallback, double* out) {
  if (value.IsUndefined()) {
    *out = fallback;
    return true;
  }
  double number;
  if (!vm.ToNumber(value, &number)) return false;
  *out = std::isnan(number) ? 0 : std::trunc(number);
  return true;
}

double ClampRelative(double index, double length) {
  if (index < 0) return std::max(0.0, length + index);
  return std::min(index, length);
}

#define TH_THIS_STRING(name)                          \
  HeapString* self_string = ThisString(vm, self, name); \
  if (!self_string) return Value::Exception();        \
  TempRoot keep_self(vm, self_string);                \
  const std::string& text = self_string->text();      \
  (void)text

Value StringCtor(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  (void)self;
  if (argc == 0) return Value::String(vm.names().empty);
  if (args[0].IsSymbol()) return vm.Str(Vm::SymbolText(args[0].AsString()));  // String(sym) only
  HeapString* text = vm.ToString(args[0]);
  if (!text) return Value::Exception();
  return Value::String(text);
}

Value StringFromCharCode(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  std::u16string units;
  for (int i = 0; i < argc; ++i) {
    double code;
    if (!vm.ToNumber(args[i], &code)) return Value::Exception();
    units.push_back(static_cast<char16_t>(static_cast<uint32_t>(static_cast<int64_t>(code)) & 0xFFFF));
  }
  return vm.Str(FromUtf16(units));
}

// String.raw(strings, ...values): strings.raw's pieces as written, the values between them.
Value StringRaw(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  const Value strings = Arg(args, argc, 0);
  if (strings.IsNullish()) return vm.ThrowTypeError("Cannot convert undefined or null to object");
  const Value raw = vm.Get(strings, vm.Intern("raw"));
  if (raw.IsException()) return raw;
  if (raw.IsNullish()) return vm.ThrowTypeError("Cannot convert undefined or null to object");
  TempRoot keep(vm, raw);
  const Value length_value = vm.Get(raw, vm.names().length);
  if (length_value.IsException()) return length_value;
  double length = 0;
  if (!vm.ToNumber(length_value, &length)) return Value::Exception();
  std::string out;
  for (size_t i = 0; static_cast<double>(i) < length; ++i) {
    const Value piece = vm.Get(raw, vm.IndexKey(i));
    if (piece.IsException()) return piece;
    HeapString* text = vm.ToString(piece);
    if (!text) return Value::Exception();
    out += text->text();
    if (static_cast<double>(i + 1) >= length) break;
    if (static_cast<int>(i) + 1 < argc) {
      HeapString* value = vm.ToString(args[i + 1]);
      if (!value) return Value::Exception();
      out += value->text();
    }
  }
  return vm.Str(out);
}

Value StringToString(Vm& vm, Value self, Value*, int, NativeFunction*) {
  if (!self.IsString()) return vm.ThrowTypeError("String.prototype.toString requires that 'this' be a String");
  return self;
}

Value StringCharAt(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  TH_THIS_STRING("charAt");
  double index;
  if (!IntegerArg(vm, Arg(args, argc, 0), 0, &index)) return Value::Exception();
  if (index < 0 || index >= static_cast<double>(self_string->Length())) return Value::String(vm.names().empty);
  return vm.GetElement(Value::String(self_string), Value::Number(index));
}

Value StringAt(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  TH_THIS_STRING("at");
  double index;
  if (!IntegerArg(vm, Arg(args, argc, 0), 0, &index)) return Value::Exception();
  double length = static_cast<double>(self_string->Length());
  if (index < 0) index += length;
  if (index < 0 || index >= length) return Value::Undefined();
  return vm.GetElement(Value::String(self_string), Value::Number(index));
}

Value StringCharCodeAt(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  TH_THIS_STRING("charCodeAt");
  double index;
  if (!IntegerArg(vm, Arg(args, argc, 0), 0, &index)) return Value::Exception();
  if (self_string->is_ascii()) {
    if (index < 0 || index >= static_cast<double>(text.size())) return Value::Number(std::nan(""));
    return Value::Number(static_cast<unsigned char>(text[static_cast<size_t>(index)]));
  }
  std::u16string units = ToUtf16(text);
  if (index < 0 || index >= static_cast<double>(units.size())) return Value::Number(std::nan(""));
  return Value::Number(units[static_cast<size_t>(index)]);
}

Value StringCodePointAt(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  TH_THIS_STRING("codePointAt");
  double index;
  if (!IntegerArg(vm, Arg(args, argc, 0), 0, &index)) return Value::Exception();
  std::u16string units = ToUtf16(text);
  if (index < 0 || index >= static_cast<double>(units.size())) return Value::Undefined();
  size_t i = static_cast<size_t>(index);
  uint32_t cp = units[i];
  if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < units.size()) cp = 0x10000 + ((cp - 0xD800) << 10) + (units[i + 1] - 0xDC00);
  return Value::Number(cp);
}

Value StringIndexOfImpl(Vm& vm, Value self, Value* args, int argc, bool last) {
  TH_THIS_STRING(last ? "lastIndexOf" : "indexOf");
  HeapString* needle = vm.ToString(Arg(args, argc, 0));
  if (!needle) return Value::Exception();
  TempRoot keep(vm, needle);
  std::u16string hay = ToUtf16(text), sought = ToUtf16(needle->text());
  double from;
  if (last) {
    if (!IntegerArg(vm, Arg(args, argc, 1), static_cast<double>(hay.size()), &from)) return Value::Exception();
    size_t start = static_cast<size_t>(std::max(0.0, std::min(from, static_cast<double>(hay.size()))));
    size_t found = hay.rfind(sought, start);
    return Value::Number(found == std::u16string::npos ? -1 : static_cast<double>(found));
  }
  if (!IntegerArg(vm, Arg(args, argc, 1), 0, &from)) return Value::Exception();
  size_t start = static_cast<size_t>(std::max(0.0, std::min(from, static_cast<double>(hay.size()))));
  size_t found = hay.find(sought, start);
  return Value::Number(found == std::u16string::npos ? -1 : static_cast<double>(found));
}
Value StringIndexOf(Vm& vm, Value self, Value* args, int argc, NativeFunction*) { return StringIndexOfImpl(vm, self, args, argc, false); }
Value StringLastIndexOf(Vm& vm, Value self, Value* args, int argc, NativeFunction*) { return StringIndexOfImpl(vm, self, args, argc, true); }

Value StringIncludes(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  Value index = StringIndexOfImpl(vm, self, args, argc, false);
  if (index.IsException()) return index;
  return Value::Bool(index.number >= 0);
}

Value StringStartsWith(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  TH_THIS_STRING("startsWith");
  HeapString* needle = vm.ToString(Arg(args, argc, 0));
  if (!needle) return Value::Exception();
  TempRoot keep(vm, needle);
  std::u16string hay = ToUtf16(text), sought = ToUtf16(needle->text());
  double from;
  if (!IntegerArg(vm, Arg(args, argc, 1), 0, &from)) return Value::Exception();
  size_t start = static_cast<size_t>(std::max(0.0, std::min(from, static_cast<double>(hay.size()))));
  return Value::Bool(hay.compare(start, sought.size(), sought) == 0 && start + sought.size() <= hay.size());
}

Value StringEndsWith(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  TH_THIS_STRING("endsWith");
  HeapString* needle = vm.ToString(Arg(args, argc, 0));
  if (!needle) return Value::Exception();
  TempRoot keep(vm, needle);
  std::u16string hay = ToUtf16(text), sought = ToUtf16(needle->text());
  double end;
  if (!IntegerArg(vm, Arg(args, argc, 1), static_cast<double>(hay.size()), &end)) return Value::Exception();
  size_t stop = static_cast<size_t>(std::max(0.0, std::min(end, static_cast<double>(hay.size()))));
  if (sought.size() > stop) return Value::Bool(false);
  return Value::Bool(hay.compare(stop - sought.size(), sought.size(), sought) == 0);
}

Value Substring(Vm& vm, const std::string& text, bool ascii, double start, double end) {
  if (end <= start) return Value::String(vm.names().empty);
  if (ascii) return vm.Str(text.substr(static_cast<size_t>(start), static_cast<size_t>(end - start)));
  std::u16string units = ToUtf16(text);
  return vm.Str(FromUtf16(units.substr(static_cast<size_t>(start), static_cast<size_t>(end - start))));
}

Value StringSlice(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  TH_THIS_STRING("slice");
  double length = static_cast<double>(self_string->Length());
  double start, end;
  if (!IntegerArg(vm, Arg(args, argc, 0), 0, &start) || !IntegerArg(vm, Arg(args, argc, 1), length, &end)) {
    return Value::Exception();
  }
  return Substring(vm, text, self_string->is_ascii(), ClampRelative(start, length), ClampRelative(end, length));
}

Value StringSubstring(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  TH_THIS_STRING("substring");
  double length = static_cast<double>(self_string->Length());
  double start, end;
  if (!IntegerArg(vm, Arg(args, argc, 0), 0, &start) || !IntegerArg(vm, Arg(args, argc, 1), length, &end)) {
    return Value::Exception();
  }
  start = std::min(std::max(start, 0.0), length);
  end = std::min(std::max(end, 0.0), length);
  if (start > end) std::swap(start, end);
  return Substring(vm, text, self_string->is_ascii(), start, end);
}

Value StringSubstr(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  TH_THIS_STRING("substr");
  double length = static_cast<double>(self_string->Length());
  double start, count;
  if (!IntegerArg(vm, Arg(args, argc, 0), 0, &start) || !IntegerArg(vm, Arg(args, argc, 1), length, &count)) {
    return Value::Exception();
  }
  start = ClampRelative(start, length);
  double end = std::min(length, start + std::max(0.0, count));
  return Substring(vm, text, self_string->is_ascii(), start, end);
}

// Case mapping for ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic (the scripts lessons
// use); ß upper-cases to SS as in JavaScript.
std::u16string MapCase(const std::u16string& units, bool upper) {
  std::u16string out;
  out.reserve(units.size());
  for (char16_t c : units) {
    char32_t m = c;
    if (upper) {
      if (c >= u'a' && c <= u'z') m = c - 32;
      else if (c == 0x00DF) { out += u"SS"; continue; }
      else if ((c >= 0x00E0 && c <= 0x00FE && c != 0x00F7)) m = c - 32;
      else if (c == 0x00FF) m = 0x0178;
      else if (c >= 0x0100 && c <= 0x017F && (c & 1) && c != 0x0131 && c != 0x0138 && c != 0x0149) m = c - 1;
      else if (c >= 0x03B1 && c <= 0x03C9 && c != 0x03C2) m = c - 32;
      else if (c == 0x03C2) m = 0x03A3;
      else if (c >= 0x0430 && c <= 0x044F) m = c - 32;
      else if (c >= 0x0450 && c <= 0x045F) m = c - 80;
    } else {
      if (c >= u'A' && c <= u'Z') m = c + 32;
      else if (c >= 0x00C0 && c <= 0x00DE && c != 0x00D7) m = c + 32;
      else if (c >= 0x0100 && c <= 0x017F && !(c & 1) && c != 0x0130 && c != 0x0138) m = c + 1;
      else if (c >= 0x0391 && c <= 0x03A9) m = c + 32;
      else if (c >= 0x0410 && c <= 0x042F) m = c + 32;
      else if (c >= 0x0400 && c <= 0x040F) m = c + 80;
    }
    out.push_back(static_cast<char16_t>(m));
  }
  return out;
}

Value StringToUpperCase(Vm& vm, Value self, Value*, int, NativeFunction*) {
  TH_THIS_STRING("toUpperCase");
  if (!self_string->is_ascii()) return vm.Str(FromUtf16(MapCase(ToUtf16(text), true)));
  std::string out = text;
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  }
  return vm.Str(out);
}

Value StringToLowerCase(Vm& vm, Value self, Value*, int, NativeFunction*) {
  TH_THIS_STRING("toLowerCase");
  if (!self_string->is_ascii()) return vm.Str(FromUtf16(MapCase(ToUtf16(text), false)));
  std::string out = text;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return vm.Str(out);
}

bool IsTrimmable(const std::string& text, size_t i, size_t* width) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  *width = 1;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return true;
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    *width = 2;
    return true;
  }
  return false;
}

Value TrimImpl(Vm& vm, Value self, bool start, bool end, const char* name) {
  TH_THIS_STRING(name);
  size_t begin = 0, stop = text.size(), width;
  if (start) {
    while (begin < stop && IsTrimmable(text, begin, &width)) begin += width;
  }
  if (end) {
    while (stop > begin && IsTrimmable(text, stop - 1, &width)) --stop;
  }
  return vm.Str(text.substr(begin, stop - begin));
}
Value StringTrim(Vm& vm, Value self, Value*, int, NativeFunction*) { return TrimImpl(vm, self, true, true, "trim"); }
Value StringTrimStart(Vm& vm, Value self, Value*, int, NativeFunction*) { return TrimImpl(vm, self, true, false, "trimStart"); }
Value StringTrimEnd(Vm& vm, Value self, Value*, int, NativeFunction*) { return TrimImpl(vm, self, false, true, "trimEnd"); }

Value StringSplit(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  TH_THIS_STRING("split");
  Value separator = Arg(args, argc, 0);
  double limit = 4294967295.0;
  if (argc > 1 && !args[1].IsUndefined()) {
    if (!vm.ToNumber(args[1], &limit)) return Value::Exception();
  }
  JsArray* result = vm.NewArray();
  TempRoot keep(vm, result);
  if (separator.IsUndefined()) {
    result->items().push_back(Value::String(self_string));
    return Value::Object(result);
  }
  HeapString* sep = vm.ToString(separator);
  if (!sep) return Value::Exception();
  TempRoot keep_sep(vm, sep);
  size_t max = static_cast<size_t>(std::max(0.0, limit));
  if (sep->text().empty()) {
    std::u16string units = ToUtf16(text);
    for (size_t i = 0; i < units.size() && result->items().size() < max; ++i) {
      result->items().push_back(vm.Str(FromUtf16(units.substr(i, 1))));
    }
    return Value::Object(result);
  }
  size_t start = 0;
  while (result->items().size() < max) {
    size_t found = text.find(sep->text(), start);
    if (found == std::string::npos) {
      result->items().push_back(vm.Str(text.substr(start)));
      break;
    }
    result->items().push_back(vm.Str(text.substr(start, found - start)));
    start = found + sep->text().size();
  }
  return Value::Object(result);
}

Value PadImpl(Vm& vm, Value self, Value* args, int argc, bool at_start) {
  TH_THIS_STRING(at_start ? "padStart" : "padEnd");
  double target;
  if (!IntegerArg(vm, Arg(args, argc, 0), 0, &target)) return Value::Exception();
  std::string filler = " ";
  if (argc > 1 && !args[1].IsUndefined()) {
    HeapString* fill = vm.ToString(args[1]);
    if (!fill) return Value::Exception();
    filler = fill->text();
  }
  double length = static_cast<double>(self_string->Length());
  if (target <= length || filler.empty()) return Value::String(self_string);
  if (target > (1 << 29)) return vm.ThrowRangeError("Invalid string length");
  if (!vm.ReserveHeap(static_cast<size_t>(target) * 3)) return Value::Exception();
  std::u16string fill16 = ToUtf16(filler);
  size_t needed = static_cast<size_t>(target - length);
  std::u16string pad;
  while (pad.size() < needed) pad += fill16;
  pad.resize(needed);
  std::string padding = FromUtf16(pad);
  return vm.Str(at_start ? padding + text : text + padding);
}
Value StringPadStart(Vm& vm, Value self, Value* args, int argc, NativeFunction*) { return PadImpl(vm, self, args, argc, true); }
Value StringPadEnd(Vm& vm, Value self, Value* args, int argc, NativeFunction*) { return PadImpl(vm, self, args, argc, false); }

Value StringRepeat(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  TH_THIS_STRING("repeat");
  double count;
  if (!IntegerArg(vm, Arg(args, argc, 0), 0, &count)) return Value::Exception();
  if (count < 0 || std::isinf(count)) return vm.ThrowRangeError("Invalid count value: " + Vm::NumberToString(count));
  if (count * static_cast<double>(text.size()) > (1 << 29)) return vm.ThrowRangeError("Invalid string length");
  if (!vm.ReserveHeap(text.size() * static_cast<size_t>(count))) return Value::Exception();
  std::string out;
  out.reserve(text.size() * static_cast<size_t>(count));
  for (size_t i = 0; i < static_cast<size_t>(count); ++i) out += text;
  return vm.Str(std::move(out));
}

Value StringConcat(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  TH_THIS_STRING("concat");
  std::string out = text;
  for (int i = 0; i < argc; ++i) {
    HeapString* part = vm.ToString(args[i]);
    if (!part) return Value::Exception();
    out += part->text();
  }
  return vm.Str(std::move(out));
}

// replace / replaceAll with a string pattern; a function replacement is called per match.
Value ReplaceImpl(Vm& vm, Value self, Value* args, int argc, bool all) {
  TH_THIS_STRING(all ? "replaceAll" : "replace");
  Value pattern_value = Arg(args, argc, 0);
  HeapString* pattern = vm.ToString(pattern_value);
  if (!pattern) return Value::Exception();
  TempRoot keep_pattern(vm, pattern);
  Value replacement = Arg(args, argc, 1);
  bool call = Vm::IsCallable(replacement);
  HeapString* replace_text = nullptr;
  if (!call) {
    replace_text = vm.ToString(replacement);
    if (!replace_text) return Value::Exception();
  }
  TempRoot keep_replace(vm, replace_text ? Value::String(replace_text) : Value::Undefined());
  std::string out;
  size_t start = 0;
  const std::string& needle = pattern->text();
  while (true) {
    size_t found = text.find(needle, start);
    if (found == std::string::npos) break;
    out += text.substr(start, found - start);
    if (call) {
      Value call_args[3] = {Value::String(pattern), Value::Number(static_cast<double>(found)), Value::String(self_string)};
      Value result = vm.Call(replacement, Value::Undefined(), call_args, 3);
      if (result.IsException()) return result;
      HeapString* piece = vm.ToString(result);
      if (!piece) return Value::Exception();
      out += piece->text();
    } else {
      // $& inserts the match, $$ a dollar sign.
      const std::string& r = replace_text->text();
      for (size_t i = 0; i < r.size(); ++i) {
        if (r[i] == '$' && i + 1 < r.size() && r[i + 1] == '$') {
          out += '$';
          ++i;
        } else if (r[i] == '$' && i + 1 < r.size() && r[i + 1] == '&') {
          out += needle;
          ++i;
        } else {
          out += r[i];
        }
      }
    }
    start = found + needle.size();
    if (needle.empty()) {
      if (start < text.size()) out += text[start];
      ++start;
      if (start > text.size()) break;
    }
    if (!all) break;
  }
  if (start <= text.size()) out += text.substr(start);
  return vm.Str(std::move(out));
}
Value StringReplace(Vm& vm, Value self, Value* args, int argc, NativeFunction*) { return ReplaceImpl(vm, self, args, argc, false); }
Value StringReplaceAll(Vm& vm, Value self, Value* args, int argc, NativeFunction*) { return ReplaceImpl(vm, self, args, argc, true); }

Value StringLocaleCompare(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  TH_THIS_STRING("localeCompare");
  HeapString* other = vm.ToString(Arg(args, argc, 0));
  if (!other) return Value::Exception();
  // Case-insensitive first, lowercase before uppercase on ties: close to ICU's root collation
  // for the ASCII letters and digits programs usually compare.
  std::string a = text, b = other->text();
  auto fold = [](std::string s) {
    for (char& c : s) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    return s;
  };
  std::string fa = fold(a), fb = fold(b);
  if (fa != fb) return Value::Number(fa < fb ? -1 : 1);
  if (a == b) return Value::Number(0);
  return Value::Number(a > b ? -1 : 1);
}

Value StringNormalize(Vm&, Value self, Value*, int, NativeFunction*) { return self; }

}  // namespace

void InstallStringBuiltins(Vm& vm) {
  Vm::Realm& r = vm.realm();
  NativeFunction* string = InstallConstructor(vm, "String", StringCtor, 1, r.string_proto);
  vm.DefineMethod(string, "fromCharCode", StringFromCharCode, 1);
  vm.DefineMethod(string, "raw", StringRaw, 1);
  JsObject* p = r.string_proto;
  vm.DefineMethod(p, "toString", StringToString, 0);
  vm.DefineMethod(p, "valueOf", StringToString, 0);
  vm.DefineMethod(p, "charAt", StringCharAt, 1);
  vm.DefineMethod(p, "at", StringAt, 1);
  vm.DefineMethod(p, "charCodeAt", StringCharCodeAt, 1);
  vm.DefineMethod(p, "codePointAt", StringCodePointAt, 1);
  vm.DefineMethod(p, "indexOf", StringIndexOf, 1);
  vm.DefineMethod(p, "lastIndexOf", StringLastIndexOf, 1);
  vm.DefineMethod(p, "includes", StringIncludes, 1);
  vm.DefineMethod(p, "startsWith", StringStartsWith, 1);
  vm.DefineMethod(p, "endsWith", StringEndsWith, 1);
  vm.DefineMethod(p, "slice", StringSlice, 2);
  vm.DefineMethod(p, "substring", StringSubstring, 2);
  vm.DefineMethod(p, "substr", StringSubstr, 2);
  vm.DefineMethod(p, "toUpperCase", StringToUpperCase, 0);
  vm.DefineMethod(p, "toLowerCase", StringToLowerCase, 0);
  vm.DefineMethod(p, "toLocaleUpperCase", StringToUpperCase, 0);
  vm.DefineMethod(p, "toLocaleLowerCase", StringToLowerCase, 0);
  vm.DefineMethod(p, "trim", StringTrim, 0);
  vm.DefineMethod(p, "trimStart", StringTrimStart, 0);
  vm.DefineMethod(p, "trimEnd", StringTrimEnd, 0);
  vm.DefineMethod(p, "split", StringSplit, 2);
  vm.DefineMethod(p, "padStart", StringPadStart, 2);
  vm.DefineMethod(p, "padEnd", StringPadEnd, 2);
  vm.DefineMethod(p, "repeat", StringRepeat, 1);
  vm.DefineMethod(p, "concat", StringConcat, 1);
  vm.DefineMethod(p, "replace", StringReplace, 2);
  vm.DefineMethod(p, "replaceAll", StringReplaceAll, 2);
  vm.DefineMethod(p, "localeCompare", StringLocaleCompare, 1);
  vm.DefineMethod(p, "normalize", StringNormalize, 0);
}

}  // namespace th::detail
