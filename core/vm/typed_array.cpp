// The storage of ArrayBuffer, SharedArrayBuffer and typed arrays: bytes, and elements read and
// written as the element type says (ECMAScript's NumericToRawBytes and RawBytesToNumeric).
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "vm/heap.h"
#include "vm/objects.h"

namespace th {

namespace {

constexpr ElementTypeInfo kTypes[kElementTypeCount] = {
    {"Int8Array", 1},  {"Uint8Array", 1}, {"Uint8ClampedArray", 1}, {"Int16Array", 2},   {"Uint16Array", 2},
    {"Int32Array", 4}, {"Uint32Array", 4}, {"Float32Array", 4},      {"Float64Array", 8},
};

// ToInt32 and its narrower kin: the number modulo 2^bits, as an unsigned pattern.
uint64_t Modulo(double value, int bits) {
  if (!std::isfinite(value)) return 0;
  const double whole = std::trunc(value);
  const double range = std::ldexp(1.0, bits);
  double wrapped = std::fmod(whole, range);
  if (wrapped < 0) wrapped += range;
  return static_cast<uint64_t>(wrapped);
}

// Shared memory is read and written with relaxed atomics (see SharedBytes); plain memory as is.
template <typename T>
T Load(const uint8_t* at, bool shared) {
  T value;
  if (shared) {
    value = __atomic_load_n(reinterpret_cast<const T*>(at), __ATOMIC_RELAXED);
  } else {
    std::memcpy(&value, at, sizeof value);
  }
  return value;
}

template <typename T>
void Store(uint8_t* at, T value, bool shared) {
  if (shared) {
    __atomic_store_n(reinterpret_cast<T*>(at), value, __ATOMIC_RELAXED);
  } else {
    std::memcpy(at, &value, sizeof value);
  }
}

}  // namespace

const ElementTypeInfo& InfoOf(ElementType type) { return kTypes[static_cast<int>(type)]; }

SharedBytes::SharedBytes(size_t count, bool is_shared) : size(count), shared(is_shared) {
  // Zeroed, and 8-aligned so every element type (and Atomics) can address it.
  data = static_cast<uint8_t*>(std::calloc(count == 0 ? 1 : count, 1));
}

SharedBytes::~SharedBytes() { std::free(data); }

void TypedArrayObject::Trace(Tracer& tracer) {
  JsObject::Trace(tracer);
  tracer.MarkObject(m_buffer);
}

double TypedArrayObject::Get(size_t index) const {
  const uint8_t* at = At(index);
  const bool shared = m_buffer->shared();
  switch (m_type) {
    case ElementType::Int8: return static_cast<int8_t>(Load<uint8_t>(at, shared));
    case ElementType::Uint8:
    case ElementType::Uint8Clamped: return Load<uint8_t>(at, shared);
    case ElementType::Int16: return static_cast<int16_t>(Load<uint16_t>(at, shared));
    case ElementType::Uint16: return Load<uint16_t>(at, shared);
    case ElementType::Int32: return static_cast<int32_t>(Load<uint32_t>(at, shared));
    case ElementType::Uint32: return Load<uint32_t>(at, shared);
    case ElementType::Float32: {
      const uint32_t bits = Load<uint32_t>(at, shared);
      float value;
      std::memcpy(&value, &bits, sizeof value);
      return value;
    }
    case ElementType::Float64: {
      const uint64_t bits = Load<uint64_t>(at, shared);
      double value;
      std::memcpy(&value, &bits, sizeof value);
      return value;
    }
  }
  return 0;
}

void TypedArrayObject::Set(size_t index, double value) {
  uint8_t* at = At(index);
  const bool shared = m_buffer->shared();
  switch (m_type) {
    case ElementType::Int8:
    case ElementType::Uint8: Store<uint8_t>(at, static_cast<uint8_t>(Modulo(value, 8)), shared); break;
    case ElementType::Uint8Clamped: {
      // Clamped to 0..255, rounding half to even.
      const double clamped = std::isnan(value) ? 0 : std::fmin(std::fmax(value, 0), 255);
      Store<uint8_t>(at, static_cast<uint8_t>(std::nearbyint(clamped)), shared);
      break;
    }
    case ElementType::Int16:
    case ElementType::Uint16: Store<uint16_t>(at, static_cast<uint16_t>(Modulo(value, 16)), shared); break;
    case ElementType::Int32:
    case ElementType::Uint32: Store<uint32_t>(at, static_cast<uint32_t>(Modulo(value, 32)), shared); break;
    case ElementType::Float32: {
      const float narrow = static_cast<float>(value);
      uint32_t bits;
      std::memcpy(&bits, &narrow, sizeof bits);
      Store<uint32_t>(at, bits, shared);
      break;
    }
    case ElementType::Float64: {
      uint64_t bits;
      std::memcpy(&bits, &value, sizeof bits);
      Store<uint64_t>(at, bits, shared);
      break;
    }
  }
}

}  // namespace th
