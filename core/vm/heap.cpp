#include "vm/heap.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <new>

namespace th {

namespace {

// What a swept object becomes in verify mode: its own destructor has run (its memory is
// returned), and what is left says "freed" to anyone who still holds a pointer to it.
class FreedObject final : public HeapObject {
 public:
  FreedObject() : HeapObject(ObjKind::Freed) {}
  void Trace(Tracer&) override {}
  size_t Size() const override { return 0; }
};
static_assert(sizeof(FreedObject) <= sizeof(Box), "every heap object must have room for the poison");

[[noreturn]] void ReachedFreedObject() {
  std::fputs(
      "Threadhouse internal error: the garbage collector reached an object it had already freed.\n"
      "Something held a pointer to it that the collector did not know about (a missing root).\n",
      stderr);
  std::abort();
}

void Destroy(HeapObject* object) {
  object->~HeapObject();
  ::operator delete(object);
}

}  // namespace

void Tracer::MarkObject(HeapObject* object) {
  if (!object || object->m_marked) return;
  if (object->m_kind == ObjKind::Freed) ReachedFreedObject();
  object->m_marked = true;
  m_gray.push_back(object);
}

Heap::Heap(RootMarker mark_roots) : m_mark_roots(std::move(mark_roots)) {}

Heap::~Heap() {
  HeapObject* object = m_objects;
  while (object) {
    HeapObject* next = object->m_next;
    delete object;
    object = next;
  }
  for (HeapObject* freed : m_quarantine) Destroy(freed);
}

void Heap::set_limit(size_t bytes) {
  m_limit = bytes;
  ResetAccount();
}

void Heap::ResetAccount() {
  const size_t live = m_stats.bytes;
  m_account.Reset(m_limit == 0 ? SIZE_MAX : (m_limit > live ? m_limit - live : 0));
}

void Heap::Link(HeapObject* object, size_t bytes) {
  object->m_next = m_objects;
  m_objects = object;
  ++m_count;
  m_account.Charge(bytes);
  if (on_allocate) on_allocate(object);
}

HeapString* Heap::FindInterned(std::string_view text) const {
  auto found = m_interned.find(text);
  return found == m_interned.end() ? nullptr : found->second;
}

HeapString* Heap::Intern(std::string_view text) {
  auto found = m_interned.find(text);
  if (found != m_interned.end()) return found->second;
  HeapString* string = New<HeapString>(std::string(text));
  string->set_interned(true);
  m_interned.emplace(std::string_view(string->text()), string);
  return string;
}

// Frees an unreachable object, or in verify mode poisons it and keeps its memory for a while.
void Heap::Sweep(HeapObject* object) {
  if (!m_stress) {
    delete object;
    return;
  }
  object->~HeapObject();
  HeapObject* poisoned = new (object) FreedObject();
  if (m_quarantine.size() < kQuarantineObjects) {
    m_quarantine.push_back(poisoned);
    return;
  }
  Destroy(m_quarantine[m_quarantine_next]);
  m_quarantine[m_quarantine_next] = poisoned;
  m_quarantine_next = (m_quarantine_next + 1) % kQuarantineObjects;
}

void Heap::Collect() {
  Tracer tracer;
  m_mark_roots(tracer);
  auto& gray = tracer.gray();
  while (!gray.empty()) {
    HeapObject* object = gray.back();
    gray.pop_back();
    object->Trace(tracer);
  }
  // Sweep: prune the weak intern table first, then free the unmarked.
  for (auto it = m_interned.begin(); it != m_interned.end();) {
    if (!it->second->m_marked) {
      it = m_interned.erase(it);
    } else {
      ++it;
    }
  }
  size_t live = 0, bytes = 0, freed = 0;
  HeapObject** link = &m_objects;
  while (*link) {
    HeapObject* object = *link;
    if (object->m_marked) {
      object->m_marked = false;
      ++live;
      bytes += object->Size();
      link = &object->m_next;
    } else {
      *link = object->m_next;
      Sweep(object);
      ++freed;
    }
  }
  m_count = live;
  m_stats.objects = live;
  m_stats.bytes = bytes;
  m_stats.collections++;
  m_stats.freed_total += freed;
  ResetAccount();
  // Collect again once the heap has grown by as much as is live now (at least 1 MB).
  m_next_gc = std::max<size_t>(bytes, 1 << 20);
}

}  // namespace th
