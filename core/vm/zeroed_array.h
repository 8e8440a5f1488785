#pragma once
// A fixed-size array whose elements start as all-zero bytes, taken from calloc rather than
// constructed one by one. For a large array calloc maps fresh pages that the system zeroes on
// first touch, so a VM whose value stack (4 MB) and frame table (0.4 MB) are mostly never used
// does not write them all when it starts: every agent, worker and child process starts one.
//
// Only for types whose all-zero bytes are their default value (the caller says why), and that
// are implicit-lifetime types (trivially copyable and destructible), so that calloc's memory
// holds objects of the type without a constructor call (C++20, [intro.object]).

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>
#include <type_traits>

namespace th {

struct FreeWithStdFree {
  void operator()(void* memory) const { std::free(memory); }
};

template <typename T>
using ZeroedArray = std::unique_ptr<T[], FreeWithStdFree>;

template <typename T>
ZeroedArray<T> MakeZeroedArray(std::size_t count) {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                "calloc's bytes can only be objects of an implicit-lifetime type");
  void* memory = std::calloc(count, sizeof(T));
  if (!memory) throw std::bad_alloc();
  return ZeroedArray<T>(static_cast<T*>(memory));
}

}  // namespace th
