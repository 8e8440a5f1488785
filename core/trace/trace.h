#pragma once
// The append-only log of one run: its events, the strings they refer to, and the console
// lines they printed. Everything the playground shows at any step is derived from it.
//
// Memory (issue 4: at most 32 bytes per event, everything included): events are stored packed
// in 24 bytes (event_store.h) in fixed chunks, so the log never reallocates and never holds
// more than one chunk of slack; strings live in a chunked arena, so a std::string_view of one
// stays valid for the trace's lifetime; and instead of per-step indexes, each chunk records
// which kinds of event it holds, which is all step navigation needs to skip ahead.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "trace/state.h"
#include "trace/event.h"
#include "trace/event_arena.h"
#include "trace/event_store.h"

namespace th::trace {

// How far a step command moves (DESIGN.md §4, issue 4).
enum class Granularity {
  Statement,  // to the next line reached
  Event,      // to the next change a queue, a stack or the console shows (anything but a line)
  Task,       // to the next macrotask the event loop takes
};

class Trace {
 public:
  Trace(std::vector<trace::SourceFile> files, trace::Profile profile);
  Trace(const Trace&) = delete;
  Trace& operator=(const Trace&) = delete;

  // The id of `text` in the string table; the same text always gets the same id.
  std::uint32_t Intern(std::string_view text);
  // The text of a string id; empty for an id the table does not have. The view stays valid as
  // long as the trace lives, however much it grows.
  std::string_view String(std::uint32_t id) const {
    return id < m_string_views.size() ? m_string_views[id] : std::string_view();
  }

  // Appends an event; returns its sequence number. Applying events [0, n) gives step n.
  // (Inline: a traced run appends an event per statement, call and return.)
  std::size_t Append(const Event& event) {
    if (m_concurrent) [[unlikely]] {
      std::lock_guard lock(*m_concurrent);
      return AppendUnlocked(event);
    }
    return AppendUnlocked(event);
  }
  // A parallel run's agents record from their own threads: from here on, appending, interning
  // and Size() lock. Reading events, strings or lines is for once the run is over.
  void MakeConcurrent() { m_concurrent = std::make_unique<std::recursive_mutex>(); }
  // Appends a Console event together with the line it prints.
  // `cause`: the agent whose event started the task that printed it (trace::ConsoleLine); by
  // default the agent itself.
  std::size_t AppendConsole(std::uint16_t agent, std::int64_t time_ns, bool is_error, std::string text,
                            std::optional<std::uint16_t> cause = std::nullopt);

  std::size_t Size() const {
    const auto lock = Guard();
    return m_size;
  }
  // The event with sequence number `seq` (< Size()), unpacked.
  Event At(std::size_t seq) const {
    return Unpack(m_chunks[seq >> kChunkBits][seq & (kChunkEvents - 1)], m_escaped);
  }
  // Just its kind (cheaper than At for scans).
  EventKind KindAt(std::size_t seq) const {
    return StoredKind(m_chunks[seq >> kChunkBits][seq & (kChunkEvents - 1)], m_escaped);
  }
  std::span<const trace::ConsoleLine> ConsoleLines() const { return m_console; }
  const std::vector<trace::SourceFile>& Files() const { return m_files; }
  // The index of the file named `name`; a file the run made up (a worker's eval'd code) is
  // added with `source`.
  std::uint32_t FileIndex(std::string_view name, std::string_view source);
  trace::Profile Profile() const { return m_profile; }

  // The step after `step` (or before it) at which an event of the given granularity has just
  // been applied; Size() (or 0) when there is none.
  std::size_t NextStep(std::size_t step, Granularity granularity) const;
  std::size_t PreviousStep(std::size_t step, Granularity granularity) const;

  // Every byte the trace holds (allocated capacity, not just what is used): events, strings,
  // console lines, the sources and the chunk indexes. For the benchmark's bytes per event.
  std::size_t MemoryBytes() const;

  // Events per storage chunk (a power of two).
  static constexpr std::size_t kChunkBits = 12;
  static constexpr std::size_t kChunkEvents = std::size_t{1} << kChunkBits;

 private:
  // The first index >= from (or the last < before) whose kind is in `kinds` (a bit per
  // EventKind); Size() (or npos) when there is none.
  std::size_t FindForward(std::size_t from, std::uint64_t kinds) const;
  std::size_t FindBackward(std::size_t before, std::uint64_t kinds) const;

  std::vector<trace::SourceFile> m_files;
  trace::Profile m_profile;

  void AddChunk();
  std::size_t AppendUnlocked(const Event& event) {
    const std::size_t slot = m_size & (kChunkEvents - 1);
    if (slot == 0) AddChunk();
    m_chunks.back()[slot] = Pack(event, m_escaped);
    m_chunk_kinds.back() |= std::uint64_t{1} << static_cast<unsigned>(event.kind);
    return m_size++;
  }

  // Held while the log changes in a parallel run; an empty lock otherwise.
  std::unique_lock<std::recursive_mutex> Guard() const {
    return m_concurrent ? std::unique_lock(*m_concurrent) : std::unique_lock<std::recursive_mutex>();
  }

  std::unique_ptr<std::recursive_mutex> m_concurrent;  // set by MakeConcurrent

  EventArena m_arena{kChunkEvents};
  std::vector<StoredEvent*> m_chunks;        // into m_arena
  std::vector<std::uint64_t> m_chunk_kinds;  // per chunk: a bit per EventKind it holds
  std::vector<Event> m_escaped;              // events too wide to pack (see event_store.h)
  std::size_t m_size = 0;

  // The string table: texts in fixed blocks that never move, NUL-terminated.
  std::vector<std::unique_ptr<char[]>> m_string_blocks;
  std::vector<std::size_t> m_string_block_sizes;
  std::size_t m_string_block_used = 0;
  std::vector<std::string_view> m_string_views;
  std::unordered_map<std::string_view, std::uint32_t> m_string_ids;

  std::vector<trace::ConsoleLine> m_console;
};

}  // namespace th::trace
