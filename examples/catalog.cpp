#include "examples/catalog.h"

#define TH_EMBEDDED(symbol)              \
  extern const unsigned char symbol[];   \
  extern const unsigned symbol##_size;
TH_EMBEDDED(th_example_boil_water)
TH_EMBEDDED(th_example_after_await)
TH_EMBEDDED(th_example_one_chef)
TH_EMBEDDED(th_example_two_tasks)
#undef TH_EMBEDDED

namespace th::examples {

namespace {

std::string Text(const unsigned char* data, unsigned size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

}  // namespace

const std::vector<Example>& BuiltinExamples() {
  static const std::vector<Example> kExamples = {
      {"boil_water", "Boil water or check the mailbox?",
       "A 0 ms timer against a resolved promise: microtasks run before the next task.",
       {{"main.js", Text(th_example_boil_water, th_example_boil_water_size)}}},
      {"after_await", "What comes after await",
       "The code after await waits for a microtask, so the caller carries on first.",
       {{"main.js", Text(th_example_after_await, th_example_after_await_size)}}},
      {"one_chef", "One chef, two dishes",
       "A single thread with two timers: the shorter delay is served first.",
       {{"main.js", Text(th_example_one_chef, th_example_one_chef_size)}}},
      {"two_tasks", "The main thread runs on",
       "Timers wait in the event loop while the main script finishes.",
       {{"main.js", Text(th_example_two_tasks, th_example_two_tasks_size)}}},
  };
  return kExamples;
}

const Example* FindExample(const std::string& id) {
  for (const Example& example : BuiltinExamples()) {
    if (example.id == id) return &example;
  }
  return nullptr;
}

}  // namespace th::examples
