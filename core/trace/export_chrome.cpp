#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "trace/exporters.h"
#include "trace/trace.h"

namespace th::trace {

namespace {

class ChromeWriter {
 public:
  explicit ChromeWriter(const Trace& trace) : m_trace(trace) {}

  std::string Write() {
    m_out = "{\"displayTimeUnit\":\"ms\",\"otherData\":{\"clock\":\"virtual\"},\"traceEvents\":[\n";
    Metadata("process_name", 0, "Threadhouse run (virtual time)");
    Metadata("thread_name", 0, "main");
    std::int64_t last_ns = 0;
    for (std::size_t seq = 0; seq < m_trace.Size(); ++seq) {
      const Event event = m_trace.At(seq);
      last_ns = event.time_ns;
      Translate(event);
    }
    // A run that stopped inside a slice (an uncaught error) still gets balanced slices.
    for (auto& [agent, open] : m_open) {
      while (open > 0) {
        End(agent, last_ns);
        --open;
      }
    }
    m_out += "\n]}\n";
    return std::move(m_out);
  }

 private:
  void Translate(const Event& event) {
    switch (event.kind) {
      case EventKind::ScriptStart: Begin(event, "main script", "script"); break;
      case EventKind::TaskEnqueue:
        m_task_labels[{event.agent, event.a}] = std::string(m_trace.String(event.b));
        break;
      case EventKind::MicrotaskEnqueue:
        m_microtask_labels[{event.agent, event.a}] = std::string(m_trace.String(event.b));
        break;
      case EventKind::TaskRun: Begin(event, m_task_labels[{event.agent, event.a}], "task"); break;
      case EventKind::MicrotaskRun:
        Begin(event, m_microtask_labels[{event.agent, event.a}], event.d == 0 ? "nextTick" : "microtask");
        break;
      case EventKind::WorkBegin: Begin(event, "work", "work"); break;
      case EventKind::ScriptEnd:
      case EventKind::TaskEnd:
      case EventKind::MicrotaskEnd:
      case EventKind::WorkEnd:
        if (m_open[event.agent] > 0) {
          End(event.agent, event.time_ns);
          --m_open[event.agent];
        }
        break;
      case EventKind::Console:
        Instant(event, "console", m_trace.ConsoleLines()[event.a].text);
        break;
      case EventKind::Error: Instant(event, "uncaught error", m_trace.String(event.a)); break;
      case EventKind::RunEnd: Instant(event, "the run stops here", m_trace.String(event.a)); break;
      case EventKind::AgentSpawn:
        Metadata("thread_name", static_cast<std::uint16_t>(event.a), m_trace.String(event.b));
        break;
      default:
        break;
    }
  }

  void Separator() {
    if (!m_first) m_out += ",\n";
    m_first = false;
  }

  void Common(const char* phase, std::uint16_t agent, std::int64_t time_ns) {
    char head[96];
    std::snprintf(head, sizeof head, "{\"ph\":\"%s\",\"pid\":1,\"tid\":%u,\"ts\":%lld.%03lld", phase,
                  static_cast<unsigned>(agent), static_cast<long long>(time_ns / 1000),
                  static_cast<long long>(time_ns % 1000));
    m_out += head;
  }

  void Begin(const Event& event, std::string_view name, const char* category) {
    Separator();
    Common("B", event.agent, event.time_ns);
    m_out += ",\"name\":";
    AppendJsonString(m_out, name);
    m_out += ",\"cat\":\"";
    m_out += category;
    m_out += "\"}";
    ++m_open[event.agent];
  }

  void End(std::uint16_t agent, std::int64_t time_ns) {
    Separator();
    Common("E", agent, time_ns);
    m_out += "}";
  }

  void Instant(const Event& event, const char* name, std::string_view text) {
    Separator();
    Common("i", event.agent, event.time_ns);
    m_out += ",\"s\":\"t\",\"name\":\"";
    m_out += name;
    m_out += "\",\"args\":{\"text\":";
    AppendJsonString(m_out, text);
    m_out += "}}";
  }

  void Metadata(const char* name, std::uint16_t agent, std::string_view value) {
    Separator();
    m_out += "{\"ph\":\"M\",\"pid\":1,\"tid\":" + std::to_string(agent) + ",\"name\":\"" + name + "\",\"args\":{\"name\":";
    AppendJsonString(m_out, value);
    m_out += "}}";
  }

  const Trace& m_trace;
  std::string m_out;
  bool m_first = true;
  std::map<std::uint16_t, int> m_open;  // open slices per agent
  std::map<std::pair<std::uint16_t, std::uint32_t>, std::string> m_task_labels;
  std::map<std::pair<std::uint16_t, std::uint32_t>, std::string> m_microtask_labels;
};

}  // namespace

std::string ExportChromeTrace(const Trace& trace) { return ChromeWriter(trace).Write(); }

}  // namespace th::trace
