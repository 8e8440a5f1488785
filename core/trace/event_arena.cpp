#include "trace/event_arena.h"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace th::trace {

StoredEvent* EventArena::NewChunk() {
  const std::size_t chunk_bytes = m_chunk_events * sizeof(StoredEvent);
  if (m_small.size() < kSmallChunks || chunk_bytes > kBlockBytes) {
    // (Left uninitialised: Emscripten's libc++ has no make_unique_for_overwrite.)
    m_small.push_back(std::unique_ptr<StoredEvent[]>(new StoredEvent[m_chunk_events]));
    return m_small.back().get();
  }
  if (m_block_used + chunk_bytes > kBlockBytes) {
    void* block = std::aligned_alloc(kBlockBytes, kBlockBytes);
    if (!block) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    madvise(block, kBlockBytes, MADV_HUGEPAGE);  // a hint: without huge pages it is plain memory
#endif
    m_blocks.emplace_back(static_cast<std::byte*>(block));
    m_block_used = 0;
  }
  auto* chunk = reinterpret_cast<StoredEvent*>(m_blocks.back().get() + m_block_used);
  m_block_used += chunk_bytes;
  return chunk;
}

std::size_t EventArena::Bytes() const {
  return m_small.size() * m_chunk_events * sizeof(StoredEvent) + m_blocks.size() * kBlockBytes +
         (m_small.capacity() + m_blocks.capacity()) * sizeof(void*);
}

}  // namespace th::trace
