#pragma once
// The heap: every JavaScript object lives in one intrusive list owned by the Heap, and a
// mark-sweep collector frees what the roots no longer reach. Roots are explicit: the owner
// (the Vm) marks them in a callback. In stress mode every allocation collects first, and swept
// objects are poisoned and kept for a while instead of freed (verify mode), so a missing root
// shows up at once in the tests: marking a poisoned object stops the process with a message.
//
// Every byte the heap owns counts against its limit: an object's size when it is allocated,
// and what its containers grow by later (HeapAccount).
#include <cstddef>
#include <functional>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "vm/objects.h"

namespace th {

struct HeapStats {
  size_t objects = 0;           // live objects after the last collection
  size_t bytes = 0;             // their approximate size
  size_t collections = 0;       // collections so far
  size_t freed_total = 0;       // objects freed over the heap's life
};

// How many swept objects verify mode keeps poisoned before really freeing them.
inline constexpr size_t kQuarantineObjects = 1u << 16;

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
    if constexpr (std::is_base_of_v<JsObject, T>) object->AttachAccount(&m_account);
    Link(object, object->Size());
    return object;
  }

  // Interned strings are unique per text; the table is weak (the collector prunes it).
  HeapString* Intern(std::string_view text);
  HeapString* FindInterned(std::string_view text) const;

  void Collect();
  // Counts bytes that grew inside an existing object outside a ChargedVector.
  void NoteGrowth(size_t bytes) { m_account.Charge(bytes); }
  // The account objects that grow later on their own charge (ropes, ChargedVector).
  HeapAccount* account() { return &m_account; }
  bool OverLimit() const { return m_limit != 0 && m_stats.bytes + m_account.grown() > m_limit; }
  // Whether `bytes` more fit under the limit as things stand (garbage not yet collected counts).
  bool HasRoom(size_t bytes) const { return m_limit == 0 || m_stats.bytes + m_account.grown() + bytes <= m_limit; }

  void set_stress(bool stress) { m_stress = stress; }
  bool stress() const { return m_stress; }
  void set_limit(size_t bytes);
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
    if (m_stress || m_account.grown() >= m_next_gc) Collect();
  }
  void Link(HeapObject* object, size_t bytes);
  void Sweep(HeapObject* object);
  void ResetAccount();

  RootMarker m_mark_roots;
  HeapObject* m_objects = nullptr;
  size_t m_count = 0;
  HeapAccount m_account;
  size_t m_next_gc = 1 << 20;
  std::vector<HeapObject*> m_quarantine;  // verify mode: poisoned objects, oldest first
  size_t m_quarantine_next = 0;
  size_t m_limit = 0;
  bool m_stress = false;
  bool m_paused = false;
  HeapStats m_stats;
  std::unordered_map<std::string_view, HeapString*> m_interned;
};

}  // namespace th
