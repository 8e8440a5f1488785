#include "vm/number_format.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <vector>

namespace th {

namespace {

bool IsJsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

std::string_view Trim(std::string_view text) {
  size_t start = 0, end = text.size();
  while (start < end && IsJsSpace(static_cast<unsigned char>(text[start]))) ++start;
  // U+00A0 and U+FEFF encoded in UTF-8 are also white space.
  while (end > start && IsJsSpace(static_cast<unsigned char>(text[end - 1]))) --end;
  return text.substr(start, end - start);
}

// The shortest "d.ddde±XX" that reads back as `value`.
std::string ShortestScientific(double value) {
  char buffer[64];
#if defined(__cpp_lib_to_chars)
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  return std::string(buffer, result.ptr);
#else
  // libc++ before 15 (Emscripten 3.1.6) has no floating-point to_chars: find the fewest digits
  // that read back as `value`; printf rounds correctly, so that is the closest shortest form.
  // Each try costs a printf and a strtod with software long doubles, so search by halves: with
  // more digits the correctly rounded decimal only gets closer, and where the values that read
  // back as `value` lie symmetrically around it (every double but a power of two), closer means
  // it reads back too. Powers of two, whose lower neighbour is nearer, are searched one by one.
  auto round_trips = [&](int precision) {
    std::snprintf(buffer, sizeof buffer, "%.*e", precision, value);
    return std::strtod(buffer, nullptr) == value;
  };
  int exponent = 0;
  const bool power_of_two = std::frexp(value, &exponent) == 0.5;
  int precision = 16;  // 17 significant digits always read back
  if (power_of_two) {
    for (int p = 0; p < 16; ++p) {
      if (round_trips(p)) {
        precision = p;
        break;
      }
    }
  } else {
    int low = 0;
    while (low < precision) {
      const int middle = (low + precision) / 2;
      if (round_trips(middle)) {
        precision = middle;
      } else {
        low = middle + 1;
      }
    }
  }
  std::snprintf(buffer, sizeof buffer, "%.*e", precision, value);
  return buffer;
#endif
}

}  // namespace

std::string JsNumberToString(double value) {
  if (std::isnan(value)) return "NaN";
  if (value == 0) return "0";
  if (std::isinf(value)) return value < 0 ? "-Infinity" : "Infinity";
  // Integers below 2^53 are exact: their digits are the answer. This is most numbers a program
  // prints, and it skips the shortest-digits search (slow where long double is emulated).
  constexpr double kExactIntegers = 9007199254740992.0;  // 2^53
  if (value > -kExactIntegers && value < kExactIntegers) {
    const auto integer = static_cast<int64_t>(value);
    if (static_cast<double>(integer) == value) {
      char buffer[24];
      auto result = std::to_chars(buffer, buffer + sizeof buffer, integer);
      return std::string(buffer, result.ptr);
    }
  }
  std::string sign = value < 0 ? "-" : "";
  double magnitude = std::fabs(value);
  std::string text = ShortestScientific(magnitude);
  // text is "d[.ddd]e±XX": split into digits and exponent.
  size_t e = text.find('e');
  std::string mantissa = text.substr(0, e);
  int exponent = std::atoi(text.c_str() + e + 1);
  std::string digits;
  for (char c : mantissa) {
    if (c != '.') digits.push_back(c);
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int k = static_cast<int>(digits.size());
  int n = exponent + 1;  // the decimal point sits after n digits
  std::string out;
  if (k <= n && n <= 21) {
    out = digits + std::string(static_cast<size_t>(n - k), '0');
  } else if (0 < n && n <= 21) {
    out = digits.substr(0, static_cast<size_t>(n)) + "." + digits.substr(static_cast<size_t>(n));
  } else if (-6 < n && n <= 0) {
    out = "0." + std::string(static_cast<size_t>(-n), '0') + digits;
  } else {
    int exp = n - 1;
    std::string exp_text = (exp >= 0 ? "+" : "-") + std::to_string(exp >= 0 ? exp : -exp);
    if (k == 1) {
      out = digits + "e" + exp_text;
    } else {
      out = digits.substr(0, 1) + "." + digits.substr(1) + "e" + exp_text;
    }
  }
  return sign + out;
}

std::string JsNumberToRadixString(double value, int radix) {
  if (radix == 10) return JsNumberToString(value);
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value < 0 ? "-Infinity" : "Infinity";
  static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  bool negative = value < 0;
  double magnitude = std::fabs(value);
  double integer = std::floor(magnitude);
  double fraction = magnitude - integer;
  std::string int_part;
  if (integer == 0) int_part = "0";
  while (integer > 0) {
    double quotient = std::floor(integer / radix);
    int digit = static_cast<int>(integer - quotient * radix);
    int_part.insert(int_part.begin(), kDigits[digit]);
    integer = quotient;
  }
  std::string frac_part;
  // Enough digits to round-trip: stop when the remaining fraction is below the precision.
  double delta = 0.5 * (std::nextafter(magnitude, std::numeric_limits<double>::infinity()) - magnitude);
  delta = std::max(std::nextafter(0.0, 1.0), delta);
  if (fraction >= delta) {
    do {
      fraction *= radix;
      delta *= radix;
      int digit = static_cast<int>(std::floor(fraction));
      frac_part.push_back(kDigits[digit]);
      fraction -= digit;
      if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
        if (fraction + delta > 1) {
          // Round up and propagate.
          while (true) {
            if (frac_part.empty()) break;
            char& last = frac_part.back();
            int d = static_cast<int>(std::strchr(kDigits, last) - kDigits) + 1;
            if (d < radix) {
              last = kDigits[d];
              break;
            }
            frac_part.pop_back();
          }
          break;
        }
      }
    } while (fraction >= delta && frac_part.size() < 1100);
  }
  std::string out = (negative ? "-" : "") + int_part;
  if (!frac_part.empty()) out += "." + frac_part;
  return out;
}

std::string JsNumberToFixed(double value, int digits) {
  if (std::isnan(value)) return "NaN";
  if (std::fabs(value) >= 1e21) return JsNumberToString(value);
  // Round the exact decimal expansion half away from zero, as V8 does (0.5 → "1", 2.5 → "3").
  std::vector<char> buffer(1200);
  std::snprintf(buffer.data(), buffer.size(), "%.1100f", std::fabs(value));
  std::string exact = buffer.data();
  size_t dot = exact.find('.');
  std::string digits_only = exact.substr(0, dot) + exact.substr(dot + 1, static_cast<size_t>(digits));
  bool round_up = exact[dot + 1 + static_cast<size_t>(digits)] >= '5';
  if (round_up) {
    size_t i = digits_only.size();
    while (i > 0) {
      --i;
      if (digits_only[i] == '9') {
        digits_only[i] = '0';
        if (i == 0) digits_only.insert(digits_only.begin(), '1');
      } else {
        ++digits_only[i];
        break;
      }
    }
  }
  size_t int_length = digits_only.size() - static_cast<size_t>(digits);
  std::string out = digits_only.substr(0, int_length);
  if (digits > 0) out += "." + digits_only.substr(int_length);
  return (value < 0 ? "-" : "") + out;
}

namespace {

// The length of the decimal number that starts `body` ("12.5e-3" of "12.5e-3px"): digits with
// an optional fraction, then an exponent if it has digits; 0 when there are no digits.
size_t DecimalPrefixLength(std::string_view body) {
  const auto digit_run = [&body](size_t i) {
    while (i < body.size() && body[i] >= '0' && body[i] <= '9') ++i;
    return i;
  };
  size_t i = digit_run(0);
  bool digits = i > 0;
  if (i < body.size() && body[i] == '.') {
    const size_t fraction = digit_run(i + 1);
    digits = digits || fraction > i + 1;
    i = fraction;
  }
  if (!digits) return 0;
  if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
    size_t exponent = i + 1;
    if (exponent < body.size() && (body[exponent] == '+' || body[exponent] == '-')) ++exponent;
    const size_t end = digit_run(exponent);
    if (end > exponent) i = end;
  }
  return i;
}

}  // namespace

double JsStringToNumber(std::string_view text) {
  std::string_view trimmed = Trim(text);
  if (trimmed.empty()) return 0;
  if (trimmed.size() > 2 && trimmed[0] == '0') {
    int radix = 0;
    char p = trimmed[1];
    if (p == 'x' || p == 'X') radix = 16;
    if (p == 'o' || p == 'O') radix = 8;
    if (p == 'b' || p == 'B') radix = 2;
    if (radix) {
      double value = 0;
      for (size_t i = 2; i < trimmed.size(); ++i) {
        char c = trimmed[i];
        int digit = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'z') ? c - 'a' + 10 : (c >= 'A' && c <= 'Z') ? c - 'A' + 10 : 99;
        if (digit >= radix) return std::nan("");
        value = value * radix + digit;
      }
      return value;
    }
  }
  std::string_view body = trimmed;
  bool negative = false;
  if (body[0] == '+' || body[0] == '-') {
    negative = body[0] == '-';
    body = body.substr(1);
  }
  if (body == "Infinity") return negative ? -INFINITY : INFINITY;
  // Only decimal literal syntax is accepted, the whole text of it.
  const size_t length = DecimalPrefixLength(body);
  if (length == 0 || length != body.size()) return std::nan("");
  std::string copy(trimmed);
  return std::strtod(copy.c_str(), nullptr);
}

double JsParseFloat(std::string_view text) {
  std::string_view trimmed = Trim(text);
  std::string_view body = trimmed;
  bool negative = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    negative = body[0] == '-';
    body = body.substr(1);
  }
  if (body.substr(0, 8) == "Infinity") return negative ? -INFINITY : INFINITY;
  const size_t length = DecimalPrefixLength(body);
  if (length == 0) return std::nan("");
  std::string copy(body.substr(0, length));
  double value = std::strtod(copy.c_str(), nullptr);
  return negative ? -value : value;
}

double JsParseInt(std::string_view text, int radix) {
  std::string_view body = Trim(text);
  bool negative = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    negative = body[0] == '-';
    body = body.substr(1);
  }
  if ((radix == 0 || radix == 16) && body.size() >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X')) {
    radix = 16;
    body = body.substr(2);
  }
  if (radix == 0) radix = 10;
  if (radix < 2 || radix > 36) return std::nan("");
  double value = 0;
  bool any = false;
  for (char c : body) {
    int digit = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'z') ? c - 'a' + 10 : (c >= 'A' && c <= 'Z') ? c - 'A' + 10 : 99;
    if (digit >= radix) break;
    value = value * radix + digit;
    any = true;
  }
  if (!any) return std::nan("");
  return negative ? -value : value;
}

}  // namespace th
