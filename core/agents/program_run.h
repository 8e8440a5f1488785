#pragma once
// One run of a program: its agents (the main thread, the workers and child processes it
// starts), the channels between them, and the scheduler that decides who runs next (DESIGN.md
// §2-3). The run is computed in slices, so the caller decides how long each slice takes.
//
// A run ends when every agent has ended, or when nothing can ever happen again: every agent
// still alive waits for a message nobody can send (Node would wait forever there; StallReason
// says why, in a learner's words).
//
// Where the agents run (RunOptions::threads): all on the caller's thread (cooperative); each on
// its own thread, one at a time, handed the baton by the scheduler (the same run, byte for
// byte); or each on its own thread at once, against the wall clock (parallel: nothing is
// reproducible, and the trace may only be read once the run is over).

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "agents/agent_thread.h"
#include "agents/scheduler.h"
#include "lang/diagnostic.h"
#include "runtime/agent.h"
#include "runtime/agent_links.h"
#include "runtime/run_options.h"
#include "runtime/virtual_clock.h"
#include "trace/trace.h"

namespace th::agents {

class ProgramRun final : public runtime::AgentLinks {
 public:
  // `trace` (may be null: nothing is recorded) and `output` (may be null) must outlive the run.
  ProgramRun(std::vector<trace::SourceFile> files, runtime::RunOptions options, trace::Trace* trace,
             runtime::OutputListener* output);
  ~ProgramRun() override;

  // Compiles the entry file (the first one). On a syntax error returns false with the
  // diagnostic; the run is then finished with exit code 1, as node's would be.
  bool Start(Diagnostic* error = nullptr);

  // Computes at most about `budget` VM instructions more. Returns true once the run is over.
  bool Advance(std::uint64_t budget);
  // Runs to the end.
  void RunToEnd();

  bool Finished() const { return m_finished; }
  // The main process's exit code, as node's would be.
  int ExitCode() const;
  std::uint64_t InstructionsUsed() const { return m_instructions.load(std::memory_order_relaxed); }
  // How often the baton passed to an agent's thread (for the benchmark).
  std::uint64_t BatonHandOffs() const { return m_handoffs; }
  // Where the agents run (cooperative where the build has no threads).
  runtime::AgentThreads Threads() const { return m_threads_mode; }
  // Why the run ended with agents still alive ("worker 1 is still listening for messages ..."),
  // or empty when every agent ended.
  const std::string& StallReason() const { return m_stall_reason; }
  std::size_t AgentCount() const;

  // AgentLinks
  const trace::SourceFile* FindFile(std::string_view name) const override;
  std::optional<runtime::SpawnedAgent> Spawn(runtime::Agent& parent, runtime::SpawnRequest request,
                                             std::string* error) override;
  std::pair<runtime::PortId, runtime::PortId> NewChannel(runtime::Agent& owner) override;
  void Post(runtime::Agent& from, runtime::PortId port, runtime::ClonedMessage message) override;
  void ClosePort(runtime::Agent& from, runtime::PortId port) override;
  void Terminate(runtime::Agent& from, std::uint16_t target, std::string signal) override;
  void ForwardOutput(runtime::Agent& from, std::uint16_t origin, std::uint16_t cause, bool is_error,
                     std::string text) override;
  void AcknowledgeOutput(runtime::Agent& from, std::uint16_t to, bool is_error) override;
  void NoteSharedMemory() override;
  void AtomicsWaitBegin(runtime::Agent& agent, const SharedBytes* memory, std::size_t byte_index) override;
  void AtomicsWaitEnd(runtime::Agent& agent, const SharedBytes* memory, std::size_t byte_index) override;
  double AtomicsNotify(runtime::Agent& from, const SharedBytes* memory, std::size_t byte_index, double count) override;
  const runtime::WallClock* Wall() const override { return m_wall.get(); }

 private:
  // What a port is for: the Explain line and the stall reason speak of it.
  enum class PortRole : std::uint8_t {
    ChildHandle,  // a parent's end for its worker or child process (Worker, ChildProcess)
    ParentLink,   // a worker's parentPort, a child process's IPC channel to its parent
    Channel,      // a MessageChannel port
  };
  struct Port {
    std::uint16_t owner = 0;
    runtime::PortId peer = runtime::kNoPort;
    PortRole role = PortRole::Channel;
    bool open = true;
  };
  struct Slot {
    std::unique_ptr<runtime::Agent> agent;
    runtime::SpawnRequest request;   // what to load when it starts
    std::int64_t start_ns = 0;       // when it begins running
    bool started = false;
    bool reported_exit = false;      // its parent has been told
    std::optional<std::uint16_t> parent;
    runtime::PortId parent_end = runtime::kNoPort;  // the parent's port for this child
    // Parallel mode: what other threads hand this agent, for its own thread to take.
    std::deque<runtime::Inbound> mailbox;
    std::optional<int> kill_code;                 // its process ended, or it was stopped unstarted
    std::optional<std::int64_t> atomics_wake_ns;  // an Atomics.notify reached it
    bool idle = false;   // waits, and only something from another agent could wake it
    bool ended = false;  // exited, and its exit was handled
    bool waits_for_thread = false;  // there was no thread to start it on (Launch)
    std::unique_ptr<std::condition_variable_any> wake = std::make_unique<std::condition_variable_any>();
    // Set with a stop for it (kill_code, a Terminate in the mailbox): its busy work ends there.
    std::unique_ptr<std::atomic<bool>> interrupt_work = std::make_unique<std::atomic<bool>>(false);
  };

  std::uint16_t AddAgent(runtime::AgentIdentity identity, runtime::SpawnRequest request, std::int64_t start_ns,
                         std::optional<std::uint16_t> parent, runtime::PortId parent_end);
  void StartAgent(Slot& slot);
  void AfterExit(std::uint16_t id);
  void Send(std::uint16_t to, runtime::Inbound inbound);
  void Stall();
  runtime::PortId NewPort(std::uint16_t owner, PortRole role);
  bool Ended(std::uint16_t id) const;

  // Deterministic slices, on the caller's thread or with the baton on the agent's own.
  bool AdvanceInTurns(std::uint64_t budget);
  std::optional<Slice> NextSlice(std::uint64_t budget, std::uint64_t used);
  void RunSlice(const Slice& slice, std::uint64_t& used);
  void OnAgentThread(std::uint16_t id, const std::function<void()>& work);

  // Parallel mode (program_run_parallel.cpp).
  void PrepareForParallel();
  std::unique_lock<std::recursive_mutex> Guard() const;
  bool AdvanceInParallel();
  void Launch(std::uint16_t id);
  void LiveInParallel(std::uint16_t id);
  void LiveOneAgent(std::uint16_t id);
  bool TakeMailbox(Slot& slot);
  bool HasMail(const Slot& slot) const;
  void CheckQuiescent();
  void StopThreads();

  std::vector<trace::SourceFile> m_files;
  runtime::RunOptions m_options;
  runtime::AgentThreads m_threads_mode;
  trace::Trace* m_trace;
  std::unique_ptr<runtime::OutputListener> m_locked_output;  // parallel mode: one line at a time
  runtime::OutputListener* m_output;
  std::unique_ptr<runtime::WallClock> m_wall;  // parallel mode; the agents' clocks point to it
  Scheduler m_scheduler;
  std::vector<Candidate> m_candidates;  // NextSlice's, kept to spare an allocation per slice
  std::deque<Slot> m_agents;        // by agent id (a deque: slots stay put while agents are added)
  std::vector<Port> m_ports;        // by port id
  std::atomic<std::uint64_t> m_instructions{0};
  std::uint64_t m_next_sequence = 1;
  std::uint64_t m_handoffs = 0;
  std::uint32_t m_next_message = 1;
  int m_next_pid = 4243;
  int m_next_thread_id = 1;
  std::atomic<bool> m_finished{false};
  std::string m_stall_reason;
  bool m_shared_memory = false;  // a SharedArrayBuffer exists: slices get short and seeded
  // Who waits in Atomics.wait where, first come first.
  std::map<std::pair<const SharedBytes*, std::size_t>, std::deque<std::uint16_t>> m_atomics_waiters;

  // Parallel mode: one lock for everything agents share (the ports, the slots' mailboxes and
  // flags, the counters); recursive, as a callback may send while it handles another.
  mutable std::recursive_mutex m_lock;
  std::condition_variable_any m_done;  // the run finished
  bool m_launched = false;
  bool m_stopping = false;
  std::deque<std::uint16_t> m_thread_queue;  // agents waiting for a thread, first come first
  std::size_t m_living_threads = 0;          // threads living this run's agents now
  // Shared threads living this run's agents (a page's): StopThreads waits for them.
  std::vector<AgentThread*> m_lent_threads;
  // The agents' threads, declared last so they are joined before anything they use goes.
  std::vector<std::unique_ptr<AgentThread>> m_threads;
};

}  // namespace th::agents
