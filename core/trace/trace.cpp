#include "trace/trace.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace th::trace {

namespace {

constexpr std::size_t kNotFound = static_cast<std::size_t>(-1);
constexpr std::size_t kStringBlockBytes = 16 * 1024;

constexpr std::uint64_t KindBit(EventKind kind) { return std::uint64_t{1} << static_cast<unsigned>(kind); }

constexpr std::uint64_t kAllKinds = (std::uint64_t{1} << kEventKindCount) - 1;

// The kinds each granularity stops at.
constexpr std::uint64_t StopKinds(Granularity granularity) {
  switch (granularity) {
    case Granularity::Statement: return KindBit(EventKind::Line);
    case Granularity::Task: return KindBit(EventKind::TaskRun);
    case Granularity::Event: return kAllKinds & ~KindBit(EventKind::Line);
  }
  return 0;
}

}  // namespace

Trace::Trace(std::vector<SourceFile> files, trace::Profile profile)
    : m_files(std::move(files)), m_profile(profile) {
  Intern("");  // id 0 is the empty string, so a zero field reads as "no text"
}

std::uint32_t Trace::Intern(std::string_view text) {
  const auto lock = Guard();
  const auto found = m_string_ids.find(text);
  if (found != m_string_ids.end()) return found->second;
  // A text that does not fit what is left of the current block starts a new one (a long text
  // gets a block of its own); blocks never move, so views into them stay valid.
  const std::size_t needed = text.size() + 1;
  if (m_string_blocks.empty() || m_string_block_used + needed > m_string_block_sizes.back()) {
    const std::size_t size = std::max(kStringBlockBytes, needed);
    // Left uninitialised (Emscripten's libc++ has no make_unique_for_overwrite).
    m_string_blocks.push_back(std::unique_ptr<char[]>(new char[size]));
    m_string_block_sizes.push_back(size);
    m_string_block_used = 0;
  }
  char* stored = m_string_blocks.back().get() + m_string_block_used;
  if (!text.empty()) std::memcpy(stored, text.data(), text.size());
  stored[text.size()] = '\0';
  m_string_block_used += needed;
  const auto id = static_cast<std::uint32_t>(m_string_views.size());
  m_string_views.emplace_back(stored, text.size());
  m_string_ids.emplace(m_string_views.back(), id);
  return id;
}

std::uint32_t Trace::FileIndex(std::string_view name, std::string_view source) {
  const auto lock = Guard();
  for (std::size_t i = 0; i < m_files.size(); ++i) {
    if (m_files[i].name == name) return static_cast<std::uint32_t>(i);
  }
  m_files.push_back({std::string(name), std::string(source)});
  return static_cast<std::uint32_t>(m_files.size() - 1);
}

void Trace::AddChunk() {
  m_chunks.push_back(m_arena.NewChunk());
  m_chunk_kinds.push_back(0);
}

std::size_t Trace::AppendConsole(std::uint16_t agent, std::int64_t time_ns, bool is_error, std::string text,
                                 std::optional<std::uint16_t> cause) {
  const auto lock = Guard();
  const std::size_t seq = m_size;
  const std::uint16_t by = cause.value_or(agent);
  m_console.push_back({is_error, std::move(text), static_cast<std::int64_t>(seq + 1), agent, by});
  return Append(MakeEvent(EventKind::Console, time_ns, static_cast<std::uint32_t>(m_console.size() - 1),
                          is_error ? 1 : 0, by, 0, agent));
}

std::size_t Trace::FindForward(std::size_t from, std::uint64_t kinds) const {
  while (from < m_size) {
    const std::size_t chunk = from >> kChunkBits;
    const std::size_t chunk_end = std::min(m_size, (chunk + 1) << kChunkBits);
    if ((m_chunk_kinds[chunk] & kinds) != 0) {
      for (std::size_t seq = from; seq < chunk_end; ++seq) {
        if ((KindBit(KindAt(seq)) & kinds) != 0) return seq;
      }
    }
    from = chunk_end;
  }
  return m_size;
}

std::size_t Trace::FindBackward(std::size_t before, std::uint64_t kinds) const {
  before = std::min(before, m_size);
  while (before > 0) {
    const std::size_t chunk = (before - 1) >> kChunkBits;
    const std::size_t chunk_begin = chunk << kChunkBits;
    if ((m_chunk_kinds[chunk] & kinds) != 0) {
      for (std::size_t seq = before; seq-- > chunk_begin;) {
        if ((KindBit(KindAt(seq)) & kinds) != 0) return seq;
      }
    }
    before = chunk_begin;
  }
  return kNotFound;
}

std::size_t Trace::NextStep(std::size_t step, Granularity granularity) const {
  // Step n shows event n - 1 just applied: the next stop is the first such event at index >= step.
  const std::size_t found = FindForward(step, StopKinds(granularity));
  return found == m_size ? m_size : found + 1;
}

std::size_t Trace::PreviousStep(std::size_t step, Granularity granularity) const {
  step = std::min(step, Size());
  if (step < 2) return 0;
  const std::size_t found = FindBackward(step - 1, StopKinds(granularity));
  return found == kNotFound ? 0 : found + 1;
}

std::size_t Trace::MemoryBytes() const {
  std::size_t bytes = sizeof(*this);
  bytes += m_arena.Bytes();
  bytes += m_chunks.capacity() * sizeof(m_chunks[0]) + m_chunk_kinds.capacity() * sizeof(std::uint64_t);
  bytes += m_escaped.capacity() * sizeof(Event);
  for (const std::size_t size : m_string_block_sizes) bytes += size;
  bytes += m_string_blocks.capacity() * sizeof(m_string_blocks[0]) +
           m_string_block_sizes.capacity() * sizeof(std::size_t) +
           m_string_views.capacity() * sizeof(std::string_view);
  // An unordered_map: a bucket array and one node per entry (key, value and the next pointer).
  bytes += m_string_ids.bucket_count() * sizeof(void*) +
           m_string_ids.size() * (sizeof(void*) + sizeof(std::pair<const std::string_view, std::uint32_t>) +
                                  sizeof(std::size_t));
  bytes += m_console.capacity() * sizeof(ConsoleLine);
  for (const ConsoleLine& line : m_console) {
    if (line.text.capacity() > 15) bytes += line.text.capacity() + 1;  // past the small-string buffer
  }
  bytes += m_files.capacity() * sizeof(SourceFile);
  for (const SourceFile& file : m_files) bytes += file.name.capacity() + file.text.capacity();
  return bytes;
}

}  // namespace th::trace
