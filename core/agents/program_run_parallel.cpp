// Parallel mode (DESIGN.md §2, "threads, for real"): every agent lives on its own thread at
// once, against the wall clock. Nothing here is reproducible; what stays true is each agent's
// own order, FIFO per channel and happens-before through messages.
//
// An agent's thread is the only one that touches its Agent. What other agents do to it (a
// message, a stop, an Atomics.notify) goes into its slot's mailbox under the run's lock, and its
// own thread takes it from there between slices. A thread with nothing to do sleeps until its
// next timer or message; when every agent left sleeps with nothing on its way, the run has
// stalled, as in deterministic mode.
#include <algorithm>
#include <chrono>
#include <limits>
#include <stdexcept>

#include "agents/costs.h"
#include "agents/program_run.h"

namespace th::agents {

using runtime::Agent;

namespace {

// A parallel agent's slice: how many instructions it runs before it looks at its mailbox.
constexpr std::uint64_t kParallelSliceInstructions = 20'000;
// How long Advance waits for a parallel run to finish before it returns to its caller (the
// desktop app's frame, the CLI's timeout check). A page's thread must not wait long: its frame
// is drawn meanwhile, and nothing of the page moves.
constexpr auto kAdvanceWait = std::chrono::milliseconds(AgentThread::kMaxThreads != 0 ? 4 : 20);

// Agents write from their own threads: one line at a time reaches the listener.
class LockedOutput final : public runtime::OutputListener {
 public:
  explicit LockedOutput(runtime::OutputListener* inner) : m_inner(inner) {}
  void Write(bool is_error, std::string_view text) override {
    std::lock_guard lock(m_mutex);
    m_inner->Write(is_error, text);
  }

 private:
  runtime::OutputListener* m_inner;
  std::mutex m_mutex;
};

}  // namespace

void ProgramRun::PrepareForParallel() {
  if constexpr (AgentThread::kMaxThreads != 0) AgentThread::Shared(0);  // made here, on the page's thread
  m_wall = std::make_unique<runtime::WallClock>();
  if (m_trace) m_trace->MakeConcurrent();
  if (m_output) {
    m_locked_output = std::make_unique<LockedOutput>(m_output);
    m_output = m_locked_output.get();
  }
}

std::unique_lock<std::recursive_mutex> ProgramRun::Guard() const {
  return m_wall ? std::unique_lock(m_lock) : std::unique_lock<std::recursive_mutex>();
}

// The caller's part: start the main thread's agent once, then wait a little for the end.
bool ProgramRun::AdvanceInParallel() {
  std::unique_lock lock(m_lock);
  if (!m_launched && !m_finished) {
    m_launched = true;
    Launch(0);
  }
  m_done.wait_for(lock, kAdvanceWait, [this] { return m_finished.load(); });
  return m_finished;
}

// Lock held. The agent gets a thread of its own (in a page, one of the shared ones); when there
// is none to have, it waits for an agent to end and leave its thread to it.
void ProgramRun::Launch(std::uint16_t id) {
  if (m_stopping) return;  // the run is being torn down: the agent never starts
  const auto life = [this, id] { LiveInParallel(id); };
  const std::size_t limit = m_options.max_parallel_threads;
  if (limit == 0 || m_living_threads < limit) {
    if constexpr (AgentThread::kMaxThreads != 0) {
      if (AgentThread* thread = AgentThread::StartShared(life)) {
        m_lent_threads.push_back(thread);
        ++m_living_threads;
        return;
      }
    } else {
      try {
        m_threads.push_back(std::make_unique<AgentThread>());
        m_threads.back()->Start(life);
        ++m_living_threads;
        return;
      } catch (const std::runtime_error&) {
        m_threads.pop_back();  // the system gives no more threads
      }
    }
  }
  m_agents[id].waits_for_thread = true;
  m_thread_queue.push_back(id);
}

bool ProgramRun::HasMail(const Slot& slot) const {
  return !slot.mailbox.empty() || slot.kill_code || slot.atomics_wake_ns;
}

// Lock held. What other agents handed this one; returns false if it was stopped.
bool ProgramRun::TakeMailbox(Slot& slot) {
  Agent& agent = *slot.agent;
  slot.interrupt_work->store(false);
  if (slot.kill_code) {
    agent.Kill(*slot.kill_code);
    slot.kill_code.reset();
    return false;
  }
  for (runtime::Inbound& inbound : slot.mailbox) {
    // A stop that has reached the agent's thread is due now: its busy work was cut short for it.
    if (inbound.kind == runtime::Inbound::Kind::Terminate) inbound.arrival_ns = std::min(inbound.arrival_ns, agent.NowNs());
    agent.Deliver(std::move(inbound));
  }
  slot.mailbox.clear();
  if (slot.atomics_wake_ns) {
    agent.WakeFromAtomicsWait(*slot.atomics_wake_ns);
    slot.atomics_wake_ns.reset();
  }
  return true;
}

// A thread's life in a parallel run: its agent's, then those of agents that waited for a thread.
void ProgramRun::LiveInParallel(std::uint16_t id) {
  for (;;) {
    LiveOneAgent(id);
    std::unique_lock lock(m_lock);
    if (m_stopping || m_thread_queue.empty()) {
      --m_living_threads;
      return;
    }
    id = m_thread_queue.front();
    m_thread_queue.pop_front();
    m_agents[id].waits_for_thread = false;
  }
}

// One agent's whole life on a thread.
void ProgramRun::LiveOneAgent(std::uint16_t id) {
  Slot* slot = nullptr;
  {
    std::unique_lock lock(m_lock);
    slot = &m_agents[id];
    // A worker or process takes its start-up time, unless it is stopped first.
    slot->wake->wait_until(lock, m_wall->At(slot->start_ns), [&] { return m_stopping || slot->kill_code; });
    if (m_stopping) return;
    if (!slot->started && slot->kill_code) {
      slot->started = true;
      TakeMailbox(*slot);
    }
  }
  Agent& agent = *slot->agent;
  if (!slot->started) StartAgent(*slot);
  while (!agent.Exited()) {
    {
      std::unique_lock lock(m_lock);
      if (m_stopping) return;
      if (!TakeMailbox(*slot)) break;
      if (agent.IsWaiting()) {
        const std::optional<std::int64_t> wake = agent.NextWakeNs(kWakeLatencyNs);
        if (!wake || *wake > m_wall->NowNs()) {
          // Asleep until its next event is due, or until another agent hands it something.
          slot->idle = !wake;
          if (slot->idle) CheckQuiescent();
          const auto woken = [&] { return m_stopping || HasMail(*slot); };
          if (wake) {
            slot->wake->wait_until(lock, m_wall->At(*wake), woken);
          } else {
            slot->wake->wait(lock, woken);
          }
          slot->idle = false;
          continue;
        }
      }
    }
    std::uint64_t used = 0;
    agent.Advance(kParallelSliceInstructions, std::numeric_limits<std::int64_t>::max(), used);
    m_instructions.fetch_add(std::max<std::uint64_t>(used, 1), std::memory_order_relaxed);
  }
  const auto lock = Guard();
  AfterExit(id);
  slot->ended = true;
  CheckQuiescent();
}

// Lock held. The run is over when every agent has ended, and stalled when every agent left
// sleeps with nothing on its way to it (nor a start or a stop pending).
void ProgramRun::CheckQuiescent() {
  if (m_finished) return;
  bool any_alive = false;
  for (const Slot& slot : m_agents) {
    if (slot.ended || slot.waits_for_thread) continue;
    any_alive = true;
    if (!slot.idle || HasMail(slot)) return;
  }
  if (any_alive) Stall();
  m_finished = true;
  m_stopping = true;
  for (Slot& slot : m_agents) slot.wake->notify_all();
  m_done.notify_all();
}

// Before the agents go: every thread stops where it is (busy work too) and is joined.
void ProgramRun::StopThreads() {
  if (m_wall) {
    {
      const auto lock = Guard();
      m_stopping = true;
      for (Slot& slot : m_agents) slot.wake->notify_all();
    }
    m_wall->Stop();
  }
  for (AgentThread* thread : m_lent_threads) thread->WaitForLife();
  m_threads.clear();
}

}  // namespace th::agents
