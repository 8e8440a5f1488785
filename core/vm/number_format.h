#pragma once
// Numbers ⇄ text exactly as JavaScript does it (Number::toString, StringToNumber).
#include <string>
#include <string_view>

namespace th {

// Shortest round-trip digits with JavaScript's exponent rules: 0.30000000000000004, 1e+21,
// 1e-7, 123456789012345680000. -0 gives "0".
std::string JsNumberToString(double value);
// Number.prototype.toString(radix) for radix 2..36.
std::string JsNumberToRadixString(double value, int radix);
// Number.prototype.toFixed(digits).
std::string JsNumberToFixed(double value, int digits);
// Number("...") semantics: whitespace trimmed, "" → 0, hex/octal/binary prefixes, Infinity.
double JsStringToNumber(std::string_view text);
// parseFloat / parseInt semantics.
double JsParseFloat(std::string_view text);
double JsParseInt(std::string_view text, int radix);

}  // namespace th
