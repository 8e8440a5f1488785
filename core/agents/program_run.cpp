// [SECTION] index
//   Starting the run, and stepping it: the scheduler's choice, one slice at a time
//   Agents: spawning, starting, and what happens when one ends
//   Ports and messages
//   When nothing can happen any more: the stall and its reason
#include "agents/program_run.h"

#include <algorithm>
#include <limits>
#include <utility>

#include "agents/costs.h"

namespace th::agents {

using runtime::Agent;
using runtime::AgentIdentity;
using runtime::AgentKind;
using runtime::Inbound;
using runtime::PortId;

namespace {

SchedulerOptions MakeSchedulerOptions(const runtime::RunOptions& options) {
  SchedulerOptions scheduler;
  scheduler.seed = options.seed;
  scheduler.ns_per_instruction = options.ns_per_instruction;
  scheduler.lookahead_ns = kMessageLatencyNs;
  return scheduler;
}

// "a", "a and b", "a, b and c".
std::string JoinNames(const std::vector<std::string>& names) {
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i) {
    text += (i == 0 ? "" : (i + 1 == names.size() ? " and " : ", ")) + names[i];
  }
  return text;
}

}  // namespace

// [SECTION] Starting and stepping
ProgramRun::ProgramRun(std::vector<trace::SourceFile> files, runtime::RunOptions options, trace::Trace* trace,
                       runtime::OutputListener* output)
    : m_files(std::move(files)),
      m_options(options),
      m_threads_mode(AgentThread::kAvailable ? options.threads : runtime::AgentThreads::Cooperative),
      m_trace(trace),
      m_output(output),
      m_scheduler(MakeSchedulerOptions(options)) {
  if (m_threads_mode == runtime::AgentThreads::Parallel) PrepareForParallel();
}

ProgramRun::~ProgramRun() { StopThreads(); }

bool ProgramRun::Start(Diagnostic* error) {
  AgentIdentity identity;
  identity.id = 0;
  identity.kind = AgentKind::Main;
  identity.name = "main";
  identity.pid = 4242;
  identity.ppid = 4241;
  identity.filename = m_files.empty() ? "main.js" : m_files.front().name;
  runtime::SpawnRequest request;
  request.filename = identity.filename;
  request.source = m_files.empty() ? std::string() : m_files.front().text;
  AddAgent(identity, std::move(request), 0, std::nullopt, runtime::kNoPort);
  Slot& main = m_agents.front();
  main.started = true;
  if (m_files.empty()) {
    if (error) *error = Diagnostic{};
    main.agent->Kill(1);
    m_finished = true;
    return false;
  }
  bool loaded = false;
  OnAgentThread(0, [&] { loaded = main.agent->Load(main.request.source, main.request.filename, error); });
  if (!loaded) {
    AfterExit(0);
    m_finished = true;
  }
  return loaded;
}

bool ProgramRun::Advance(std::uint64_t budget) {
  return m_wall ? AdvanceInParallel() : AdvanceInTurns(budget);
}

// One slice after another, each for the agent the scheduler picks.
bool ProgramRun::AdvanceInTurns(std::uint64_t budget) {
  std::uint64_t used = 0;
  std::optional<Slice> slice = NextSlice(budget, used);
  while (slice) {
    // An agent's slices in a row run together on its thread: the baton moves only when the
    // scheduler picks another agent (a hand-off per slice made a lone agent's timers slow).
    OnAgentThread(slice->agent, [&] {
      const std::uint16_t agent = slice->agent;
      do {
        RunSlice(*slice, used);
        slice = NextSlice(budget, used);
      } while (slice && slice->agent == agent);
    });
  }
  m_instructions += used;
  return m_finished;
}

// The scheduler's next choice; nothing once the budget is used up or the run is over.
std::optional<Slice> ProgramRun::NextSlice(std::uint64_t budget, std::uint64_t used) {
  if (m_finished || used >= budget) return std::nullopt;
  m_candidates.clear();
  for (std::uint16_t id = 0; id < m_agents.size(); ++id) {
    const Slot& slot = m_agents[id];
    if (slot.agent->Exited()) continue;
    Candidate candidate;
    candidate.agent = id;
    if (!slot.started) {
      candidate.ready_ns = slot.start_ns;
    } else if (slot.agent->IsWaiting()) {
      candidate.ready_ns = slot.agent->NextWakeNs(kWakeLatencyNs);
    } else {
      candidate.ready_ns = slot.agent->NowNs();
      candidate.running = true;
    }
    m_candidates.push_back(candidate);
  }
  if (m_candidates.empty()) {
    m_finished = true;
    return std::nullopt;
  }
  std::optional<Slice> slice = m_scheduler.Next(m_candidates, budget - used, m_shared_memory);
  if (!slice) Stall();
  return slice;
}

// On the agent's own thread, or on the caller's.
void ProgramRun::RunSlice(const Slice& slice, std::uint64_t& used) {
  Slot& slot = m_agents[slice.agent];
  if (!slot.started) {
    StartAgent(slot);
  } else if (slot.agent->IsWaiting()) {
    slot.agent->WakeAt(slice.start_ns);
  }
  std::uint64_t slice_used = 0;
  if (!slot.agent->Exited()) slot.agent->Advance(slice.budget, slice.horizon_ns, slice_used);
  if (slot.agent->Exited()) AfterExit(slice.agent);
  // A slice that ran nothing still counts, so a run always moves towards its budget.
  used += std::max<std::uint64_t>(slice_used, 1);
}

// With the baton, `work` runs on the agent's own thread while this one waits: still one agent
// at a time, in the scheduler's order. Threads are made as agents first need them.
void ProgramRun::OnAgentThread(std::uint16_t id, const std::function<void()>& work) {
  if (m_threads_mode != runtime::AgentThreads::Baton) {
    work();
    return;
  }
  AgentThread* thread = nullptr;
  try {
    if constexpr (AgentThread::kMaxThreads != 0) {
      thread = &AgentThread::Shared(id % AgentThread::kMaxThreads);
    } else {
      while (m_threads.size() <= id) m_threads.push_back(std::make_unique<AgentThread>());
      thread = m_threads[id].get();
    }
  } catch (const std::runtime_error&) {
    work();  // the system gave no more threads: this agent's turn runs here, the same run
    return;
  }
  if (thread->RunSlice(work)) {
    ++m_handoffs;
  } else {
    work();  // a parallel run holds this shared thread for an agent: this turn runs here
  }
}

void ProgramRun::RunToEnd() {
  while (!Advance(1'000'000)) {
  }
}

std::size_t ProgramRun::AgentCount() const {
  const auto lock = Guard();
  return m_agents.size();
}

int ProgramRun::ExitCode() const {
  if (m_agents.empty()) return 1;
  return m_agents.front().agent->ExitCode();
}

// [SECTION] Agents
std::uint16_t ProgramRun::AddAgent(AgentIdentity identity, runtime::SpawnRequest request, std::int64_t start_ns,
                                   std::optional<std::uint16_t> parent, PortId parent_end) {
  const auto id = static_cast<std::uint16_t>(m_agents.size());
  identity.id = id;
  Slot slot;
  slot.agent = std::make_unique<Agent>(identity, m_options, m_trace, m_output, this);
  if (m_wall) slot.agent->InterruptWorkWith(slot.interrupt_work.get());
  slot.request = std::move(request);
  slot.start_ns = start_ns;
  slot.parent = parent;
  slot.parent_end = parent_end;
  m_agents.push_back(std::move(slot));
  return id;
}

std::optional<runtime::SpawnedAgent> ProgramRun::Spawn(Agent& parent, runtime::SpawnRequest request, std::string* error) {
  const auto lock = Guard();
  if (m_agents.size() >= m_options.max_agents) {
    *error = "Threadhouse stopped creating workers and processes: this run already has " +
             std::to_string(m_options.max_agents) + " of them";
    return std::nullopt;
  }
  const AgentIdentity& from = parent.Identity();
  const bool is_process = request.kind == AgentKind::Process;
  AgentIdentity identity;
  identity.kind = request.kind;
  identity.filename = request.filename;
  identity.argv = request.argv;
  identity.worker_data = request.worker_data;
  if (is_process) {
    identity.pid = m_next_pid++;
    identity.ppid = from.pid;
    identity.thread_id = 0;
    identity.name = "child " + std::to_string(identity.pid);
  } else {
    identity.pid = from.pid;
    identity.ppid = from.ppid;
    identity.thread_id = m_next_thread_id++;
    identity.name = request.name.empty() ? "worker " + std::to_string(identity.thread_id) : request.name;
  }
  const auto id = static_cast<std::uint16_t>(m_agents.size());
  // A channel between parent and child: the parent's end is its Worker / ChildProcess.
  const PortId parent_end = NewPort(from.id, PortRole::ChildHandle);
  const PortId child_end = NewPort(id, PortRole::ParentLink);
  m_ports[parent_end].peer = child_end;
  m_ports[child_end].peer = parent_end;
  identity.parent_port = child_end;
  const std::int64_t start = parent.NowNs() + (is_process ? kProcessStartNs : kWorkerStartNs);
  const std::string name = identity.name;
  const int pid = identity.pid;
  const int thread_id = identity.thread_id;
  AddAgent(std::move(identity), std::move(request), start, from.id, parent_end);
  if (m_wall) Launch(id);
  if (m_trace) {
    m_trace->Append(trace::MakeEvent(trace::EventKind::AgentSpawn, parent.NowNs(), id, m_trace->Intern(name),
                                     static_cast<std::uint64_t>(pid), is_process ? 1 : 0, from.id));
  }
  return runtime::SpawnedAgent{id, pid, thread_id, parent_end};
}

// The agent begins: it compiles its file (a missing one is Node's MODULE_NOT_FOUND), and its
// parent hears that it is online.
void ProgramRun::StartAgent(Slot& slot) {
  {
    const auto lock = Guard();
    slot.started = true;
  }
  Agent& agent = *slot.agent;
  agent.WakeAt(slot.start_ns);
  agent.AddPort(agent.Identity().parent_port, false);
  const runtime::SpawnRequest& request = slot.request;
  bool loaded = false;
  if (request.source.empty() && request.filename != "[worker eval]" && !FindFile(request.filename)) {
    agent.FailMissingModule(request.filename);
  } else {
    loaded = agent.Load(request.source, request.filename, nullptr);
  }
  if (loaded && slot.parent) {
    Inbound online;
    online.kind = agent.Identity().kind == AgentKind::Process ? Inbound::Kind::Spawned : Inbound::Kind::Online;
    online.arrival_ns = agent.NowNs() + kMessageLatencyNs;
    online.from = agent.Identity().id;
    online.port = slot.parent_end;
    online.handle = slot.parent_end;
    online.internal = true;
    online.label = agent.Identity().name + (online.kind == Inbound::Kind::Online ? " is online" : " has started");
    Send(*slot.parent, std::move(online));
  }
}

// An agent ended: its parent hears it (a worker's uncaught error first), the other ends of its
// ports are closed, and if it was a process's main thread, the process's workers end with it.
void ProgramRun::AfterExit(std::uint16_t id) {
  const auto lock = Guard();
  Slot& slot = m_agents[id];
  if (slot.reported_exit) return;
  slot.reported_exit = true;
  Agent& agent = *slot.agent;
  const AgentIdentity& identity = agent.Identity();
  const std::int64_t now = agent.NowNs();
  if (slot.parent && !Ended(*slot.parent)) {
    if (agent.UncaughtForParent()) {
      Inbound error;
      error.kind = Inbound::Kind::Error;
      error.arrival_ns = now + kMessageLatencyNs;
      error.from = id;
      error.port = slot.parent_end;
      error.handle = slot.parent_end;
      error.internal = true;
      error.message = *agent.UncaughtForParent();
      error.label = identity.name + " threw " + error.message.preview;
      Send(*slot.parent, std::move(error));
    }
    Inbound exit;
    exit.kind = Inbound::Kind::Exit;
    exit.arrival_ns = now + (identity.kind == AgentKind::Process ? kProcessExitNs : kWorkerExitNs);
    exit.from = id;
    exit.port = slot.parent_end;
    exit.handle = slot.parent_end;
    exit.exit_code = agent.ExitCode();
    exit.signal = agent.ExitSignal();
    exit.label = identity.name + " exited with code " + std::to_string(agent.ExitCode());
    Send(*slot.parent, std::move(exit));
  }
  // Its ports close; the other ends hear it (its parent link is covered by the exit above).
  for (PortId port = 0; port < m_ports.size(); ++port) {
    Port& record = m_ports[port];
    if (record.owner != id || !record.open) continue;
    record.open = false;
    if (record.role == PortRole::ParentLink || record.peer == runtime::kNoPort) continue;
    Port& peer = m_ports[record.peer];
    if (!peer.open) continue;
    if (record.role == PortRole::ChildHandle) {
      // The parent is gone: its child process is disconnected.
      if (m_agents[peer.owner].agent->Identity().kind != AgentKind::Process) continue;
      Inbound closed;
      closed.kind = Inbound::Kind::PortClosed;
      closed.arrival_ns = now + kMessageLatencyNs;
      closed.from = id;
      closed.port = record.peer;
      closed.handle = record.peer;
      closed.label = identity.name + " is gone";
      Send(peer.owner, std::move(closed));
      continue;
    }
    Inbound closed;
    closed.kind = Inbound::Kind::PortClosed;
    closed.arrival_ns = now + kMessageLatencyNs;
    closed.from = id;
    closed.port = record.peer;
    closed.handle = record.peer;
    closed.label = "the other end of the channel closed";
    Send(peer.owner, std::move(closed));
  }
  // A process's main thread ending ends the process: its workers stop at once. A worker ending
  // takes the workers it started with it.
  for (std::uint16_t other = 0; other < m_agents.size(); ++other) {
    Slot& candidate = m_agents[other];
    if (other == id || Ended(other) || candidate.agent->Identity().kind != AgentKind::Worker) continue;
    const bool same_process = identity.kind != AgentKind::Worker && candidate.agent->Identity().pid == identity.pid;
    const bool started_by_it = candidate.parent == id;
    if (!same_process && !started_by_it) continue;
    if (m_wall) {
      // It runs on its own thread: it stops there, and reports as below, when it sees this.
      candidate.kill_code = 1;
      candidate.interrupt_work->store(true);
      candidate.reported_exit = same_process;
      candidate.wake->notify_all();
      continue;
    }
    candidate.agent->WakeAt(now);
    candidate.agent->Kill(1);
    candidate.reported_exit = same_process;  // nobody is left in its process to tell
    AfterExit(other);
  }
}

void ProgramRun::Terminate(Agent& from, std::uint16_t target, std::string signal) {
  const auto lock = Guard();
  if (target >= m_agents.size() || Ended(target)) return;
  Inbound stop;
  stop.kind = Inbound::Kind::Terminate;
  stop.arrival_ns = from.NowNs() + kMessageLatencyNs;
  stop.from = from.Identity().id;
  stop.signal = std::move(signal);
  Slot& slot = m_agents[target];
  if (!slot.started && m_wall) {
    slot.kill_code = stop.signal.empty() ? 1 : 143;  // its thread ends it, unstarted
    slot.wake->notify_all();
    return;
  }
  if (!slot.started) {
    // Stopped before it began: it never runs.
    slot.started = true;
    slot.agent->WakeAt(stop.arrival_ns);
    slot.agent->Kill(stop.signal.empty() ? 1 : 143);
    AfterExit(target);
    return;
  }
  Send(target, std::move(stop));
}

// [SECTION] Ports and messages
const trace::SourceFile* ProgramRun::FindFile(std::string_view name) const {
  const std::string plain = runtime::ProgramFileName(name);
  for (const trace::SourceFile& file : m_files) {
    if (file.name == plain || runtime::ProgramFileName(file.name) == plain) return &file;
  }
  return nullptr;
}

PortId ProgramRun::NewPort(std::uint16_t owner, PortRole role) {
  m_ports.push_back(Port{owner, runtime::kNoPort, role, true});
  return static_cast<PortId>(m_ports.size() - 1);
}

std::pair<PortId, PortId> ProgramRun::NewChannel(Agent& owner) {
  const auto lock = Guard();
  const PortId first = NewPort(owner.Identity().id, PortRole::Channel);
  const PortId second = NewPort(owner.Identity().id, PortRole::Channel);
  m_ports[first].peer = second;
  m_ports[second].peer = first;
  return {first, second};
}

void ProgramRun::Post(Agent& from, PortId port, runtime::ClonedMessage message) {
  const auto lock = Guard();
  if (port >= m_ports.size() || !m_ports[port].open) return;
  const Port& sender = m_ports[port];
  if (sender.peer == runtime::kNoPort || !m_ports[sender.peer].open) return;
  const Port& receiver = m_ports[sender.peer];
  if (Ended(receiver.owner)) return;
  Inbound inbound;
  inbound.kind = Inbound::Kind::Message;
  inbound.arrival_ns = from.NowNs() + kMessageLatencyNs;
  inbound.from = from.Identity().id;
  inbound.port = sender.peer;
  inbound.handle = sender.peer;
  inbound.message_id = m_next_message++;
  inbound.label = "message from " + from.Identity().name + ": " + message.preview;
  if (m_trace) {
    m_trace->Append(trace::MakeEvent(trace::EventKind::MessageSend, from.NowNs(), receiver.owner,
                                     m_trace->Intern(message.preview), inbound.message_id, 0, from.Identity().id));
  }
  inbound.message = std::move(message);
  Send(receiver.owner, std::move(inbound));
}

// Closing one end: the other end closes too, except a parent's handle on its child, which
// stays until the child ends (a Worker keeps its thread alive; a ChildProcess hears
// 'disconnect' but still waits for its exit).
void ProgramRun::ClosePort(Agent& from, PortId port) {
  const auto lock = Guard();
  if (port >= m_ports.size() || !m_ports[port].open) return;
  Port& record = m_ports[port];
  record.open = false;
  if (record.peer == runtime::kNoPort || !m_ports[record.peer].open) return;
  const Port& peer = m_ports[record.peer];
  Inbound closed;
  closed.kind = Inbound::Kind::PortClosed;
  closed.arrival_ns = from.NowNs() + kMessageLatencyNs;
  closed.from = from.Identity().id;
  closed.port = record.peer;
  closed.handle = record.peer;
  closed.label = from.Identity().name + " closed its end";
  if (peer.role == PortRole::ChildHandle) {
    if (from.Identity().kind != AgentKind::Process) return;
    closed.kind = Inbound::Kind::Disconnect;
    closed.label = from.Identity().name + " disconnected";
  }
  Send(peer.owner, std::move(closed));
}

void ProgramRun::ForwardOutput(Agent& from, std::uint16_t origin, std::uint16_t cause, bool is_error,
                               std::string text) {
  const auto lock = Guard();
  const Slot& slot = m_agents[from.Identity().id];
  if (!slot.parent || Ended(*slot.parent)) return;  // nobody left to print it
  Inbound output;
  output.kind = Inbound::Kind::Output;
  output.arrival_ns = from.NowNs() + kMessageLatencyNs;
  output.from = origin;  // the line keeps the worker that printed it, whoever passes it on
  output.cause = cause;
  output.port = from.Identity().id;  // who to acknowledge
  output.handle = slot.parent_end;
  output.internal = true;
  output.exit_code = is_error ? 1 : 0;
  output.message.bytes = std::move(text);
  Send(*slot.parent, std::move(output));
}

void ProgramRun::AcknowledgeOutput(Agent& from, std::uint16_t to, bool is_error) {
  const auto lock = Guard();
  if (to >= m_agents.size() || Ended(to)) return;
  Inbound ack;
  ack.kind = Inbound::Kind::OutputAck;
  ack.arrival_ns = from.NowNs() + kMessageLatencyNs;
  ack.from = from.Identity().id;
  ack.exit_code = is_error ? 1 : 0;
  ack.handle = m_agents[to].agent->Identity().parent_port;
  ack.internal = true;
  Send(to, std::move(ack));
}

void ProgramRun::Send(std::uint16_t to, Inbound inbound) {
  const auto lock = Guard();
  inbound.sequence = m_next_sequence++;
  Slot& slot = m_agents[to];
  if (m_wall) {
    if (inbound.kind == Inbound::Kind::Terminate) slot.interrupt_work->store(true);
    slot.mailbox.push_back(std::move(inbound));  // its own thread delivers it
    slot.wake->notify_all();
    return;
  }
  slot.agent->Deliver(std::move(inbound));
}

// Whether agent `id` has ended, as another agent may ask it.
bool ProgramRun::Ended(std::uint16_t id) const {
  return m_wall ? m_agents[id].ended : m_agents[id].agent->Exited();
}

// [SECTION] Shared memory
void ProgramRun::NoteSharedMemory() {
  const auto lock = Guard();
  m_shared_memory = true;
}

void ProgramRun::AtomicsWaitBegin(Agent& agent, const SharedBytes* memory, std::size_t byte_index) {
  const auto lock = Guard();
  m_atomics_waiters[{memory, byte_index}].push_back(agent.Identity().id);
}

void ProgramRun::AtomicsWaitEnd(Agent& agent, const SharedBytes* memory, std::size_t byte_index) {
  const auto lock = Guard();
  auto found = m_atomics_waiters.find({memory, byte_index});
  if (found == m_atomics_waiters.end()) return;
  std::erase(found->second, agent.Identity().id);
}

// Wakes the earliest waiters; they go on once the notice has reached them.
double ProgramRun::AtomicsNotify(Agent& from, const SharedBytes* memory, std::size_t byte_index, double count) {
  const auto lock = Guard();
  auto found = m_atomics_waiters.find({memory, byte_index});
  if (found == m_atomics_waiters.end()) return 0;
  double woken = 0;
  std::deque<std::uint16_t>& waiters = found->second;
  while (!waiters.empty() && woken < count) {
    const std::uint16_t id = waiters.front();
    waiters.pop_front();
    if (Ended(id)) continue;
    if (m_wall) {
      m_agents[id].atomics_wake_ns = from.NowNs() + kMessageLatencyNs;
      m_agents[id].wake->notify_all();
    } else {
      m_agents[id].agent->WakeFromAtomicsWait(from.NowNs() + kMessageLatencyNs);
    }
    ++woken;
  }
  return woken;
}

// [SECTION] Stalls
// Every agent alive waits for something that cannot come. Node would keep waiting; the run ends
// here, and says who is listening and who waits for whom:
//   "worker 1 and worker 2 are still listening for messages, so main keeps waiting for them."
void ProgramRun::Stall() {
  const auto lock = Guard();
  std::vector<std::string> listeners;
  std::vector<std::pair<std::string, std::vector<std::string>>> waiters;  // (agent, what it waits for)
  for (std::uint16_t id = 0; id < m_agents.size(); ++id) {
    const Agent& agent = *m_agents[id].agent;
    if (agent.Exited()) continue;
    std::vector<std::string> children;
    bool listening = false;
    for (PortId port = 0; port < m_ports.size(); ++port) {
      const Port& record = m_ports[port];
      if (record.owner != id || !record.open || !agent.PortKeepsAlive(port)) continue;
      if (record.role == PortRole::ChildHandle && record.peer != runtime::kNoPort) {
        children.push_back(m_agents[m_ports[record.peer].owner].agent->Identity().name);
      } else {
        listening = true;
      }
    }
    if (listening) listeners.push_back(agent.Identity().name);
    if (!children.empty()) waiters.emplace_back(agent.Identity().name, std::move(children));
  }
  std::string reason;
  if (!listeners.empty()) {
    reason = JoinNames(listeners) + (listeners.size() == 1 ? " is" : " are") + " still listening for messages";
  }
  for (const auto& [waiter, children] : waiters) {
    const bool all_listeners = children == listeners;
    reason += reason.empty() ? waiter + " keeps waiting for " + JoinNames(children)
                             : (all_listeners ? ", so " + waiter + " keeps waiting for " + (children.size() == 1 ? "it" : "them")
                                              : ", and " + waiter + " keeps waiting for " + JoinNames(children));
  }
  if (reason.empty()) reason = "every thread is waiting and nothing can wake it";
  std::vector<std::string> threadless;  // parallel mode, out of threads (a page has a few)
  for (const Slot& slot : m_agents) {
    if (slot.waits_for_thread) threadless.push_back(slot.agent->Identity().name);
  }
  if (!threadless.empty()) {
    reason += "; " + JoinNames(threadless) + (threadless.size() == 1 ? " never got a thread" : " never got threads") +
              ", as every thread " + (AgentThread::kMaxThreads != 0 ? "this page has" : "the run may use") +
              " is held by an agent that waits (Take turns runs any number of agents)";
  }
  m_stall_reason = "Nothing more can happen: " + reason +
                   (m_options.profile == trace::Profile::Browser ? ". A browser would keep them open until the tab is closed."
                                                                   : ". Node would keep running until you stop it (Ctrl+C).");
  if (m_trace) {
    m_trace->Append(trace::MakeEvent(trace::EventKind::RunEnd, m_agents.front().agent->NowNs(),
                                     m_trace->Intern(m_stall_reason)));
  }
  m_finished = true;
}

}  // namespace th::agents
