#include "runtime/node_timer_lists.h"

#include <algorithm>

namespace th::runtime {

void NodeTimerLists::Insert(std::uint32_t id, std::int64_t duration_ms, std::int64_t start_ms) {
  Remove(id);
  m_timers[id] = {duration_ms, start_ms};
  auto found = m_lists.find(duration_ms);
  if (found == m_lists.end()) {
    List list{start_ms + duration_ms, m_next_list_id++, {}};
    m_queue.insert({list.expiry_ms, list.id, duration_ms});
    found = m_lists.emplace(duration_ms, std::move(list)).first;
  }
  found->second.timers.push_back(id);
}

void NodeTimerLists::Remove(std::uint32_t id) {
  const auto timer = m_timers.find(id);
  if (timer == m_timers.end()) return;
  const std::int64_t duration = timer->second.duration_ms;
  m_timers.erase(timer);
  List& list = m_lists.at(duration);
  list.timers.erase(std::find(list.timers.begin(), list.timers.end(), id));
  // Node's unenroll() drops a list once its last timer is gone.
  if (list.timers.empty()) {
    m_queue.erase({list.expiry_ms, list.id, duration});
    m_lists.erase(duration);
  }
}

std::optional<std::int64_t> NodeTimerLists::NextExpiry() const {
  if (m_queue.empty()) return std::nullopt;
  return std::get<0>(*m_queue.begin());
}

void NodeTimerLists::Requeue(List& list, std::int64_t duration_ms, std::int64_t expiry_ms) {
  m_queue.erase({list.expiry_ms, list.id, duration_ms});
  list.expiry_ms = expiry_ms;
  list.id = m_next_list_id++;
  m_queue.insert({list.expiry_ms, list.id, duration_ms});
}

std::optional<std::uint32_t> NodeTimerLists::NextDue(std::int64_t now_ms) {
  while (!m_queue.empty()) {
    const auto [expiry, list_id, duration] = *m_queue.begin();
    if (expiry > now_ms) return std::nullopt;
    List& list = m_lists.at(duration);
    const std::uint32_t first = list.timers.front();
    const Timer& timer = m_timers.at(first);
    // listOnTimeout: a timer inserted into this list later than the list's expiry is not due.
    if (now_ms - timer.start_ms < duration) {
      Requeue(list, duration, std::max(timer.start_ms + duration, now_ms + 1));
      continue;
    }
    return first;
  }
  return std::nullopt;
}

}  // namespace th::runtime
