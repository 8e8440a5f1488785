# Everything specific to Emscripten 3.1.6 (Debian's) in one place; see TOOLCHAIN.md.
# TH_WASM_THREADS selects the pthread build (for cross-origin isolated pages) or the
# single-threaded one (for everything else, such as an iframe on a course site).
option(TH_WASM_THREADS "Build for WebAssembly with pthreads" OFF)

set(TH_PTHREAD_POOL_SIZE 4)
if(TH_WASM_THREADS)
  # Every translation unit, ours and third-party, must agree on threads.
  add_compile_options(-pthread)
  add_link_options(-pthread -sPTHREAD_POOL_SIZE=${TH_PTHREAD_POOL_SIZE})
  # The agents' threads (core/agents/agent_thread.h): the pool's, shared by every run.
  add_compile_definitions(TH_AGENT_THREADS_SHARED=${TH_PTHREAD_POOL_SIZE})
else()
  add_compile_definitions(TH_AGENT_THREADS=0)
endif()
add_link_options(-sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=0)

# The parser recovers from a syntax error by throwing (core/lang), and an agent's thread hands an
# error back to the run the same way, so C++ exceptions must be caught here too. WebAssembly's own
# exception handling (Chromium 95+, Node 17+) costs nothing until a throw, unlike Emscripten's
# JavaScript-based catching; every translation unit and the link must agree on it. The threaded
# build also needs the libunwind fix of scripts/emscripten-cache.sh (TOOLCHAIN.md pitfall 11).
add_compile_options(-fwasm-exceptions)
add_link_options(-fwasm-exceptions)
