#pragma once
// How the trace stores an Event: packed into 24 bytes instead of 32. Nearly every event fits:
// its kind takes 6 bits, its agent 8, its d field (a line, a column, a queue index, a flag) 18,
// and c (a string id, a pid, a duration, or a due time stored relative to the event's own
// time) 32. An event that does not fit (a timer due more than 2.1 s later, the 256th agent, a
// column past 262143) is kept whole in a side list, and its packed slot points there: packing
// is lossless for every event.

#include <cstdint>
#include <limits>
#include <vector>

#include "trace/event.h"

namespace th::trace {

struct StoredEvent {
  std::int64_t time_ns;
  std::uint32_t a;
  std::uint32_t b;
  std::uint32_t c;    // c, or c - time_ns for the kinds whose c is a point in time
  std::uint32_t tag;  // kind | agent << 6 | d << 14; kind kEscapedKind: `a` indexes the side list
};
static_assert(sizeof(StoredEvent) == 24, "a stored event is 24 bytes (issue 4: <= 32 bytes per event in all)");

inline constexpr std::uint32_t kKindBits = 6;
inline constexpr std::uint32_t kAgentBits = 8;
inline constexpr std::uint32_t kDBits = 32 - kKindBits - kAgentBits;
inline constexpr std::uint32_t kEscapedKind = (1u << kKindBits) - 1;
static_assert(kEventKindCount < static_cast<int>(kEscapedKind), "event kinds must fit the stored tag");

// Kinds whose c field is a point in virtual time (stored relative to the event's time).
constexpr bool CIsTime(EventKind kind) { return kind == EventKind::TimerSet || kind == EventKind::IoBegin; }

inline Event UnpackFields(const StoredEvent& stored) {
  Event event;
  event.time_ns = stored.time_ns;
  event.a = stored.a;
  event.b = stored.b;
  event.kind = static_cast<EventKind>(stored.tag & kEscapedKind);
  event.agent = static_cast<std::uint16_t>((stored.tag >> kKindBits) & ((1u << kAgentBits) - 1));
  event.d = stored.tag >> (kKindBits + kAgentBits);
  event.c = CIsTime(event.kind)
                ? static_cast<std::uint64_t>(stored.time_ns) +
                      static_cast<std::uint64_t>(static_cast<std::int64_t>(static_cast<std::int32_t>(stored.c)))
                : stored.c;
  return event;
}

inline Event Unpack(const StoredEvent& stored, const std::vector<Event>& escaped) {
  if ((stored.tag & kEscapedKind) == kEscapedKind) return escaped[stored.a];
  return UnpackFields(stored);
}

inline EventKind StoredKind(const StoredEvent& stored, const std::vector<Event>& escaped) {
  const std::uint32_t kind = stored.tag & kEscapedKind;
  return kind == kEscapedKind ? escaped[stored.a].kind : static_cast<EventKind>(kind);
}

// Packs `event`; one that does not fit goes to `escaped`.
inline StoredEvent Pack(const Event& event, std::vector<Event>& escaped) {
  StoredEvent stored;
  stored.time_ns = event.time_ns;
  stored.a = event.a;
  stored.b = event.b;
  // (Unsigned arithmetic: wrapping is defined, and the check below catches what does not fit.)
  stored.c = static_cast<std::uint32_t>(CIsTime(event.kind) ? event.c - static_cast<std::uint64_t>(event.time_ns) : event.c);
  stored.tag = static_cast<std::uint32_t>(event.kind) | (static_cast<std::uint32_t>(event.agent) << kKindBits) |
               (event.d << (kKindBits + kAgentBits));
  const std::uint64_t c_stored = CIsTime(event.kind)
                                     ? static_cast<std::uint64_t>(static_cast<std::int64_t>(static_cast<std::int32_t>(stored.c))) +
                                           static_cast<std::uint64_t>(event.time_ns)
                                     : stored.c;
  const bool fits = static_cast<std::uint32_t>(event.kind) < kEscapedKind && c_stored == event.c &&
                    event.d < (1u << kDBits) && event.agent < (1u << kAgentBits) && event.reserved == 0;
  if (!fits) {
    stored.a = static_cast<std::uint32_t>(escaped.size());
    stored.tag = kEscapedKind;
    escaped.push_back(event);
  }
  return stored;
}

}  // namespace th::trace
