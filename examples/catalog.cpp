#include "examples/catalog.h"

#define TH_EMBEDDED(symbol)              \
  extern const unsigned char symbol[];   \
  extern const unsigned symbol##_size;
TH_EMBEDDED(th_example_boil_water)
TH_EMBEDDED(th_example_after_await)
TH_EMBEDDED(th_example_one_chef)
TH_EMBEDDED(th_example_two_tasks)
TH_EMBEDDED(th_example_blueprint_server)
TH_EMBEDDED(th_example_worker_message)
TH_EMBEDDED(th_example_fork_heavy_task)
TH_EMBEDDED(th_example_heavy_task_child)
TH_EMBEDDED(th_example_many_chefs)
TH_EMBEDDED(th_example_two_restaurants)
TH_EMBEDDED(th_example_restaurant1)
TH_EMBEDDED(th_example_restaurant2)
TH_EMBEDDED(th_example_parent_process)
TH_EMBEDDED(th_example_child_process)
TH_EMBEDDED(th_example_async1_puzzle)
TH_EMBEDDED(th_example_next_tick_puzzle)
TH_EMBEDDED(th_example_timers_and_microtasks)
TH_EMBEDDED(th_example_five_minute_function)
TH_EMBEDDED(th_example_five_minute_async)
TH_EMBEDDED(th_example_five_minute_worker)
TH_EMBEDDED(th_example_one_child_crashes)
TH_EMBEDDED(th_example_kitchen)
TH_EMBEDDED(th_example_shared_counter_race)
TH_EMBEDDED(th_example_shared_counter_atomics)
#undef TH_EMBEDDED

namespace th::examples {

namespace {

#define TH_TEXT(name) std::string(reinterpret_cast<const char*>(th_example_##name), th_example_##name##_size)

const char* const kSeed = "The seed's lessons";
const char* const kPuzzles = "Ordering puzzles";
const char* const kAgents = "Threads and processes";

}  // namespace

const std::vector<Example>& BuiltinExamples() {
  static const std::vector<Example> kExamples = {
      {"boil_water", "Boil water or check the mailbox?",
       "A 0 ms timer against a resolved promise: the urgent chore (microtask) comes first.", kSeed,
       {{"main.js", TH_TEXT(boil_water)}}},
      {"after_await", "What comes after await",
       "The code after await waits for a microtask, so the caller carries on first.", kSeed,
       {{"main.js", TH_TEXT(after_await)}}},
      {"one_chef", "One chef, two dishes",
       "A single thread with two timers: the shorter delay is served first.", kSeed,
       {{"main.js", TH_TEXT(one_chef)}}},
      {"two_tasks", "The main thread runs on",
       "Timers wait outside the thread while the main script finishes.", kSeed,
       {{"main.js", TH_TEXT(two_tasks)}}},
      {"five_minute_function", "The function that takes 5 minutes",
       "A long synchronous job blocks the only thread: func3 has to wait.", kSeed,
       {{"main.js", TH_TEXT(five_minute_function)}}},
      {"five_minute_async", "The 5-minute function, made async",
       "func2 returns a promise at once; its callback comes back when the timer is due.", kSeed,
       {{"main.js", TH_TEXT(five_minute_async)}}},
      {"blueprint_server", "A program is a blueprint",
       "A web server: nothing happens until it runs; then it waits for requests.", kSeed,
       {{"server.js", TH_TEXT(blueprint_server)}}},
      {"async1_puzzle", "script start, async1, promise1 ...",
       "The classic interview puzzle: sync code, then microtasks, then the timer.", kPuzzles,
       {{"main.js", TH_TEXT(async1_puzzle)}}},
      {"next_tick_puzzle", "nextTick before promises",
       "Node drains process.nextTick before promise callbacks, and both before setImmediate.", kPuzzles,
       {{"main.js", TH_TEXT(next_tick_puzzle)}}},
      {"timers_and_microtasks", "Microtasks between two timers",
       "A promise queued inside the first timer runs before the second timer.", kPuzzles,
       {{"main.js", TH_TEXT(timers_and_microtasks)}}},
      {"worker_message", "A worker thread and its messages",
       "The main thread spawns a worker; they talk only by postMessage.", kAgents,
       {{"main.js", TH_TEXT(worker_message)}}},
      {"many_chefs", "Multiple chefs in one restaurant",
       "Two worker threads cook in parallel while the main thread hands out orders.", kAgents,
       {{"main.js", TH_TEXT(many_chefs)}}},
      {"five_minute_worker", "The 5-minute function on its own thread",
       "A second worker does the long job while the main thread carries on.", kAgents,
       {{"main.js", TH_TEXT(five_minute_worker)}}},
      {"fork_heavy_task", "A child process for the heavy task",
       "fork() opens a new branch (process) with its own memory; they exchange messages.", kAgents,
       {{"main.js", TH_TEXT(fork_heavy_task)}, {"heavyTask.js", TH_TEXT(heavy_task_child)}}},
      {"parent_process", "Parent and child process",
       "The manager sends an order to a sub-branch, which cooks and reports back.", kAgents,
       {{"parentProcess.js", TH_TEXT(parent_process)}, {"childProcess.js", TH_TEXT(child_process)}}},
      {"two_restaurants", "Two independent restaurants",
       "Two child processes, each with its own kitchen: one is slow, neither blocks the other.", kAgents,
       {{"main.js", TH_TEXT(two_restaurants)},
        {"restaurant1.js", TH_TEXT(restaurant1)},
        {"restaurant2.js", TH_TEXT(restaurant2)}}},
      {"one_child_crashes", "A fire in one house",
       "One child process crashes; it ends alone, and its sibling and the parent keep going.", kAgents,
       {{"main.js", TH_TEXT(one_child_crashes)}, {"kitchen.js", TH_TEXT(kitchen)}}},
      {"shared_counter_race", "Two threads, one counter: a race",
       "counter[0]++ is three steps; when threads interleave, updates are lost (try other seeds).", kAgents,
       {{"main.js", TH_TEXT(shared_counter_race)}}},
      {"shared_counter_atomics", "The race fixed with Atomics",
       "Atomics.add reads, adds and writes in one step: no update is lost, whatever the seed.", kAgents,
       {{"main.js", TH_TEXT(shared_counter_atomics)}}},
  };
  return kExamples;
}

#undef TH_TEXT

const Example* FindExample(const std::string& id) {
  for (const Example& example : BuiltinExamples()) {
    if (example.id == id) return &example;
  }
  return nullptr;
}

}  // namespace th::examples
