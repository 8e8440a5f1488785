// Number, Boolean, Math and the numeric globals (parseInt, parseFloat, isNaN, isFinite).
#include <cmath>

#include "vm/builtins.h"
#include "vm/number_format.h"

namespace th::detail {

namespace {

bool ArgNumber(Vm& vm, const Value* args, int argc, int index, double* out) {
  return vm.ToNumber(Arg(args, argc, index), out);
}

// The Number a `this` stands for (a number primitive; wrappers are not used here).
bool ThisNumber(Vm& vm, Value self, double* out) {
  if (self.IsNumber()) {
    *out = self.number;
    return true;
  }
  vm.ThrowTypeError("Number.prototype method called on incompatible receiver");
  return false;
}

Value NumberCtor(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  if (argc == 0) return Value::Number(0);
  double value;
  if (!vm.ToNumber(args[0], &value)) return Value::Exception();
  return Value::Number(value);
}

Value NumberIsInteger(Vm&, Value, Value* args, int argc, NativeFunction*) {
  Value v = Arg(args, argc, 0);
  return Value::Bool(v.IsNumber() && std::isfinite(v.number) && std::trunc(v.number) == v.number);
}
Value NumberIsSafeInteger(Vm&, Value, Value* args, int argc, NativeFunction*) {
  Value v = Arg(args, argc, 0);
  return Value::Bool(v.IsNumber() && std::isfinite(v.number) && std::trunc(v.number) == v.number &&
                     std::fabs(v.number) <= 9007199254740991.0);
}
Value NumberIsFinite(Vm&, Value, Value* args, int argc, NativeFunction*) {
  Value v = Arg(args, argc, 0);
  return Value::Bool(v.IsNumber() && std::isfinite(v.number));
}
Value NumberIsNaN(Vm&, Value, Value* args, int argc, NativeFunction*) {
  Value v = Arg(args, argc, 0);
  return Value::Bool(v.IsNumber() && std::isnan(v.number));
}
Value GlobalIsNaN(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  double value;
  if (!ArgNumber(vm, args, argc, 0, &value)) return Value::Exception();
  return Value::Bool(std::isnan(value));
}
Value GlobalIsFinite(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  double value;
  if (!ArgNumber(vm, args, argc, 0, &value)) return Value::Exception();
  return Value::Bool(std::isfinite(value));
}
Value GlobalParseFloat(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  HeapString* text = vm.ToString(Arg(args, argc, 0));
  if (!text) return Value::Exception();
  return Value::Number(JsParseFloat(text->text()));
}
Value GlobalParseInt(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  HeapString* text = vm.ToString(Arg(args, argc, 0));
  if (!text) return Value::Exception();
  TempRoot keep(vm, text);
  double radix = 0;
  if (!ArgNumber(vm, args, argc, 1, &radix)) return Value::Exception();
  int r = std::isnan(radix) ? 0 : static_cast<int>(radix);
  return Value::Number(JsParseInt(text->text(), r));
}

Value NumberToString(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  double value;
  if (!ThisNumber(vm, self, &value)) return Value::Exception();
  int radix = 10;
  if (argc > 0 && !args[0].IsUndefined()) {
    double r;
    if (!vm.ToNumber(args[0], &r)) return Value::Exception();
    if (r < 2 || r > 36) return vm.ThrowRangeError("toString() radix must be between 2 and 36");
    radix = static_cast<int>(r);
  }
  return vm.Str(JsNumberToRadixString(value, radix));
}

Value NumberToFixed(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  double value, digits = 0;
  if (!ThisNumber(vm, self, &value)) return Value::Exception();
  if (!ArgNumber(vm, args, argc, 0, &digits)) return Value::Exception();
  if (std::isnan(digits)) digits = 0;
  if (digits < 0 || digits > 100) return vm.ThrowRangeError("toFixed() digits argument must be between 0 and 100");
  return vm.Str(JsNumberToFixed(value, static_cast<int>(digits)));
}

Value NumberToPrecision(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  double value, precision = 0;
  if (!ThisNumber(vm, self, &value)) return Value::Exception();
  if (argc == 0 || args[0].IsUndefined()) return vm.Str(JsNumberToString(value));
  if (!ArgNumber(vm, args, argc, 0, &precision)) return Value::Exception();
  if (precision < 1 || precision > 100) return vm.ThrowRangeError("toPrecision() argument must be between 1 and 100");
  if (!std::isfinite(value)) return vm.Str(JsNumberToString(value));
  int p = static_cast<int>(precision);
  int exponent = value == 0 ? 0 : static_cast<int>(std::floor(std::log10(std::fabs(value))));
  char buffer[256];
  if (exponent < -6 || exponent >= p) {
    std::snprintf(buffer, sizeof buffer, "%.*e", p - 1, value);
    std::string text = buffer;
    // C prints e+05; JavaScript prints e+5.
    size_t e = text.find('e');
    std::string mantissa = text.substr(0, e);
    int exp = std::atoi(text.c_str() + e + 1);
    return vm.Str(mantissa + "e" + (exp >= 0 ? "+" : "-") + std::to_string(std::abs(exp)));
  }
  std::snprintf(buffer, sizeof buffer, "%.*f", std::max(0, p - 1 - exponent), value);
  return vm.Str(buffer);
}

Value NumberToLocaleString(Vm& vm, Value self, Value*, int, NativeFunction*) {
  double value;
  if (!ThisNumber(vm, self, &value)) return Value::Exception();
  if (!std::isfinite(value)) return vm.Str(value != value ? "NaN" : (value < 0 ? "-∞" : "∞"));
  // en-US: grouping commas, at most three fraction digits.
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.3f", std::fabs(value));
  std::string text = buffer;
  size_t dot = text.find('.');
  std::string integer = text.substr(0, dot);
  std::string fraction = text.substr(dot + 1);
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::string grouped;
  for (size_t i = 0; i < integer.size(); ++i) {
    if (i > 0 && (integer.size() - i) % 3 == 0) grouped += ',';
    grouped += integer[i];
  }
  std::string out = (value < 0 && (grouped != "0" || !fraction.empty()) ? "-" : "") + grouped;
  if (!fraction.empty()) out += "." + fraction;
  return vm.Str(out);
}

Value NumberValueOf(Vm& vm, Value self, Value*, int, NativeFunction*) {
  double value;
  if (!ThisNumber(vm, self, &value)) return Value::Exception();
  return Value::Number(value);
}

Value BooleanCtor(Vm&, Value, Value* args, int argc, NativeFunction*) { return Value::Bool(Vm::ToBoolean(Arg(args, argc, 0))); }
Value BooleanToString(Vm& vm, Value self, Value*, int, NativeFunction*) {
  if (!self.IsBool()) return vm.ThrowTypeError("Boolean.prototype.toString requires that 'this' be a Boolean");
  return vm.Str(self.boolean ? "true" : "false");
}
Value BooleanValueOf(Vm& vm, Value self, Value*, int, NativeFunction*) {
  if (!self.IsBool()) return vm.ThrowTypeError("Boolean.prototype.valueOf requires that 'this' be a Boolean");
  return self;
}

// Math: one-argument functions share a template.
template <double (*F)(double)>
Value MathUnary(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  double x;
  if (!ArgNumber(vm, args, argc, 0, &x)) return Value::Exception();
  return Value::Number(F(x));
}
double JsRound(double x) {
  if (!std::isfinite(x) || x == 0) return x;
  if (x > 0 && x < 0.5) return 0.0;
  if (x < 0 && x >= -0.5) return -0.0;
  return std::floor(x + 0.5);
}
double JsSign(double x) {
  if (std::isnan(x) || x == 0) return x;
  return x > 0 ? 1 : -1;
}
double Floor(double x) { return std::floor(x); }
double Ceil(double x) { return std::ceil(x); }
double Trunc(double x) { return std::trunc(x); }
double Abs(double x) { return std::fabs(x); }
double Sqrt(double x) { return std::sqrt(x); }
double Cbrt(double x) {
  // glibc's cbrt can be off by one ulp for perfect cubes (27 → 3.0000000000000004).
  double r = std::cbrt(x);
  double rounded = std::round(r);
  return rounded * rounded * rounded == x ? rounded : r;
}
double Log(double x) { return std::log(x); }
double Log2(double x) { return std::log2(x); }
double Log10(double x) { return std::log10(x); }
double Exp(double x) { return std::exp(x); }
double Sin(double x) { return std::sin(x); }
double Cos(double x) { return std::cos(x); }
double Tan(double x) { return std::tan(x); }
double Asin(double x) { return std::asin(x); }
double Acos(double x) { return std::acos(x); }
double Atan(double x) { return std::atan(x); }
double Fround(double x) { return static_cast<double>(static_cast<float>(x)); }

Value MathMax(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  double result = -INFINITY;
  bool nan = false;
  for (int i = 0; i < argc; ++i) {
    double x;
    if (!vm.ToNumber(args[i], &x)) return Value::Exception();
    if (std::isnan(x)) nan = true;
    if (x > result || (x == 0 && result == 0 && !std::signbit(x))) result = x;
  }
  return Value::Number(nan ? std::nan("") : result);
}
Value MathMin(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  double result = INFINITY;
  bool nan = false;
  for (int i = 0; i < argc; ++i) {
    double x;
    if (!vm.ToNumber(args[i], &x)) return Value::Exception();
    if (std::isnan(x)) nan = true;
    if (x < result || (x == 0 && result == 0 && std::signbit(x))) result = x;
  }
  return Value::Number(nan ? std::nan("") : result);
}
Value MathPow(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  double x, y;
  if (!ArgNumber(vm, args, argc, 0, &x) || !ArgNumber(vm, args, argc, 1, &y)) return Value::Exception();
  if (std::isnan(y) || ((x == 1 || x == -1) && std::isinf(y))) return Value::Number(std::nan(""));
  return Value::Number(std::pow(x, y));
}
Value MathAtan2(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  double y, x;
  if (!ArgNumber(vm, args, argc, 0, &y) || !ArgNumber(vm, args, argc, 1, &x)) return Value::Exception();
  return Value::Number(std::atan2(y, x));
}
Value MathHypot(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  double sum = 0;
  for (int i = 0; i < argc; ++i) {
    double x;
    if (!vm.ToNumber(args[i], &x)) return Value::Exception();
    sum += x * x;
  }
  return Value::Number(std::sqrt(sum));
}
Value MathRandom(Vm& vm, Value, Value*, int, NativeFunction*) { return Value::Number(vm.NextRandom()); }

}  // namespace

void InstallNumberBuiltins(Vm& vm) {
  Vm::Realm& r = vm.realm();
  NativeFunction* number = InstallConstructor(vm, "Number", NumberCtor, 1, r.number_proto);
  vm.DefineMethod(number, "isInteger", NumberIsInteger, 1);
  vm.DefineMethod(number, "isSafeInteger", NumberIsSafeInteger, 1);
  vm.DefineMethod(number, "isFinite", NumberIsFinite, 1);
  vm.DefineMethod(number, "isNaN", NumberIsNaN, 1);
  vm.DefineMethod(number, "parseFloat", GlobalParseFloat, 1);
  vm.DefineMethod(number, "parseInt", GlobalParseInt, 2);
  struct Constant {
    const char* name;
    double value;
  };
  for (Constant c : {Constant{"MAX_SAFE_INTEGER", 9007199254740991.0}, Constant{"MIN_SAFE_INTEGER", -9007199254740991.0},
                     Constant{"EPSILON", 2.220446049250313e-16}, Constant{"MAX_VALUE", 1.7976931348623157e308},
                     Constant{"MIN_VALUE", 5e-324}, Constant{"POSITIVE_INFINITY", INFINITY},
                     Constant{"NEGATIVE_INFINITY", -INFINITY}, Constant{"NaN", std::nan("")}}) {
    vm.DefineOwn(number, vm.Intern(c.name), Value::Number(c.value), 0);
  }
  vm.DefineMethod(r.number_proto, "toString", NumberToString, 1);
  vm.DefineMethod(r.number_proto, "toFixed", NumberToFixed, 1);
  vm.DefineMethod(r.number_proto, "toPrecision", NumberToPrecision, 1);
  vm.DefineMethod(r.number_proto, "toLocaleString", NumberToLocaleString, 0);
  vm.DefineMethod(r.number_proto, "valueOf", NumberValueOf, 0);

  InstallConstructor(vm, "Boolean", BooleanCtor, 1, r.boolean_proto);
  vm.DefineMethod(r.boolean_proto, "toString", BooleanToString, 0);
  vm.DefineMethod(r.boolean_proto, "valueOf", BooleanValueOf, 0);

  SetGlobal(vm, "parseInt", Value::Object(vm.NewNative("parseInt", GlobalParseInt, 2)));
  SetGlobal(vm, "parseFloat", Value::Object(vm.NewNative("parseFloat", GlobalParseFloat, 1)));
  SetGlobal(vm, "isNaN", Value::Object(vm.NewNative("isNaN", GlobalIsNaN, 1)));
  SetGlobal(vm, "isFinite", Value::Object(vm.NewNative("isFinite", GlobalIsFinite, 1)));

  JsObject* math = vm.NewObject();
  TempRoot keep(vm, math);
  vm.DefineMethod(math, "floor", MathUnary<Floor>, 1);
  vm.DefineMethod(math, "ceil", MathUnary<Ceil>, 1);
  vm.DefineMethod(math, "round", MathUnary<JsRound>, 1);
  vm.DefineMethod(math, "trunc", MathUnary<Trunc>, 1);
  vm.DefineMethod(math, "abs", MathUnary<Abs>, 1);
  vm.DefineMethod(math, "sqrt", MathUnary<Sqrt>, 1);
  vm.DefineMethod(math, "cbrt", MathUnary<Cbrt>, 1);
  vm.DefineMethod(math, "sign", MathUnary<JsSign>, 1);
  vm.DefineMethod(math, "log", MathUnary<Log>, 1);
  vm.DefineMethod(math, "log2", MathUnary<Log2>, 1);
  vm.DefineMethod(math, "log10", MathUnary<Log10>, 1);
  vm.DefineMethod(math, "exp", MathUnary<Exp>, 1);
  vm.DefineMethod(math, "sin", MathUnary<Sin>, 1);
  vm.DefineMethod(math, "cos", MathUnary<Cos>, 1);
  vm.DefineMethod(math, "tan", MathUnary<Tan>, 1);
  vm.DefineMethod(math, "asin", MathUnary<Asin>, 1);
  vm.DefineMethod(math, "acos", MathUnary<Acos>, 1);
  vm.DefineMethod(math, "atan", MathUnary<Atan>, 1);
  vm.DefineMethod(math, "fround", MathUnary<Fround>, 1);
  vm.DefineMethod(math, "atan2", MathAtan2, 2);
  vm.DefineMethod(math, "hypot", MathHypot, 2);
  vm.DefineMethod(math, "max", MathMax, 2);
  vm.DefineMethod(math, "min", MathMin, 2);
  vm.DefineMethod(math, "pow", MathPow, 2);
  vm.DefineMethod(math, "random", MathRandom, 0);
  for (auto [name, value] : {std::pair<const char*, double>{"PI", M_PI}, {"E", M_E}, {"LN2", M_LN2}, {"LN10", M_LN10},
                             {"LOG2E", M_LOG2E}, {"LOG10E", M_LOG10E}, {"SQRT2", M_SQRT2}, {"SQRT1_2", M_SQRT1_2}}) {
    vm.DefineOwn(math, vm.Intern(name), Value::Number(value), 0);
  }
  SetGlobal(vm, "Math", Value::Object(math));
}

}  // namespace th::detail
