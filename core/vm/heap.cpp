#include "vm/heap.h"

#include <algorithm>

namespace th {

void Tracer::MarkObject(HeapObject* object) {
  if (!object || object->m_marked) return;
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
}

void Heap::Link(HeapObject* object, size_t bytes) {
  object->m_next = m_objects;
  m_objects = object;
  ++m_count;
  m_since_gc += bytes;
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
      delete object;
      ++freed;
    }
  }
  m_count = live;
  m_since_gc = 0;
  m_stats.objects = live;
  m_stats.bytes = bytes;
  m_stats.collections++;
  m_stats.freed_total += freed;
  // Collect again once the heap has grown by as much as is live now (at least 1 MB).
  m_next_gc = std::max<size_t>(bytes, 1 << 20);
}

}  // namespace th
