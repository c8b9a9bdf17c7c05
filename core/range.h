// range objects (CPython's Objects/rangeobject.c). A range whose bounds and length fit in 64 bits
// runs on int64; any other runs the same operations on GMP integers (Range::big).
#pragma once

#include <gmpxx.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "core/object.h"

namespace looplab {

// One bound of a slice against a sequence of `length` items, CPython's PySlice_AdjustIndices:
// negative counts from the end, then clamped to [lower, upper]. Int is int64_t for lists and
// strings, mpz_class for ranges.
template <class Int>
Int clamp_slice_index(Int x, const Int& length, const Int& lower, const Int& upper) {
  if (x < 0) {
    x += length;
    if (x < lower) x = lower;
  } else if (x > upper) {
    x = upper;
  }
  return x;
}

// range(start, stop, step), step != 0.
Value make_range(int64_t start, int64_t stop, int64_t step);
Value make_range(const mpz_class& start, const mpz_class& stop, const mpz_class& step);

mpz_class range_start(const Range* r);
mpz_class range_stop(const Range* r);
mpz_class range_step(const Range* r);
mpz_class range_length(const Range* r);

// len(r): OverflowError beyond sys.maxsize, as CPython.
int64_t range_len(const Range* r);
bool range_is_empty(const Range* r);
// r[i] and r[a:b:c].
Value range_item(VM& vm, const Range* r, const Value& key);
Value range_iter(const Range* r);
Value range_reversed(const Range* r);
// `item in r` for ints, bools and floats (arithmetic); false in `handled` for any other item,
// which CPython compares with each element in turn.
bool range_contains(const Range* r, const Value& item, bool& handled);
// The index of the integer x in r, if it is there.
bool range_find(const Range* r, const mpz_class& x, mpz_class& index);
bool range_equal(const Range* a, const Range* b);
int64_t range_hash(VM& vm, const Range* r);
std::string range_repr(const Range* r);
// r.start, r.stop, r.step.
bool range_attribute(const Range* r, std::string_view name, Value& out);

}  // namespace looplab
