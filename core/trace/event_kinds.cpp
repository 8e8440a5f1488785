#include "trace/event_kinds.h"

namespace th::trace {

std::string_view EventKindName(EventKind kind) {
  switch (kind) {
#define TH_TRACE_NAME(name, json, payload, strings) \
  case EventKind::name:                             \
    return json;
    TH_TRACE_EVENT_KINDS(TH_TRACE_NAME)
#undef TH_TRACE_NAME
  }
  return "unknown";
}

unsigned EventStringFields(EventKind kind) {
  switch (kind) {
#define TH_TRACE_STRINGS(name, json, payload, strings) \
  case EventKind::name:                                \
    return strings;
    TH_TRACE_EVENT_KINDS(TH_TRACE_STRINGS)
#undef TH_TRACE_STRINGS
  }
  return 0;
}

}  // namespace th::trace
