#pragma once
// What the heap owns beyond its objects' fixed parts (array elements, property tables, map
// entries, flattened ropes) grows inside containers, long after the object was allocated. Every
// such growth is charged to the heap's account, so collections keep pace with it and the heap
// limit sees it: a program that doubles an array in a loop stops at the limit, like Node, instead
// of taking the machine's memory.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace th {

class HeapAccount {
 public:
  // Adds `bytes` grown since the last collection. Passing the room left under the limit calls
  // the owner's hook once (the Vm then stops at its next instruction, collects and checks).
  void Charge(size_t bytes) {
    m_grown += bytes;
    if (m_grown > m_room && !m_exhausted) Exhaust();
  }
  size_t grown() const { return m_grown; }
  // After a collection: nothing grown yet, and `room` bytes left under the limit.
  void Reset(size_t room) {
    m_grown = 0;
    m_room = room;
    m_exhausted = false;
  }
  void set_on_exhausted(void (*hook)(void*), void* owner) {
    m_on_exhausted = hook;
    m_owner = owner;
  }

 private:
  void Exhaust() {
    m_exhausted = true;
    if (m_on_exhausted) m_on_exhausted(m_owner);
  }
  size_t m_grown = 0;
  size_t m_room = SIZE_MAX;
  bool m_exhausted = false;
  void (*m_on_exhausted)(void*) = nullptr;
  void* m_owner = nullptr;
};

// A std::vector whose capacity growth is charged to a HeapAccount (set when the owning object
// is allocated). It offers the part of vector's interface the VM uses; assigning from another
// vector keeps this one's account.
template <typename T>
class ChargedVector {
 public:
  using Base = std::vector<T>;
  using value_type = T;
  using iterator = typename Base::iterator;
  using const_iterator = typename Base::const_iterator;
  using size_type = typename Base::size_type;

  ChargedVector() = default;
  ChargedVector(const ChargedVector& other) : m_items(other.m_items) {}
  ChargedVector& operator=(const ChargedVector& other) { return Assign([&] { m_items = other.m_items; }); }
  ChargedVector& operator=(const Base& items) { return Assign([&] { m_items = items; }); }

  void set_account(HeapAccount* account) { m_account = account; }

  // Reading.
  size_t size() const { return m_items.size(); }
  size_t capacity() const { return m_items.capacity(); }
  bool empty() const { return m_items.empty(); }
  T& operator[](size_t index) { return m_items[index]; }
  const T& operator[](size_t index) const { return m_items[index]; }
  T& front() { return m_items.front(); }
  T& back() { return m_items.back(); }
  const T& back() const { return m_items.back(); }
  T* data() { return m_items.data(); }
  iterator begin() { return m_items.begin(); }
  iterator end() { return m_items.end(); }
  const_iterator begin() const { return m_items.begin(); }
  const_iterator end() const { return m_items.end(); }
  const Base& vector() const { return m_items; }

  // Growing: each charges what the capacity grew by.
  void push_back(const T& value) {
    if (m_items.size() == m_items.capacity()) {
      Grow([&] { m_items.push_back(value); });
    } else {
      m_items.push_back(value);
    }
  }
  void reserve(size_t count) { Grow([&] { m_items.reserve(count); }); }
  void resize(size_t count) { Grow([&] { m_items.resize(count); }); }
  void resize(size_t count, const T& value) { Grow([&] { m_items.resize(count, value); }); }
  template <typename... Args>
  void assign(Args&&... args) {
    Grow([&] { m_items.assign(std::forward<Args>(args)...); });
  }
  template <typename... Args>
  iterator insert(const_iterator position, Args&&... args) {
    const auto offset = position - m_items.cbegin();
    Grow([&] { m_items.insert(m_items.cbegin() + offset, std::forward<Args>(args)...); });
    return m_items.begin() + offset;
  }

  // Shrinking: the bytes are recounted at the next collection.
  void pop_back() { m_items.pop_back(); }
  void clear() { m_items.clear(); }
  iterator erase(const_iterator position) { return m_items.erase(position); }
  iterator erase(const_iterator first, const_iterator last) { return m_items.erase(first, last); }

 private:
  template <typename Change>
  void Grow(Change change) {
    const size_t before = m_items.capacity();
    change();
    if (m_account && m_items.capacity() > before) m_account->Charge((m_items.capacity() - before) * sizeof(T));
  }
  template <typename Change>
  ChargedVector& Assign(Change change) {
    Grow(change);
    return *this;
  }

  Base m_items;
  HeapAccount* m_account = nullptr;
};

}  // namespace th
