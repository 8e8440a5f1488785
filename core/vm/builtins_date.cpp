// Date, in UTC (Threadhouse's programs run in the UTC time zone). "Now" comes from the host
// (HostHooks::NowMs): virtual time in deterministic runs, so the same program prints the same.
#include <cmath>
#include <cstdio>

#include "vm/builtins.h"
#include "vm/number_format.h"

namespace th::detail {

namespace {

// Days since 1970-01-01 → civil date (Howard Hinnant's algorithm).
void CivilFromDays(int64_t z, int64_t* year, int* month, int* day) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *year = y + (*month <= 2);
}

int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Fields {
  int64_t year;
  int month;  // 1-12
  int day;
  int hours, minutes, seconds, ms, weekday;
};

Fields Split(double time) {
  int64_t t = static_cast<int64_t>(time);
  int64_t days = t >= 0 ? t / 86400000 : (t - 86399999) / 86400000;
  int64_t rest = t - days * 86400000;
  Fields f;
  CivilFromDays(days, &f.year, &f.month, &f.day);
  f.hours = static_cast<int>(rest / 3600000);
  f.minutes = static_cast<int>(rest / 60000 % 60);
  f.seconds = static_cast<int>(rest / 1000 % 60);
  f.ms = static_cast<int>(rest % 1000);
  f.weekday = static_cast<int>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday (4)
  return f;
}

const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

HeapString* TimeKey(Vm& vm) { return vm.Intern("[[DateValue]]"); }

bool ThisTime(Vm& vm, Value self, double* out) {
  if (self.IsObject()) {
    Property* slot = static_cast<JsObject*>(self.object)->props().Find(TimeKey(vm));
    if (slot && slot->value.IsNumber()) {
      *out = slot->value.number;
      return true;
    }
  }
  vm.ThrowTypeError("this is not a Date object.");
  return false;
}

double ParseIso(const std::string& text) {
  int y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0, ms = 0;
  int n = std::sscanf(text.c_str(), "%d-%d-%dT%d:%d:%d.%d", &y, &mo, &d, &h, &mi, &s, &ms);
  if (n < 1) return std::nan("");
  return static_cast<double>(DaysFromCivil(y, mo, d)) * 86400000.0 + h * 3600000.0 + mi * 60000.0 + s * 1000.0 + ms;
}

std::string IsoString(double time) {
  Fields f = Split(time);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04lld-%02d-%02dT%02d:%02d:%02d.%03dZ", static_cast<long long>(f.year), f.month,
                f.day, f.hours, f.minutes, f.seconds, f.ms);
  return buffer;
}

Value DateCtor(Vm& vm, Value self, Value* args, int argc, NativeFunction* native) {
  double time = vm.host()->NowMs(vm);
  if (argc == 1) {
    if (args[0].IsString()) {
      time = ParseIso(args[0].AsString()->text());
    } else if (!vm.ToNumber(args[0], &time)) {
      return Value::Exception();
    }
  } else if (argc > 1) {
    double parts[7] = {0, 0, 1, 0, 0, 0, 0};
    for (int i = 0; i < argc && i < 7; ++i) {
      if (!vm.ToNumber(args[i], &parts[i])) return Value::Exception();
    }
    time = static_cast<double>(DaysFromCivil(static_cast<int64_t>(parts[0]), static_cast<int>(parts[1]) + 1, 1)) * 86400000.0 +
           (parts[2] - 1) * 86400000.0 + parts[3] * 3600000.0 + parts[4] * 60000.0 + parts[5] * 1000.0 + parts[6];
  }
  if (!self.IsEmpty()) {
    // Date() called as a function returns a string.
    Fields f = Split(time);
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "%s %s %02d %04lld %02d:%02d:%02d GMT+0000 (Coordinated Universal Time)",
                  kDays[f.weekday], kMonths[f.month - 1], f.day, static_cast<long long>(f.year), f.hours, f.minutes, f.seconds);
    return vm.Str(buffer);
  }
  JsObject* date = vm.NewObject(static_cast<JsObject*>(native->slots[0].object));
  TempRoot keep(vm, date);
  vm.DefineOwn(date, TimeKey(vm), Value::Number(std::isfinite(time) ? std::trunc(time) : std::nan("")), 0);
  return Value::Object(date);
}

Value DateNow(Vm& vm, Value, Value*, int, NativeFunction*) { return Value::Number(std::floor(vm.host()->NowMs(vm))); }

Value DateGetTime(Vm& vm, Value self, Value*, int, NativeFunction*) {
  double time;
  if (!ThisTime(vm, self, &time)) return Value::Exception();
  return Value::Number(time);
}

Value DateToIsoString(Vm& vm, Value self, Value*, int, NativeFunction*) {
  double time;
  if (!ThisTime(vm, self, &time)) return Value::Exception();
  if (std::isnan(time)) return vm.ThrowRangeError("Invalid time value");
  return vm.Str(IsoString(time));
}

Value DateToString(Vm& vm, Value self, Value*, int, NativeFunction*) {
  double time;
  if (!ThisTime(vm, self, &time)) return Value::Exception();
  if (std::isnan(time)) return vm.Str("Invalid Date");
  Fields f = Split(time);
  char buffer[96];
  std::snprintf(buffer, sizeof buffer, "%s %s %02d %04lld %02d:%02d:%02d GMT+0000 (Coordinated Universal Time)",
                kDays[f.weekday], kMonths[f.month - 1], f.day, static_cast<long long>(f.year), f.hours, f.minutes, f.seconds);
  return vm.Str(buffer);
}

// Date.prototype[Symbol.toPrimitive]: a date turns into its text for `+` and `==` ("default"),
// unlike other objects, which try valueOf first.
Value DateToPrimitive(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  if (!self.IsObject()) return vm.ThrowTypeError("Date.prototype [ @@toPrimitive ] called on non-object");
  const Value hint = Arg(args, argc, 0);
  const std::string text = hint.IsString() ? hint.AsString()->text() : "";
  if (text != "default" && text != "string" && text != "number") return vm.ThrowTypeError("Invalid hint: " + Vm::ShownText(hint));
  HeapString* order[2] = {vm.names().toString, vm.names().valueOf};
  if (text == "number") std::swap(order[0], order[1]);
  for (HeapString* name : order) {
    Value method = vm.Get(self, name);
    if (method.IsException()) return method;
    if (!Vm::IsCallable(method)) continue;
    Value result = vm.Call(method, self, nullptr, 0);
    if (result.IsException() || !result.IsObject()) return result;
  }
  return vm.ThrowTypeError("Cannot convert object to primitive value");
}

template <int kField>
Value DateGetField(Vm& vm, Value self, Value*, int, NativeFunction*) {
  double time;
  if (!ThisTime(vm, self, &time)) return Value::Exception();
  if (std::isnan(time)) return Value::Number(std::nan(""));
  Fields f = Split(time);
  switch (kField) {
    case 0: return Value::Number(static_cast<double>(f.year));
    case 1: return Value::Number(f.month - 1);
    case 2: return Value::Number(f.day);
    case 3: return Value::Number(f.hours);
    case 4: return Value::Number(f.minutes);
    case 5: return Value::Number(f.seconds);
    case 6: return Value::Number(f.ms);
    default: return Value::Number(f.weekday);
  }
}

}  // namespace

// For inspect: the ISO text of a Date object, or "" when `value` is not a Date.
std::string DateInspectText(Vm& vm, Value value) {
  if (!value.IsObject()) return "";
  Property* slot = static_cast<JsObject*>(value.object)->props().Find(TimeKey(vm));
  if (!slot || !slot->value.IsNumber()) return "";
  return std::isnan(slot->value.number) ? "Invalid Date" : IsoString(slot->value.number);
}

void InstallDateBuiltins(Vm& vm) {
  JsObject* proto = vm.NewObject();
  TempRoot keep(vm, proto);
  NativeFunction* date = InstallConstructor(vm, "Date", DateCtor, 7, proto);
  vm.DefineMethod(date, "now", DateNow, 0);
  vm.DefineMethod(proto, "getTime", DateGetTime, 0);
  vm.DefineMethod(proto, "valueOf", DateGetTime, 0);
  vm.DefineMethod(proto, "toISOString", DateToIsoString, 0);
  vm.DefineMethod(proto, "toJSON", DateToIsoString, 1);
  vm.DefineMethod(proto, "toString", DateToString, 0);
  NativeFunction* to_primitive = vm.NewNative("[Symbol.toPrimitive]", DateToPrimitive, 1);
  vm.DefineOwn(proto, vm.names().toPrimitive, Value::Object(to_primitive), 0);
  // Programs run in UTC, so each local getter and its UTC twin are one function.
  struct Getter {
    const char* local;
    const char* utc;
    NativeFn fn;
  };
  static constexpr Getter kGetters[] = {
      {"getFullYear", "getUTCFullYear", DateGetField<0>}, {"getMonth", "getUTCMonth", DateGetField<1>},
      {"getDate", "getUTCDate", DateGetField<2>},         {"getHours", "getUTCHours", DateGetField<3>},
      {"getMinutes", "getUTCMinutes", DateGetField<4>},   {"getSeconds", "getUTCSeconds", DateGetField<5>},
  };
  for (const Getter& getter : kGetters) {
    vm.DefineMethod(proto, getter.local, getter.fn, 0);
    vm.DefineMethod(proto, getter.utc, getter.fn, 0);
  }
  vm.DefineMethod(proto, "getMilliseconds", DateGetField<6>, 0);
  vm.DefineMethod(proto, "getDay", DateGetField<7>, 0);
}

}  // namespace th::detail
