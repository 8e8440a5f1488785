#pragma once
// The check every golden-program suite makes: what a run printed, against what Node printed,
// with tests/conformance/known_failures.txt honoured (a listed program that fails is skipped
// with its reason; one that passes fails, so the list only ever shrinks).

#include <gtest/gtest.h>

#include <string>

#include "conformance_files.h"

namespace th::testing_support {

struct Actual {
  std::string stdout_text;
  std::string stderr_text;  // as the run wrote it; normalized here
  int exit_code = 0;
};

inline void ExpectMatchesNode(const std::string& program, const Actual& actual) {
  const Expected expected = ReadExpected(program);
  const std::string actual_err = NormalizeStderr(actual.stderr_text);
  const bool passed = actual.stdout_text == expected.stdout_text && actual.exit_code == expected.exit_code &&
                      actual_err == expected.stderr_text;
  const auto listed = KnownFailures().find(program);
  if (listed != KnownFailures().end()) {
    if (passed) FAIL() << program << " passes now: remove it from tests/conformance/known_failures.txt";
    GTEST_SKIP() << "known failure: " << listed->second;
  }
  EXPECT_EQ(actual.stdout_text, expected.stdout_text) << program;
  EXPECT_EQ(actual.exit_code, expected.exit_code) << program;
  EXPECT_EQ(actual_err, expected.stderr_text) << program;
}

}  // namespace th::testing_support
