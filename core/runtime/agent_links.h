#pragma once
// What an agent asks of the run it belongs to: the program's other files, new workers and
// processes, and channels to send messages through. core/agents implements it (the run owns
// every agent, the channels and the scheduler); the runtime layer only sees this interface, so
// the layers point one way.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/structured_clone.h"
#include "trace/run_input.h"

namespace th::runtime {

class Agent;
class WallClock;

// The folder a Node program runs in, as its paths name it (__dirname, process.argv[1]).
inline constexpr std::string_view kProgramDirectory = "/home/learner";

// A file's name in the program ("worker.js") from a path naming it: "./worker.js",
// "/home/learner/worker.js".
inline std::string ProgramFileName(std::string_view path) {
  if (path.size() > kProgramDirectory.size() && path.substr(0, kProgramDirectory.size()) == kProgramDirectory &&
      path[kProgramDirectory.size()] == '/') {
    path.remove_prefix(kProgramDirectory.size() + 1);
  }
  while (path.substr(0, 2) == "./") path.remove_prefix(2);
  return std::string(path);
}

// One end of a channel; ids are unique within a run.
using PortId = std::uint32_t;
inline constexpr PortId kNoPort = 0xFFFFFFFFu;

enum class AgentKind : std::uint8_t {
  Main,     // the program's main thread
  Worker,   // a worker thread (new Worker): its own heap and loop, in its parent's process
  Process,  // a child process (fork): a process of its own, its own pid
};

// Who an agent is: fixed when it is spawned.
struct AgentIdentity {
  std::uint16_t id = 0;          // the run's agent number (the trace's), 0 = main
  AgentKind kind = AgentKind::Main;
  std::string name;              // "main", "worker 1", "child 4243"
  int pid = 4242;                // its process (a worker shares its parent's)
  int ppid = 4241;
  int thread_id = 0;             // worker_threads.threadId: 0 for a process's main thread
  std::string filename;          // the file it runs, as the program names it
  std::vector<std::string> argv; // fork(file, args): the args
  PortId parent_port = kNoPort;  // a worker's parentPort, a child process's IPC channel
  std::optional<ClonedMessage> worker_data;  // a worker's workerData, cloned (none: undefined)
};

struct SpawnRequest {
  AgentKind kind = AgentKind::Worker;
  std::string filename;           // the file to run; for eval, "[worker eval]"
  std::string source;             // its code
  std::vector<std::string> argv;
  std::optional<ClonedMessage> worker_data;  // cloned workerData
  std::string name;               // the worker's `name` option
};

struct SpawnedAgent {
  std::uint16_t id = 0;
  int pid = 0;
  int thread_id = 0;
  PortId port = kNoPort;  // the parent's end: its Worker's port, its ChildProcess's IPC channel
};

class AgentLinks {
 public:
  virtual ~AgentLinks() = default;
  // A file of the program by the name a program gives it ("worker.js", "./worker.js"), or null.
  virtual const trace::SourceFile* FindFile(std::string_view name) const = 0;
  // Starts a worker thread or a child process; it begins after its start-up time. Returns
  // nothing, with `error` set, when the run cannot take more agents.
  virtual std::optional<SpawnedAgent> Spawn(Agent& parent, SpawnRequest request, std::string* error) = 0;
  // A new channel owned by `owner`: its two ports.
  virtual std::pair<PortId, PortId> NewChannel(Agent& owner) = 0;
  // Sends `message` from `port`: it reaches the other end's agent after the message latency.
  virtual void Post(Agent& from, PortId port, ClonedMessage message) = 0;
  // Closes `port` (and, after the latency, its other end).
  virtual void ClosePort(Agent& from, PortId port) = 0;
  // worker.terminate() (signal empty) or child.kill(signal).
  virtual void Terminate(Agent& from, std::uint16_t target, std::string signal) = 0;
  // A worker's console output: in Node it goes to the parent thread, which writes it when its
  // loop takes it (so a busy parent delays it). `origin` is the agent that printed it.
  virtual void ForwardOutput(Agent& from, std::uint16_t origin, std::uint16_t cause, bool is_error,
                             std::string text) = 0;
  // The parent wrote a chunk of worker `to`'s output: the worker may send its next one.
  virtual void AcknowledgeOutput(Agent& from, std::uint16_t to, bool is_error) = 0;
  // A SharedArrayBuffer exists: from now on agents may race on memory.
  virtual void NoteSharedMemory() = 0;
  // Atomics.wait: `agent` waits at (memory, byte index) until notified (or its timeout); and
  // stops waiting (it timed out). Atomics.notify wakes up to `count` waiters there, first come
  // first, and says how many.
  virtual void AtomicsWaitBegin(Agent& agent, const SharedBytes* memory, std::size_t byte_index) = 0;
  virtual void AtomicsWaitEnd(Agent& agent, const SharedBytes* memory, std::size_t byte_index) = 0;
  virtual double AtomicsNotify(Agent& from, const SharedBytes* memory, std::size_t byte_index, double count) = 0;
  // In parallel mode, the real time every agent's clock follows; null in deterministic mode.
  virtual const WallClock* Wall() const { return nullptr; }
};

}  // namespace th::runtime
