// The exporters: node's text, JSON lines that parse, and a Chrome trace Perfetto can open
// (valid JSON, a named lane per agent, balanced and well-nested slices in time order).
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "mini_json.h"
#include "synthetic_trace.h"
#include "trace/exporters.h"
#include "trace/trace.h"

namespace th::trace {
namespace {

using testing::JsonReader;
using testing::JsonValue;

TEST(ExportText, PrintsStdoutLinesOnly) {
  Trace trace({}, trace::Profile::Node);
  trace.AppendConsole(0, 0, false, "Start");
  trace.AppendConsole(0, 0, true, "a warning");
  trace.AppendConsole(0, 0, false, "multi\nline");
  EXPECT_EQ(ExportText(trace), "Start\nmulti\nline\n");
}

TEST(ExportJsonLines, EveryLineIsAnObjectWithKindAndTextResolved) {
  Trace trace({{"main.js", ""}}, trace::Profile::Node);
  testing::SyntheticTrace(3).Fill(trace, 2000);
  trace.AppendConsole(0, 99, false, "quote \" and tab \t");
  std::istringstream lines(ExportJsonLines(trace));
  std::string line, last_line;
  std::size_t count = 0;
  while (std::getline(lines, line)) {
    JsonValue value;
    ASSERT_TRUE(JsonReader::Parse(line, value)) << line;
    EXPECT_EQ(value["seq"].number, static_cast<double>(count));
    EXPECT_EQ(value["kind"].text, EventKindName(trace.At(count).kind));
    if (trace.At(count).kind == EventKind::TimerSet) {
      EXPECT_EQ(value["b"].type, JsonValue::Type::String);
    }
    last_line = line;
    ++count;
  }
  EXPECT_EQ(count, trace.Size());
  JsonValue last;
  ASSERT_TRUE(JsonReader::Parse(last_line, last));
  EXPECT_EQ(last["text"].text, "quote \" and tab \t");
}

TEST(ExportChromeTrace, IsValidBalancedAndNestedPerLane) {
  Trace trace({{"main.js", ""}}, trace::Profile::Node);
  testing::SyntheticTrace(5).Fill(trace, 5000);
  JsonValue root;
  ASSERT_TRUE(JsonReader::Parse(ExportChromeTrace(trace), root));
  ASSERT_EQ(root["traceEvents"].type, JsonValue::Type::Array);
  EXPECT_EQ(root["displayTimeUnit"].text, "ms");

  std::map<double, int> depth;
  std::map<double, double> last_ts;
  std::map<double, std::string> lane_names;
  std::size_t slices = 0, instants = 0;
  for (const JsonValue& event : root["traceEvents"].items) {
    const std::string& phase = event["ph"].text;
    const double tid = event["tid"].number;
    if (phase == "M") {
      if (event["name"].text == "thread_name") lane_names[tid] = event["args"]["name"].text;
      continue;
    }
    ASSERT_EQ(event["ts"].type, JsonValue::Type::Number);
    EXPECT_GE(event["ts"].number, last_ts[tid]) << "timestamps go forward within a lane";
    last_ts[tid] = event["ts"].number;
    if (phase == "B") {
      ++depth[tid];
      ++slices;
      EXPECT_FALSE(event["name"].text.empty() && event["cat"].text == "task");
    } else if (phase == "E") {
      ASSERT_GT(depth[tid], 0) << "an end without a begin";
      --depth[tid];
    } else if (phase == "i") {
      ++instants;
    } else {
      ADD_FAILURE() << "unexpected phase " << phase;
    }
  }
  for (const auto& [tid, open] : depth) EXPECT_EQ(open, 0) << "lane " << tid;
  EXPECT_EQ(lane_names[0], "main");
  EXPECT_GT(slices, 100u);
  EXPECT_GT(instants, 10u);
}

TEST(ExportChromeTrace, MicrotasksNestInsideTheTaskThatQueuedThemRunAfter) {
  Trace trace({{"main.js", ""}}, trace::Profile::Node);
  const auto add = [&](EventKind kind, std::uint32_t a, std::uint32_t b, std::uint32_t d, std::int64_t t) {
    trace.Append(MakeEvent(kind, t, a, b, 0, d));
  };
  add(EventKind::TaskEnqueue, 1, trace.Intern("timer callback"), 0, 0);
  add(EventKind::TaskRun, 1, 0, 0, 1000);
  add(EventKind::MicrotaskEnqueue, 2, trace.Intern("then-callback"), 1, 1500);
  add(EventKind::MicrotaskRun, 2, 0, 1, 2000);
  add(EventKind::MicrotaskEnd, 2, 0, 1, 2500);
  add(EventKind::TaskEnd, 1, 0, 0, 3000);
  JsonValue root;
  ASSERT_TRUE(JsonReader::Parse(ExportChromeTrace(trace), root));
  std::vector<std::string> order;
  for (const JsonValue& event : root["traceEvents"].items) {
    if (event["ph"].text == "B") order.push_back("B " + event["name"].text + " @" + std::to_string(event["ts"].number));
    if (event["ph"].text == "E") order.push_back("E @" + std::to_string(event["ts"].number));
  }
  EXPECT_EQ(order, (std::vector<std::string>{"B timer callback @1.000000", "B then-callback @2.000000",
                                             "E @2.500000", "E @3.000000"}));
}

}  // namespace
}  // namespace th::trace
