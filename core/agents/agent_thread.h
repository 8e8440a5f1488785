#pragma once
// The pthread an agent runs on (DESIGN.md §2, "threads, for real").
//
// Deterministic mode hands the baton: the scheduler gives the thread one slice of work and
// waits until it is done (RunSlice), so exactly one agent runs at a time and the run does
// what the cooperative backend does, on real threads. Parallel mode starts the thread with
// its whole life to live (Start) and lets it run freely.
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>

#include <pthread.h>

namespace th::agents {

class AgentThread {
 public:
  AgentThread();
  ~AgentThread();  // joins the thread
  AgentThread(const AgentThread&) = delete;
  AgentThread& operator=(const AgentThread&) = delete;

  // Runs `slice` on this thread and returns when it has finished (the baton comes back); what
  // it throws is thrown here.
  void RunSlice(const std::function<void()>& slice);
  // Runs `life` on this thread without waiting for it; the destructor waits.
  void Start(std::function<void()> life);

  // Whether this build has threads at all (the single-threaded WebAssembly build has not: its
  // agents all run on the page's thread, cooperatively).
#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
  static constexpr bool kAvailable = false;
#else
  static constexpr bool kAvailable = true;
#endif
  // How many threads a run may start (0: one per agent). In the browser a new thread only
  // starts once the page's thread returns to its event loop, which a waiting scheduler never
  // does, so runs share the pthread pool the page starts with (-sPTHREAD_POOL_SIZE=4).
#if defined(__EMSCRIPTEN__)
  static constexpr std::size_t kMaxThreads = 4;
#else
  static constexpr std::size_t kMaxThreads = 0;
#endif

  // Native stack for each agent's thread: deep recursion in a program must reach the VM's own
  // "Maximum call stack size exceeded" long before the thread's stack ends.
  static constexpr std::size_t kStackBytes = 8u << 20;

 private:
  static void* Main(void* self);
  void Loop();

  std::mutex m_mutex;
  std::condition_variable m_changed;
  const std::function<void()>* m_slice = nullptr;  // handed over, not yet done
  std::exception_ptr m_failure;                    // what the slice threw, for RunSlice to rethrow
  std::function<void()> m_life;
  bool m_stop = false;
  pthread_t m_thread{};
  bool m_started = false;
};

}  // namespace th::agents
