// MapObject's table: insertion order in `entries`, lookup through a hash of the key.
#include <cmath>
#include <cstring>
#include <functional>
#include <string_view>

#include "vm/objects.h"
#include "vm/vm.h"

namespace th {

// Equal under SameValueZero means equal hashes: -0 and +0 hash alike, every NaN alike, strings
// by their text, objects by identity.
uint64_t MapObject::Hash(Value key) {
  switch (key.tag) {
    case ValueTag::Number: {
      double number = key.number;
      if (number == 0) number = 0;
      if (std::isnan(number)) return 0x7ff8000000000000ULL;
      uint64_t bits;  // (std::bit_cast is missing from Emscripten 3.1.6's libc++)
      std::memcpy(&bits, &number, sizeof bits);
      return std::hash<uint64_t>{}(bits);
    }
    case ValueTag::String: return std::hash<std::string_view>{}(key.AsString()->text());
    case ValueTag::Boolean: return key.boolean ? 3 : 2;
    case ValueTag::Object:
    case ValueTag::Symbol: return std::hash<const void*>{}(key.object);
    default: return static_cast<uint64_t>(key.tag);
  }
}

int64_t MapObject::IndexOf(Value key) const {
  const auto [first, last] = m_index.equal_range(Hash(key));
  for (auto it = first; it != last; ++it) {
    if (Vm::SameValueZero(entries[it->second].key, key)) return it->second;
  }
  return -1;
}

const MapObject::Entry* MapObject::Find(Value key) const {
  const int64_t index = IndexOf(key);
  return index < 0 ? nullptr : &entries[static_cast<size_t>(index)];
}

void MapObject::Put(Value key, Value value) {
  if (key.IsNumber() && key.number == 0) key = Value::Number(0);  // -0 is stored as +0
  const int64_t index = IndexOf(key);
  if (index >= 0) {
    entries[static_cast<size_t>(index)].value = value;
    return;
  }
  m_index.emplace(Hash(key), static_cast<uint32_t>(entries.size()));
  entries.push_back({key, value, false});
  ++live;
}

bool MapObject::Remove(Value key) {
  const auto [first, last] = m_index.equal_range(Hash(key));
  for (auto it = first; it != last; ++it) {
    Entry& entry = entries[it->second];
    if (!Vm::SameValueZero(entry.key, key)) continue;
    m_index.erase(it);
    entry.deleted = true;
    entry.key = entry.value = Value::Undefined();
    --live;
    return true;
  }
  return false;
}

void MapObject::Clear() {
  for (Entry& entry : entries) {
    entry.deleted = true;
    entry.key = entry.value = Value::Undefined();
  }
  m_index.clear();
  live = 0;
}

}  // namespace th
