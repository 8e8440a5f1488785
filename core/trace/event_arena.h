#pragma once
// Memory for the trace's event chunks. A long traced run writes hundreds of megabytes of events,
// each byte once, and most of what tracing cost was the kernel handing out fresh 4 KiB pages
// (one fault per 170 events). Past the first few chunks, chunks are carved out of 2 MiB blocks
// that ask Linux for transparent huge pages: one fault per 87 000 events. Elsewhere (the web
// page) the blocks are plain memory.

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>
#include <vector>

#include "trace/event_store.h"

namespace th::trace {

class EventArena {
 public:
  explicit EventArena(std::size_t chunk_events) : m_chunk_events(chunk_events) {}

  // Room for chunk_events events, uninitialised, valid as long as the arena.
  StoredEvent* NewChunk();
  // Everything the arena has allocated.
  std::size_t Bytes() const;

 private:
  struct FreeBlock {
    void operator()(void* block) const { std::free(block); }
  };
  // A short run (a learner's program) stays in small chunks; a long one moves to blocks.
  static constexpr std::size_t kSmallChunks = 16;
  static constexpr std::size_t kBlockBytes = std::size_t{2} << 20;

  std::size_t m_chunk_events;
  std::vector<std::unique_ptr<StoredEvent[]>> m_small;
  std::vector<std::unique_ptr<std::byte, FreeBlock>> m_blocks;
  std::size_t m_block_used = kBlockBytes;  // bytes carved from the newest block
};

}  // namespace th::trace
