#pragma once
// Strings are stored as UTF-8; JavaScript counts and indexes UTF-16 code units. These convert
// (an unpaired surrogate round-trips as its own three-byte sequence).
#include <string>
#include <string_view>

namespace th {

std::u16string ToUtf16(std::string_view text);
std::string FromUtf16(const std::u16string& text);

}  // namespace th
