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
  // it throws is thrown here. Returns false, running nothing, while the thread lives a
  // parallel agent's life (Start): a shared thread may be lent to a parallel run.
  bool RunSlice(const std::function<void()>& slice);
  // Runs `life` on this thread without waiting for it; WaitForLife (or the destructor) waits.
  void Start(std::function<void()> life);
  void WaitForLife();

  // Thread `index` (below kMaxThreads) of those every run shares.
  static AgentThread& Shared(std::size_t index);
  // Starts `life` on a shared thread that is not living one already; nullptr when every
  // shared thread is.
  static AgentThread* StartShared(std::function<void()> life);

  // Whether this build has threads at all (the single-threaded WebAssembly build has not: its
  // agents all run on the page's thread, cooperatively). The build says (cmake/).
  static constexpr bool kAvailable = TH_AGENT_THREADS != 0;
  // How many threads the runs may use (0: one per agent, made by each run). In the browser a new
  // thread only starts once the page's thread returns to its event loop, which a scheduler
  // waiting for the baton never does, and a thread's worker only goes back to the pool there
  // too; so every run shares the same threads (Shared), all made at once from the pthread pool
  // the page starts with, and never joined. A parallel run there lends them for its agents'
  // lives (StartShared); an agent finding none free waits for one.
  static constexpr std::size_t kMaxThreads = TH_AGENT_THREADS_SHARED;

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
  std::function<void()> m_life;  // handed over by Start, not yet begun
  bool m_living = false;         // from Start until its life has returned
  bool m_stop = false;
  pthread_t m_thread{};
  bool m_started = false;
};

}  // namespace th::agents
