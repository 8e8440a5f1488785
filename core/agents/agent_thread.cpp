#include "agents/agent_thread.h"

#include <memory>
#include <stdexcept>
#include <utility>
#include <vector>

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
      life = nullptr;  // what it captured goes before anyone hears it is over
      lock.lock();
      m_living = false;
      m_changed.notify_all();
      continue;
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

bool AgentThread::RunSlice(const std::function<void()>& slice) {
  std::unique_lock lock(m_mutex);
  if (m_living) return false;
  m_slice = &slice;
  m_changed.notify_all();
  m_changed.wait(lock, [this] { return m_slice == nullptr; });
  if (m_failure) std::rethrow_exception(std::exchange(m_failure, nullptr));
  return true;
}

void AgentThread::Start(std::function<void()> life) {
  {
    std::lock_guard lock(m_mutex);
    m_life = std::move(life);
    m_living = true;
  }
  m_changed.notify_all();
}

void AgentThread::WaitForLife() {
  std::unique_lock lock(m_mutex);
  m_changed.wait(lock, [this] { return !m_living; });
}

namespace {

// The shared threads, all made on first use (from the page's thread: see kMaxThreads) and never
// destroyed, since a thread the browser gave cannot be had again.
std::vector<std::unique_ptr<AgentThread>>& SharedThreads() {
  static auto* threads = [] {
    auto* made = new std::vector<std::unique_ptr<AgentThread>>();
    for (std::size_t i = 0; i < AgentThread::kMaxThreads; ++i) made->push_back(std::make_unique<AgentThread>());
    return made;
  }();
  return *threads;
}

}  // namespace

AgentThread& AgentThread::Shared(std::size_t index) { return *SharedThreads().at(index); }

AgentThread* AgentThread::StartShared(std::function<void()> life) {
  for (const std::unique_ptr<AgentThread>& thread : SharedThreads()) {
    {
      std::lock_guard lock(thread->m_mutex);
      if (thread->m_living || thread->m_slice != nullptr) continue;
      thread->m_life = std::move(life);
      thread->m_living = true;
    }
    thread->m_changed.notify_all();
    return thread.get();
  }
  return nullptr;
}

}  // namespace th::agents
