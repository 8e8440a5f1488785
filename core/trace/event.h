#pragma once
// One observable transition of a run, as producers make it and readers get it back
// (Trace::At). Fixed size, so any event is found by its index (its sequence number); the trace
// stores it packed in 24 bytes (event_store.h), so a run of millions of events stays compact.

#include <cstdint>

#include "trace/event_kinds.h"

namespace th::trace {

struct Event {
  std::int64_t time_ns = 0;  // virtual time when it happened
  std::uint64_t c = 0;       // kind-specific (event_kinds.h): a time or a string id
  std::uint32_t a = 0;       // kind-specific
  std::uint32_t b = 0;       // kind-specific
  std::uint32_t d = 0;       // kind-specific
  std::uint16_t agent = 0;   // which agent it happened on (0 = main)
  EventKind kind = EventKind::ScriptStart;
  std::uint8_t reserved = 0;
};
static_assert(sizeof(Event) == 32, "an unpacked event is 32 bytes (the trace stores 24: event_store.h)");

// An event with its fields named in the order event_kinds.h documents them.
inline Event MakeEvent(EventKind kind, std::int64_t time_ns, std::uint32_t a = 0, std::uint32_t b = 0,
                       std::uint64_t c = 0, std::uint32_t d = 0, std::uint16_t agent = 0) {
  Event event;
  event.kind = kind;
  event.time_ns = time_ns;
  event.a = a;
  event.b = b;
  event.c = c;
  event.d = d;
  event.agent = agent;
  return event;
}

}  // namespace th::trace
