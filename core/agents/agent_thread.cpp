#include "agents/agent_thread.h"

#include <stdexcept>
#include <utility>

namespace th::agents {

AgentThread::AgentThread() {
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, kStackBytes);
  const int failed = pthread_create(&m_thread, &attributes, &AgentThread::Main, this);
  pthread_attr_destroy(&attributes);
  if (failed != 0) throw std::runtime_error("could not start a thread for an agent");
  m_started = true;
}

AgentThread::~AgentThread() {
  {
    std::lock_guard lock(m_mutex);
    m_stop = true;
  }
  m_changed.notify_all();
  if (m_started) pthread_join(m_thread, nullptr);
}

void* AgentThread::Main(void* self) {
  static_cast<AgentThread*>(self)->Loop();
  return nullptr;
}

void AgentThread::Loop() {
  std::unique_lock lock(m_mutex);
  for (;;) {
    m_changed.wait(lock, [this] { return m_slice != nullptr || m_life || m_stop; });
    if (m_life) {
      std::function<void()> life = std::move(m_life);
      m_life = nullptr;
      lock.unlock();
      life();
      return;
    }
    if (m_slice) {
      // The scheduler's thread waits in RunSlice meanwhile: nobody else touches this agent.
      const std::function<void()>& slice = *m_slice;
      lock.unlock();
      std::exception_ptr failure;
      try {
        slice();
      } catch (...) {
        failure = std::current_exception();
      }
      lock.lock();
      m_failure = failure;
      m_slice = nullptr;
      m_changed.notify_all();
      continue;
    }
    return;  // asked to stop, with nothing handed over
  }
}

void AgentThread::RunSlice(const std::function<void()>& slice) {
  std::unique_lock lock(m_mutex);
  m_slice = &slice;
  m_changed.notify_all();
  m_changed.wait(lock, [this] { return m_slice == nullptr; });
  if (m_failure) std::rethrow_exception(std::exchange(m_failure, nullptr));
}

void AgentThread::Start(std::function<void()> life) {
  {
    std::lock_guard lock(m_mutex);
    m_life = std::move(life);
  }
  m_changed.notify_all();
}

}  // namespace th::agents
