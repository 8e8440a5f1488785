#include "trace/timeline_index.h"

#include <algorithm>

#include "trace/trace.h"

namespace th::trace {

void TimelineIndex::Update(const Trace& trace) {
  if (m_trace != &trace || trace.Size() < m_read) *this = TimelineIndex{};
  m_trace = &trace;
  const std::size_t size = trace.Size();
  for (; m_read < size; ++m_read) Apply(trace, m_read);
  // What is still going on lasts until the newest event read.
  for (Lane& lane : m_lanes) {
    if (!lane.exited && !lane.spans.empty()) lane.spans.back().end_ns = m_end_ns;
    for (std::vector<Slice>* slices : {&lane.tasks, &lane.microtasks}) {
      if (!slices->empty() && slices->back().open) slices->back().end_ns = m_end_ns;
    }
  }
}

Lane& TimelineIndex::LaneOf(std::uint16_t agent, std::int64_t time_ns, std::uint32_t step) {
  while (m_lanes.size() <= agent) {
    Lane lane;
    lane.agent = static_cast<std::uint16_t>(m_lanes.size());
    // An agent exists from its first event (or its spawn) on, idle until it runs.
    lane.spans.push_back({time_ns, time_ns, step, LaneActivity::Idle});
    m_lanes.push_back(std::move(lane));
    m_tracks.emplace_back();
  }
  return m_lanes[agent];
}

void TimelineIndex::SetActivity(Lane& lane, LaneActivity activity, std::int64_t time_ns, std::uint32_t step) {
  if (lane.exited) return;
  LaneSpan& last = lane.spans.back();
  if (last.activity == activity) return;
  last.end_ns = time_ns;
  // A span that took no virtual time at all is replaced, not kept: it could never be seen.
  if (last.begin_ns == time_ns && lane.spans.size() > 1) {
    lane.spans.pop_back();
    if (lane.spans.back().activity == activity) return;
  }
  lane.spans.push_back({time_ns, time_ns, step, activity});
}

namespace {

void OpenSlice(std::vector<Slice>& slices, std::int64_t time_ns, std::uint32_t step, std::uint32_t label) {
  if (!slices.empty() && slices.back().open) slices.back().open = false;  // a lost end: close it here
  slices.push_back({time_ns, time_ns, step, label, true});
}

void CloseSlice(std::vector<Slice>& slices, std::int64_t time_ns) {
  if (slices.empty() || !slices.back().open) return;
  slices.back().end_ns = time_ns;
  slices.back().open = false;
}

}  // namespace

void TimelineIndex::Apply(const Trace& trace, std::size_t seq) {
  const Event event = trace.At(seq);
  const auto step = static_cast<std::uint32_t>(seq + 1);
  const std::int64_t now = event.time_ns;
  m_end_ns = std::max(m_end_ns, now);
  Lane& lane = LaneOf(event.agent, now, step);
  AgentTrack& track = m_tracks[event.agent];
  const auto idle_if_empty = [&] {
    if (track.depth <= 0) SetActivity(lane, LaneActivity::Idle, now, step);
  };

  switch (event.kind) {
    case EventKind::ScriptStart:
      track.depth = 1;
      SetActivity(lane, LaneActivity::Running, now, step);
      OpenSlice(lane.tasks, now, step, 0);
      break;
    case EventKind::ScriptEnd:
      track.depth = 0;
      idle_if_empty();
      CloseSlice(lane.tasks, now);
      break;
    case EventKind::CallPush:
    case EventKind::AwaitResume:
      ++track.depth;
      SetActivity(lane, LaneActivity::Running, now, step);
      break;
    case EventKind::CallPop:
    case EventKind::AwaitSuspend:
      track.depth = std::max(track.depth - 1, 0);
      break;
    case EventKind::TaskEnqueue:
      track.task_labels[event.a] = event.b;
      break;
    case EventKind::TaskRun: {
      SetActivity(lane, LaneActivity::Running, now, step);
      const auto found = track.task_labels.find(event.a);
      OpenSlice(lane.tasks, now, step, found == track.task_labels.end() ? 0 : found->second);
      if (found != track.task_labels.end()) track.task_labels.erase(found);
      break;
    }
    case EventKind::TaskEnd:
      CloseSlice(lane.tasks, now);
      idle_if_empty();
      break;
    case EventKind::TaskCancel:
      track.task_labels.erase(event.a);
      break;
    case EventKind::MicrotaskEnqueue:
      track.microtask_labels[event.a] = event.b;
      break;
    case EventKind::MicrotaskRun: {
      SetActivity(lane, LaneActivity::Running, now, step);
      const auto found = track.microtask_labels.find(event.a);
      OpenSlice(lane.microtasks, now, step, found == track.microtask_labels.end() ? 0 : found->second);
      if (found != track.microtask_labels.end()) track.microtask_labels.erase(found);
      break;
    }
    case EventKind::MicrotaskEnd:
      CloseSlice(lane.microtasks, now);
      idle_if_empty();
      break;
    case EventKind::WorkBegin:
      SetActivity(lane, LaneActivity::Busy, now, step);
      break;
    case EventKind::WorkEnd:
    case EventKind::AtomicsWake:
      SetActivity(lane, LaneActivity::Running, now, step);
      break;
    case EventKind::AtomicsWait:
      SetActivity(lane, LaneActivity::Idle, now, step);  // asleep: the thread does nothing
      break;
    case EventKind::AgentSpawn:
      LaneOf(static_cast<std::uint16_t>(event.a), now, step);
      break;
    case EventKind::AgentExit:
      SetActivity(lane, LaneActivity::Idle, now, step);
      lane.spans.back().end_ns = now;
      lane.exited = true;
      CloseSlice(lane.tasks, now);
      CloseSlice(lane.microtasks, now);
      break;
    case EventKind::MessageSend:
      m_in_flight.push_back({event.agent, static_cast<std::uint16_t>(event.a), now, now, step, step, event.b, event.c});
      break;
    case EventKind::MessageReceive: {
      // The receive names the message it takes (a message may also be dropped, at a closed port).
      const auto from = static_cast<std::uint16_t>(event.a);
      const auto sent = std::find_if(m_in_flight.begin(), m_in_flight.end(), [&](const MessageArrow& arrow) {
        return arrow.id == event.c && arrow.from_agent == from && arrow.to_agent == event.agent;
      });
      MessageArrow arrow =
          sent != m_in_flight.end() ? *sent : MessageArrow{from, event.agent, now, now, step, step, event.b, event.c};
      if (sent != m_in_flight.end()) m_in_flight.erase(sent);
      arrow.receive_ns = now;
      arrow.receive_step = step;
      m_arrows.push_back(arrow);
      break;
    }
    case EventKind::Line:
    case EventKind::Console:
    case EventKind::TimerSet:
    case EventKind::TimerCleared:
    case EventKind::TimerFired:
    case EventKind::PromiseState:
    case EventKind::IoBegin:
    case EventKind::IoEnd:
    case EventKind::LoopPhase:
    case EventKind::Error:
    case EventKind::RunEnd:
      break;
  }
}

std::uint32_t TimelineIndex::StepAtTime(const Trace& trace, std::int64_t time_ns) {
  const std::size_t size = trace.Size();
  // The first event at or after time_ns, by binary search (events are in time order).
  // A hand-written search: Emscripten's libc++ has no std::ranges::partition_point.
  std::size_t low = 0;
  std::size_t high = size;
  while (low < high) {
    const std::size_t middle = low + (high - low) / 2;
    if (trace.At(middle).time_ns < time_ns) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  // Step n shows the state after event n - 1: the step of the event found is its index + 1.
  const auto index = static_cast<std::uint32_t>(low);
  return std::min<std::uint32_t>(index + 1, static_cast<std::uint32_t>(size));
}

}  // namespace th::trace
