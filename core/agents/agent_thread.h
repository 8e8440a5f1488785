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

#ifndef TH_AGENT_THREADS
#define TH_AGENT_THREADS 1  // this build has threads
#endif
#ifndef TH_AGENT_THREADS_SHARED
#define TH_AGENT_THREADS_SHARED 0  // each run makes its own, one per agent
#endif

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

  // Thread `index` (below kMaxThreads) of those every run shares, made on first use.
  static AgentThread& Shared(std::size_t index);

  // Whether this build has threads at all (the single-threaded WebAssembly build has not: its
  // agents all run on the page's thread, cooperatively). The build says (cmake/).
  static constexpr bool kAvailable = TH_AGENT_THREADS != 0;
  // How many threads the runs may use (0: one per agent, made by each run). In the browser a new
  // thread only starts once the page's thread returns to its event loop, which a scheduler
  // waiting for the baton never does, and a thread's worker only goes back to the pool there
  // too; so every run shares the same threads (Shared), made once from the pthread pool the page
  // starts with and never joined.
  static constexpr std::size_t kMaxThreads = TH_AGENT_THREADS_SHARED;

  // Parallel mode needs a thread per agent for its whole life: not in the browser (above).
  static constexpr bool kParallelAvailable = kAvailable && kMaxThreads == 0;

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
