#pragma once
// The heap: every JavaScript object lives in one intrusive list owned by the Heap, and a
// mark-sweep collector frees what the roots no longer reach. Roots are explicit: the owner
// (the Vm) marks them in a callback. In stress mode every allocation collects first, so a
// missing root shows up at once in the tests.
#include <cstddef>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "vm/objects.h"

namespace th {

struct HeapStats {
  size_t objects = 0;           // live objects after the last collection
  size_t bytes = 0;             // their approximate size
  size_t collections = 0;       // collections so far
  size_t freed_total = 0;       // objects freed over the heap's life
};

class Heap {
 public:
  using RootMarker = std::function<void(Tracer&)>;
  explicit Heap(RootMarker mark_roots);
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Allocates a T. May collect first, so every value the caller holds must be rooted.
  template <typename T, typename... Args>
  T* New(Args&&... args) {
    MaybeCollect();
    T* object = new T(std::forward<Args>(args)...);
    Link(object, sizeof(T));
    return object;
  }

  // Interned strings are unique per text; the table is weak (the collector prunes it).
  HeapString* Intern(std::string_view text);
  HeapString* FindInterned(std::string_view text) const;

  void Collect();
  // Counts bytes that grew inside an existing object (array pushes, string building).
  void NoteGrowth(size_t bytes) { m_since_gc += bytes; }
  // The counter NoteGrowth adds to, for objects that grow later on their own (ropes).
  size_t* growth_counter() { return &m_since_gc; }
  bool OverLimit() const { return m_limit != 0 && m_stats.bytes + m_since_gc > m_limit; }

  void set_stress(bool stress) { m_stress = stress; }
  bool stress() const { return m_stress; }
  void set_limit(size_t bytes) { m_limit = bytes; }
  size_t limit() const { return m_limit; }
  const HeapStats& stats() const { return m_stats; }
  size_t object_count() const { return m_count; }
  // Set by the owner while objects are not yet reachable from a root and must not be swept.
  void set_paused(bool paused) { m_paused = paused; }
  // Called for each allocation when set (the trace's allocation hook).
  std::function<void(HeapObject*)> on_allocate;

 private:
  void MaybeCollect() {
    if (m_paused) return;
    if (m_stress || m_since_gc >= m_next_gc) Collect();
  }
  void Link(HeapObject* object, size_t bytes);

  RootMarker m_mark_roots;
  HeapObject* m_objects = nullptr;
  size_t m_count = 0;
  size_t m_since_gc = 0;
  size_t m_next_gc = 1 << 20;
  size_t m_limit = 0;
  bool m_stress = false;
  bool m_paused = false;
  HeapStats m_stats;
  std::unordered_map<std::string_view, HeapString*> m_interned;
};

}  // namespace th
