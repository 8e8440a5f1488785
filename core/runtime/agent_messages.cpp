// What reaches an agent from the rest of its run (Inbound): messages on its ports, its children
// coming online, failing and exiting. Each is a task of the poll phase (a page: of its task
// queue), handed to the host script's dispatch, which emits the event the program listens for.
#include <algorithm>
#include <tuple>

#include "runtime/agent.h"

namespace th::runtime {

namespace {

constexpr std::uint32_t kPollQueue = 2;
constexpr std::uint32_t kBrowserTaskQueue = 0;
// Queue item ids for arrivals, apart from the ids timers and immediates take (those follow
// Node's async ids).
constexpr std::uint32_t kInboundItemBase = 0x80000000u;

const char* ReasonFor(Inbound::Kind kind) {
  switch (kind) {
    case Inbound::Kind::Message: return "a message arrived";
    case Inbound::Kind::PortClosed: return "the other end closed its port";
    case Inbound::Kind::Online: return "the worker started running";
    case Inbound::Kind::Spawned: return "the child process started";
    case Inbound::Kind::Error: return "the worker threw an error nobody caught";
    case Inbound::Kind::Exit: return "it has ended";
    case Inbound::Kind::Disconnect: return "the child process disconnected";
    case Inbound::Kind::Output: return "a worker printed";
    case Inbound::Kind::OutputAck: return "the parent took the worker's output";
    case Inbound::Kind::Terminate: return "it was told to stop";
  }
  return "";
}

}  // namespace

bool Agent::StartInbound(std::int64_t now_ns) {
  const auto order = [](const Inbound& inbound) {
    return std::make_tuple(inbound.handle, inbound.internal ? 0 : 1, inbound.sequence);
  };
  while (true) {
    auto next = m_inbox.end();
    for (auto it = m_inbox.begin(); it != m_inbox.end(); ++it) {
      if (it->kind == Inbound::Kind::Terminate || it->arrival_ns > now_ns) continue;
      if (next == m_inbox.end() || order(*it) < order(*next)) next = it;
    }
    if (next == m_inbox.end()) return false;
    Inbound inbound = std::move(*next);
    m_inbox.erase(next);
    if (inbound.kind == Inbound::Kind::Output) {
      // Node's parent thread writes a worker's output as it takes it (no program code runs),
      // and tells the worker it may send more.
      WriteFrom(inbound.from, inbound.cause, inbound.exit_code != 0, inbound.message.bytes);
      if (m_links) m_links->AcknowledgeOutput(*this, static_cast<std::uint16_t>(inbound.port), inbound.exit_code != 0);
      continue;
    }
    if (inbound.kind == Inbound::Kind::OutputAck) {
      WorkerStream& stream = m_worker_streams[inbound.exit_code != 0 ? 1 : 0];
      stream.awaiting_ack = false;
      std::vector<WorkerStream::Chunk> pending;
      pending.swap(stream.pending);
      for (WorkerStream::Chunk& chunk : pending) {
        SendWorkerOutput(chunk.origin, chunk.cause, inbound.exit_code != 0, std::move(chunk.text));
      }
      continue;
    }
    // A message to a port closed meanwhile is dropped, as Node drops it.
    auto port = m_ports.find(inbound.port);
    const bool to_open_port = port != m_ports.end() && port->second.open;
    const bool needs_open_port = inbound.kind == Inbound::Kind::Message || inbound.kind == Inbound::Kind::PortClosed ||
                                 inbound.kind == Inbound::Kind::Disconnect;
    if (needs_open_port && !to_open_port) continue;

    Vm& vm = *m_vm;
    const std::uint32_t queue = m_options.profile == trace::Profile::Browser ? kBrowserTaskQueue : kPollQueue;
    const std::uint32_t item = kInboundItemBase | static_cast<std::uint32_t>(inbound.sequence & 0x7FFFFFFF);
    if (inbound.kind == Inbound::Kind::Message) {
      m_recorder.Emit(trace::EventKind::MessageReceive, inbound.from, m_recorder.Intern(inbound.message.preview),
                      inbound.message_id);
    }
    m_recorder.Emit(trace::EventKind::TaskEnqueue, item, m_recorder.Intern(inbound.label),
                    m_recorder.Intern(ReasonFor(inbound.kind)), queue);
    m_recorder.Emit(trace::EventKind::TaskRun, item, 0, 0, queue);
    m_activity = Activity::Task;
    m_activity_item = item;
    m_activity_queue = queue;
    m_cause = inbound.from;
    switch (inbound.kind) {
      case Inbound::Kind::Message:
        if (inbound.message.error_report) {
          StartDispatch("error", inbound.from, DeserializeMessage(vm, inbound.message), Value::Undefined());
        } else {
          StartDispatch("message", inbound.port, DeserializeMessage(vm, inbound.message), Value::Undefined());
        }
        break;
      case Inbound::Kind::PortClosed:
        port->second.open = false;
        port->second.ref = false;
        StartDispatch("close", inbound.port, Value::Undefined(), Value::Undefined());
        break;
      case Inbound::Kind::Online:
        StartDispatch("online", inbound.from, Value::Undefined(), Value::Undefined());
        break;
      case Inbound::Kind::Spawned:
        StartDispatch("spawn", inbound.from, Value::Undefined(), Value::Undefined());
        break;
      case Inbound::Kind::Error:
        StartDispatch("error", inbound.from, DeserializeMessage(vm, inbound.message), Value::Undefined());
        break;
      case Inbound::Kind::Exit: {
        // The child's port no longer keeps this loop alive.
        if (port != m_ports.end()) {
          port->second.open = false;
          port->second.ref = false;
        }
        const Value signal = inbound.signal.empty() ? Value::Undefined() : vm.Str(inbound.signal);
        StartDispatch("exit", inbound.from, Value::Number(inbound.exit_code), signal);
        break;
      }
      case Inbound::Kind::Disconnect:
        StartDispatch("disconnect", inbound.port, Value::Undefined(), Value::Undefined());
        break;
      case Inbound::Kind::Output:
      case Inbound::Kind::OutputAck:
      case Inbound::Kind::Terminate:
        break;
    }
    return true;
  }
}

// Calls the host script's dispatch(kind, id, value, extra) as the running task.
void Agent::StartDispatch(const char* kind, double id, Value value, Value extra) {
  Vm& vm = *m_vm;
  if (!m_host_exports) return;
  TempRoot keep_value(vm, value);
  TempRoot keep_extra(vm, extra);
  const Value dispatch = vm.Get(Value::Object(m_host_exports), vm.Intern("dispatch"));
  if (!Vm::IsCallable(dispatch)) return;
  TempRoot keep_dispatch(vm, dispatch);
  Value args[4] = {vm.Str(kind), Value::Number(id), value, extra};
  TempRoot keep_kind(vm, args[0]);
  vm.StartCall(dispatch, Value::Undefined(), args, 4);
}

}  // namespace th::runtime
