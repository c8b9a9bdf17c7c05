// range objects, after CPython 3.11's Objects/rangeobject.c: int64 arithmetic while the bounds and
// the length fit (the loops students write), GMP integers beyond (range(10**20, 10**20 + 3)).
#include <cmath>
#include <limits>
#include <optional>

#include "core/builtins.h"
#include "core/range.h"
#include "core/runtime.h"
#include "core/vm.h"

namespace looplab {
namespace {

mpz_class mpz_of(int64_t v) { return mpz_class(static_cast<long>(v)); }

// CPython's get_len_of_range on unsigned 64-bit arithmetic, which cannot overflow.
uint64_t length_upward(int64_t lo, int64_t hi, uint64_t step) {
  return lo < hi ? 1 + (uint64_t(hi) - 1 - uint64_t(lo)) / step : 0;
}

uint64_t length_of(int64_t start, int64_t stop, int64_t step) {
  return step > 0 ? length_upward(start, stop, uint64_t(step)) : length_upward(stop, start, 0 - uint64_t(step));
}

mpz_class length_of(const mpz_class& start, const mpz_class& stop, const mpz_class& step) {
  mpz_class lo = step > 0 ? start : stop, hi = step > 0 ? stop : start;
  if (lo >= hi) return 0;
  mpz_class span = hi - lo - 1;
  mpz_class magnitude = abs(step);
  mpz_class quotient;
  mpz_fdiv_q(quotient.get_mpz_t(), span.get_mpz_t(), magnitude.get_mpz_t());
  return quotient + 1;
}

// Elements and lengths of a fast range fit in int64; the products on the way may not, so they
// are taken modulo 2**64, which gives the right int64 in the end.
int64_t element_at(int64_t start, int64_t step, uint64_t index) {
  return int64_t(uint64_t(start) + index * uint64_t(step));
}

// The iterator of a fast range, forwards or backwards (`step` then negated modulo 2**64).
struct RangeIterator : NativeIterator {
  int64_t first;
  uint64_t step;
  uint64_t index = 0, length;
  RangeIterator(int64_t first_value, uint64_t step_value, uint64_t count)
      : first(first_value), step(step_value), length(count) {}
  bool next(VM&, Value& out) override {
    if (index >= length) return false;
    out = Value::integer(int64_t(uint64_t(first) + index * step));
    ++index;
    return true;
  }
  const char* type_name() const override { return "range_iterator"; }
};

struct LongRangeIterator : NativeIterator {
  mpz_class next_value, step, remaining;
  bool next(VM&, Value& out) override {
    if (remaining <= 0) return false;
    out = new_int(next_value);
    next_value += step;
    --remaining;
    return true;
  }
  const char* type_name() const override { return "longrange_iterator"; }
};

mpz_class index_argument(VM& vm, const Value& key) {
  if (is_int(key)) return to_mpz(key);
  if (key.is(K_Instance)) {
    Value method;
    if (class_lookup(type_of(key), intern("__index__"), method)) return to_mpz(as_int_value(vm, key));
  }
  raise(T.TypeError, "range indices must be integers or slices, not " + type_name(key));
}

// One of a slice's start/stop/step: nullopt for None.
std::optional<mpz_class> slice_part(VM& vm, const Value& v) {
  if (v.is_none()) return std::nullopt;
  if (is_int(v)) return to_mpz(v);
  if (v.is(K_Instance)) {
    Value method;
    if (class_lookup(type_of(v), intern("__index__"), method)) return to_mpz(as_int_value(vm, v));
  }
  raise(T.TypeError, "slice indices must be integers or None or have an __index__ method");
}

// r[a:b:c]: CPython's compute_slice, with _PySlice_GetLongIndices on the range's length.
Value range_slice(VM& vm, const Range* r, const Slice* s) {
  mpz_class step = slice_part(vm, s->step).value_or(mpz_class(1));
  if (step == 0) raise(T.ValueError, "slice step cannot be zero");
  mpz_class length = range_length(r);
  bool backwards = step < 0;
  mpz_class lower = backwards ? mpz_class(-1) : mpz_class(0);
  mpz_class upper = backwards ? mpz_class(length - 1) : length;
  auto clamp = [&](const Value& v, const mpz_class& fallback) {
    std::optional<mpz_class> given = slice_part(vm, v);
    return given ? clamp_slice_index(*given, length, lower, upper) : fallback;
  };
  mpz_class start = clamp(s->start, backwards ? upper : lower);
  mpz_class stop = clamp(s->stop, backwards ? lower : upper);
  mpz_class first = range_start(r), r_step = range_step(r);
  return make_range(first + start * r_step, first + stop * r_step, r_step * step);
}

}  // namespace

int64_t Range::length() const { return int64_t(length_of(start, stop, step)); }

Value make_range(int64_t start, int64_t stop, int64_t step) {
  if (length_of(start, stop, step) <= uint64_t(std::numeric_limits<int64_t>::max()))
    return Value(new Range(start, stop, step));
  return make_range(mpz_of(start), mpz_of(stop), mpz_of(step));
}

Value make_range(const mpz_class& start, const mpz_class& stop, const mpz_class& step) {
  if (start.fits_slong_p() && stop.fits_slong_p() && step.fits_slong_p()) {
    int64_t a = start.get_si(), b = stop.get_si(), c = step.get_si();
    if (length_of(a, b, c) <= uint64_t(std::numeric_limits<int64_t>::max())) return Value(new Range(a, b, c));
  }
  auto* r = new Range(0, 0, 1);
  Value keep(r);
  r->big = std::make_unique<Range::Big>(Range::Big{start, stop, step, length_of(start, stop, step)});
  return keep;
}

mpz_class range_start(const Range* r) { return r->big ? r->big->start : mpz_of(r->start); }
mpz_class range_stop(const Range* r) { return r->big ? r->big->stop : mpz_of(r->stop); }
mpz_class range_step(const Range* r) { return r->big ? r->big->step : mpz_of(r->step); }
mpz_class range_length(const Range* r) { return r->big ? r->big->length : mpz_of(r->length()); }

int64_t range_len(const Range* r) {
  if (!r->big) return r->length();
  if (!r->big->length.fits_slong_p()) raise(T.OverflowError, "Python int too large to convert to C ssize_t");
  return r->big->length.get_si();
}

bool range_is_empty(const Range* r) { return r->big ? r->big->length == 0 : r->length() == 0; }

Value range_item(VM& vm, const Range* r, const Value& key) {
  if (key.is(K_Slice)) return range_slice(vm, r, key.as<Slice>());
  if (!r->big && key.is_small_int()) {
    int64_t length = r->length(), i = key.as_int();
    if (i < 0) i += length;
    if (i < 0 || i >= length) raise(T.IndexError, "range object index out of range");
    return Value::integer(element_at(r->start, r->step, uint64_t(i)));
  }
  mpz_class i = index_argument(vm, key);
  mpz_class length = range_length(r);
  if (i < 0) i += length;
  if (i < 0 || i >= length) raise(T.IndexError, "range object index out of range");
  return new_int(range_start(r) + i * range_step(r));
}

Value range_iter(const Range* r) {
  if (!r->big) return Value(new RangeIterator(r->start, uint64_t(r->step), uint64_t(r->length())));
  auto* it = new LongRangeIterator();
  Value keep(it);
  it->next_value = r->big->start;
  it->step = r->big->step;
  it->remaining = r->big->length;
  return keep;
}

Value range_reversed(const Range* r) {
  if (!r->big) {
    uint64_t length = uint64_t(r->length());
    int64_t last = length == 0 ? r->start : element_at(r->start, r->step, length - 1);
    return Value(new RangeIterator(last, 0 - uint64_t(r->step), length));
  }
  auto* it = new LongRangeIterator();
  Value keep(it);
  it->next_value = r->big->start + (r->big->length - 1) * r->big->step;
  it->step = -r->big->step;
  it->remaining = r->big->length;
  return keep;
}

bool range_find(const Range* r, const mpz_class& x, mpz_class& index) {
  mpz_class offset = x - range_start(r), step = range_step(r), remainder;
  mpz_fdiv_qr(index.get_mpz_t(), remainder.get_mpz_t(), offset.get_mpz_t(), step.get_mpz_t());
  return remainder == 0 && index >= 0 && index < range_length(r);
}

bool range_contains(const Range* r, const Value& item, bool& handled) {
  handled = true;
  if (!r->big && (item.is_small_int() || item.is_bool())) {
    int64_t x = item.as_int();
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return false;
    // x - start fits in uint64 and so does the step's magnitude.
    uint64_t distance = r->step > 0 ? uint64_t(x) - uint64_t(r->start) : uint64_t(r->start) - uint64_t(x);
    uint64_t magnitude = r->step > 0 ? uint64_t(r->step) : 0 - uint64_t(r->step);
    return distance % magnitude == 0;
  }
  mpz_class index;
  if (is_int(item)) return range_find(r, to_mpz(item), index);
  if (item.is_float()) {
    // CPython compares each element with the float; only an integral finite one can be equal.
    double d = item.as_float();
    return std::isfinite(d) && std::floor(d) == d && range_find(r, mpz_class(d), index);
  }
  handled = false;
  return false;
}

bool range_equal(const Range* a, const Range* b) {
  if (a == b) return true;
  if (!a->big && !b->big) {
    int64_t n = a->length();
    return n == b->length() && (n == 0 || (a->start == b->start && (n == 1 || a->step == b->step)));
  }
  mpz_class n = range_length(a);
  return n == range_length(b) &&
         (n == 0 || (range_start(a) == range_start(b) && (n == 1 || range_step(a) == range_step(b))));
}

int64_t range_hash(VM& vm, const Range* r) {
  // CPython hashes (len, start, step) with None for what does not tell equal ranges apart.
  mpz_class n = range_length(r);
  Value start = n == 0 ? Value::none() : new_int(range_start(r));
  Value step = n <= 1 ? Value::none() : new_int(range_step(r));
  return hash_value(vm, new_tuple({new_int(n), start, step}));
}

std::string range_repr(const Range* r) {
  mpz_class step = range_step(r);
  std::string out = "range(" + range_start(r).get_str() + ", " + range_stop(r).get_str();
  if (step != 1) out += ", " + step.get_str();
  return out + ")";
}

bool range_attribute(const Range* r, std::string_view name, Value& out) {
  if (name == "start") out = r->big ? new_int(r->big->start) : Value::integer(r->start);
  else if (name == "stop") out = r->big ? new_int(r->big->stop) : Value::integer(r->stop);
  else if (name == "step") out = r->big ? new_int(r->big->step) : Value::integer(r->step);
  else return false;
  return true;
}

}  // namespace looplab
