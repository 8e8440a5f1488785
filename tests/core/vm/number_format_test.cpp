// Numbers print exactly as JavaScript prints them.
#include <gtest/gtest.h>

#include <cmath>

#include "vm/number_format.h"

namespace th {
namespace {

TEST(NumberFormat, ShortestRoundTripWithJavaScriptExponents) {
  EXPECT_EQ(JsNumberToString(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(JsNumberToString(1e21), "1e+21");
  EXPECT_EQ(JsNumberToString(1e20), "100000000000000000000");
  EXPECT_EQ(JsNumberToString(2432902008176640000.0), "2432902008176640000");
  EXPECT_EQ(JsNumberToString(123456789012345680000.0), "123456789012345680000");
  EXPECT_EQ(JsNumberToString(1e-7), "1e-7");
  EXPECT_EQ(JsNumberToString(0.000001), "0.000001");
  EXPECT_EQ(JsNumberToString(1.5e-10), "1.5e-10");
  EXPECT_EQ(JsNumberToString(-0.0), "0");
  EXPECT_EQ(JsNumberToString(-42.5), "-42.5");
  EXPECT_EQ(JsNumberToString(NAN), "NaN");
  EXPECT_EQ(JsNumberToString(-INFINITY), "-Infinity");
  EXPECT_EQ(JsNumberToString(5e-324), "5e-324");
  EXPECT_EQ(JsNumberToString(1.7976931348623157e308), "1.7976931348623157e+308");
}

TEST(NumberFormat, RadixAndFixed) {
  EXPECT_EQ(JsNumberToRadixString(255, 16), "ff");
  EXPECT_EQ(JsNumberToRadixString(-10, 2), "-1010");
  EXPECT_EQ(JsNumberToRadixString(0.5, 2), "0.1");
  EXPECT_EQ(JsNumberToFixed(3.14159, 2), "3.14");
  EXPECT_EQ(JsNumberToFixed(0.5, 0), "1");  // exact ties round away from zero, as in V8
  EXPECT_EQ(JsNumberToFixed(2.5, 0), "3");
  EXPECT_EQ(JsNumberToFixed(1.005, 2), "1.00");  // 1.005 is really 1.00499999...
  EXPECT_EQ(JsNumberToFixed(-1.5, 0), "-2");
  EXPECT_EQ(JsNumberToFixed(-0.0001, 2), "-0.00");
  EXPECT_EQ(JsNumberToFixed(99.995, 2), "100.00");
}

TEST(NumberFormat, StringToNumber) {
  EXPECT_EQ(JsStringToNumber("  42  "), 42);
  EXPECT_EQ(JsStringToNumber(""), 0);
  EXPECT_EQ(JsStringToNumber("0x1f"), 31);
  EXPECT_EQ(JsStringToNumber("-Infinity"), -INFINITY);
  EXPECT_TRUE(std::isnan(JsStringToNumber("12px")));
  EXPECT_EQ(JsParseFloat("3.5px"), 3.5);
  EXPECT_EQ(JsParseInt("12px", 0), 12);
  EXPECT_EQ(JsParseInt("0x1A", 0), 26);
  EXPECT_EQ(JsParseInt("0x1A", 10), 0);
  EXPECT_EQ(JsParseInt("101", 2), 5);
}

}  // namespace
}  // namespace th
