#pragma once
// SameState: StateDifference (state_difference.h) as a GoogleTest assertion, naming the first
// difference when the states differ.

#include <gtest/gtest.h>

#include <string>

#include "trace/state.h"
#include "state_difference.h"

namespace th::trace::testing {

inline ::testing::AssertionResult SameState(const trace::State& a, const trace::State& b) {
  const std::string difference = StateDifference(a, b);
  if (difference.empty()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << difference;
}

}  // namespace th::trace::testing
