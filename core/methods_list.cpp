// list, tuple and range methods, the list() / tuple() constructors, and CPython 3.11's list sort
// (Objects/listobject.c: timsort with the powersort merge policy), ported so that the same
// comparisons happen in the same order: a TypeError from mixed types names the same operands,
// and a key or __lt__ with side effects sees the same calls.
#include <algorithm>

#include "core/builtins.h"
#include "core/range.h"
#include "core/vm.h"

namespace looplab {
namespace {

// ===========================================================================================
// Timsort
// ===========================================================================================
constexpr int64_t kMinGallop = 7;

struct SortSlice {
  Value* keys;
  Value* values;  // null when sorting without a key function
};

struct PendingRun {
  SortSlice base;
  int64_t len;
  int power;
};

void vmove(Value* dst, Value* src, int64_t n) {
  if (n <= 0 || dst == src) return;
  if (dst < src) {
    for (int64_t i = 0; i < n; ++i) dst[i] = src[i];
  } else {
    for (int64_t i = n - 1; i >= 0; --i) dst[i] = src[i];
  }
}

void ss_copy(SortSlice& s1, int64_t i, const SortSlice& s2, int64_t j) {
  s1.keys[i] = s2.keys[j];
  if (s1.values) s1.values[i] = s2.values[j];
}
void ss_copy_incr(SortSlice& dst, SortSlice& src) {
  *dst.keys++ = *src.keys++;
  if (dst.values) *dst.values++ = *src.values++;
}
void ss_copy_decr(SortSlice& dst, SortSlice& src) {
  *dst.keys-- = *src.keys--;
  if (dst.values) *dst.values-- = *src.values--;
}
void ss_memcpy(SortSlice& s1, int64_t i, const SortSlice& s2, int64_t j, int64_t n) {
  vmove(s1.keys + i, s2.keys + j, n);
  if (s1.values) vmove(s1.values + i, s2.values + j, n);
}
void ss_memmove(SortSlice& s1, int64_t i, const SortSlice& s2, int64_t j, int64_t n) {
  ss_memcpy(s1, i, s2, j, n);
}
void ss_advance(SortSlice& s, int64_t n) {
  s.keys += n;
  if (s.values) s.values += n;
}
void reverse_range(Value* lo, Value* hi) {
  --hi;
  while (lo < hi) {
    std::swap(*lo, *hi);
    ++lo;
    --hi;
  }
}
void reverse_sortslice(SortSlice& s, int64_t n) {
  reverse_range(s.keys, s.keys + n);
  if (s.values) reverse_range(s.values, s.values + n);
}

struct MergeState {
  VM& vm;
  int64_t min_gallop = kMinGallop;
  std::vector<Value> tmp_keys, tmp_values;
  SortSlice a{nullptr, nullptr};  // the temp area
  Value* basekeys = nullptr;
  int64_t listlen = 0;
  std::vector<PendingRun> pending;
  bool has_values = false;

  explicit MergeState(VM& v) : vm(v) {}

  bool lt(const Value& x, const Value& y) { return less_than(vm, x, y); }

  void getmem(int64_t need) {
    if (int64_t(tmp_keys.size()) < need) {
      tmp_keys.resize(size_t(need));
      if (has_values) tmp_values.resize(size_t(need));
    }
    a.keys = tmp_keys.data();
    a.values = has_values ? tmp_values.data() : nullptr;
  }

  int64_t count_run(Value* lo, Value* hi, bool& descending) {
    descending = false;
    ++lo;
    if (lo == hi) return 1;
    int64_t n = 2;
    if (lt(*lo, *(lo - 1))) {
      descending = true;
      for (lo = lo + 1; lo < hi; ++lo, ++n)
        if (!lt(*lo, *(lo - 1))) break;
    } else {
      for (lo = lo + 1; lo < hi; ++lo, ++n)
        if (lt(*lo, *(lo - 1))) break;
    }
    return n;
  }

  void binarysort(SortSlice lo, Value* hi, Value* start) {
    if (lo.keys == start) ++start;
    for (; start < hi; ++start) {
      Value* l = lo.keys;
      Value* r = start;
      Value pivot = *r;
      do {
        Value* p = l + ((r - l) >> 1);
        if (lt(pivot, *p)) r = p;
        else l = p + 1;
      } while (l < r);
      for (Value* p = start; p > l; --p) *p = *(p - 1);
      *l = pivot;
      if (lo.values) {
        ptrdiff_t offset = lo.values - lo.keys;
        Value* p = start + offset;
        Value vpivot = *p;
        l += offset;
        for (p = start + offset; p > l; --p) *p = *(p - 1);
        *l = vpivot;
      }
    }
  }

  int64_t gallop_left(const Value& key, Value* a0, int64_t n, int64_t hint) {
    Value* a = a0 + hint;
    int64_t lastofs = 0, ofs = 1;
    if (lt(*a, key)) {
      const int64_t maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(a[ofs], key)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else {
          break;
        }
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const int64_t maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(*(a - ofs), key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      int64_t k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    a = a0;
    ++lastofs;
    while (lastofs < ofs) {
      int64_t m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(a[m], key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  int64_t gallop_right(const Value& key, Value* a0, int64_t n, int64_t hint) {
    Value* a = a0 + hint;
    int64_t lastofs = 0, ofs = 1;
    if (lt(key, *a)) {
      const int64_t maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(key, *(a - ofs))) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else {
          break;
        }
      }
      if (ofs > maxofs) ofs = maxofs;
      int64_t k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const int64_t maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(key, a[ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    a = a0;
    ++lastofs;
    while (lastofs < ofs) {
      int64_t m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(key, a[m])) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  // The "one pair at a time" mode of merge_lo and merge_hi: compares the heads of the runs and
  // moves the winner out, until a run has won `mg` times in a row (Gallop) or is down to its stop
  // length (ADone, BDone). From the low end B's head wins when it is less than A's, from the high
  // end A's head wins then.
  enum class PairwiseEnd { Gallop, ADone, BDone };
  template <class TakeA, class TakeB>
  PairwiseEnd merge_pairwise(const SortSlice& ssa, int64_t& na, int64_t a_stop, const SortSlice& ssb, int64_t& nb,
                             int64_t b_stop, int64_t mg, bool a_wins_when_b_less, TakeA take_a, TakeB take_b) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
      if (lt(ssb.keys[0], ssa.keys[0]) == a_wins_when_b_less) {
        take_a();
        ++acount;
        bcount = 0;
        if (--na == a_stop) return PairwiseEnd::ADone;
        if (acount >= mg) return PairwiseEnd::Gallop;
      } else {
        take_b();
        ++bcount;
        acount = 0;
        if (--nb == b_stop) return PairwiseEnd::BDone;
        if (bcount >= mg) return PairwiseEnd::Gallop;
      }
    }
  }

  void merge_lo(SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb) {
    getmem(na);
    ss_memcpy(a, 0, ssa, 0, na);
    SortSlice dest = ssa;
    ssa = a;
    int64_t k, mg;
    ss_copy_incr(dest, ssb);
    --nb;
    if (nb == 0) goto Succeed;
    if (na == 1) goto CopyB;
    mg = min_gallop;
    try {
      for (;;) {
        int64_t acount = 0, bcount = 0;
        PairwiseEnd end = merge_pairwise(ssa, na, 1, ssb, nb, 0, mg, false, [&] { ss_copy_incr(dest, ssa); },
                                         [&] { ss_copy_incr(dest, ssb); });
        if (end == PairwiseEnd::BDone) goto Succeed;
        if (end == PairwiseEnd::ADone) goto CopyB;
        ++mg;
        do {
          mg -= mg > 1;
          min_gallop = mg;
          k = gallop_right(ssb.keys[0], ssa.keys, na, 0);
          acount = k;
          if (k) {
            ss_memcpy(dest, 0, ssa, 0, k);
            ss_advance(dest, k);
            ss_advance(ssa, k);
            na -= k;
            if (na == 1) goto CopyB;
            if (na == 0) goto Succeed;
          }
          ss_copy_incr(dest, ssb);
          --nb;
          if (nb == 0) goto Succeed;
          k = gallop_left(ssa.keys[0], ssb.keys, nb, 0);
          bcount = k;
          if (k) {
            ss_memmove(dest, 0, ssb, 0, k);
            ss_advance(dest, k);
            ss_advance(ssb, k);
            nb -= k;
            if (nb == 0) goto Succeed;
          }
          ss_copy_incr(dest, ssa);
          --na;
          if (na == 1) goto CopyB;
        } while (acount >= kMinGallop || bcount >= kMinGallop);
        ++mg;
        min_gallop = mg;
      }
    } catch (...) {
      if (na) ss_memcpy(dest, 0, ssa, 0, na);
      throw;
    }
  Succeed:
    if (na) ss_memcpy(dest, 0, ssa, 0, na);
    return;
  CopyB:
    ss_memmove(dest, 0, ssb, 0, nb);
    ss_copy(dest, nb, ssa, 0);
  }

  void merge_hi(SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb) {
    getmem(nb);
    SortSlice dest = ssb;
    ss_advance(dest, nb - 1);
    ss_memcpy(a, 0, ssb, 0, nb);
    SortSlice basea = ssa;
    SortSlice baseb = a;
    ssb.keys = a.keys + nb - 1;
    if (ssb.values) ssb.values = a.values + nb - 1;
    ss_advance(ssa, na - 1);
    int64_t k, mg;
    ss_copy_decr(dest, ssa);
    --na;
    if (na == 0) goto Succeed;
    if (nb == 1) goto CopyA;
    mg = min_gallop;
    try {
      for (;;) {
        int64_t acount = 0, bcount = 0;
        PairwiseEnd end = merge_pairwise(ssa, na, 0, ssb, nb, 1, mg, true, [&] { ss_copy_decr(dest, ssa); },
                                         [&] { ss_copy_decr(dest, ssb); });
        if (end == PairwiseEnd::ADone) goto Succeed;
        if (end == PairwiseEnd::BDone) goto CopyA;
        ++mg;
        do {
          mg -= mg > 1;
          min_gallop = mg;
          k = gallop_right(ssb.keys[0], basea.keys, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            ss_advance(dest, -k);
            ss_advance(ssa, -k);
            ss_memmove(dest, 1, ssa, 1, k);
            na -= k;
            if (na == 0) goto Succeed;
          }
          ss_copy_decr(dest, ssb);
          --nb;
          if (nb == 1) goto CopyA;
          k = gallop_left(ssa.keys[0], baseb.keys, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            ss_advance(dest, -k);
            ss_advance(ssb, -k);
            ss_memcpy(dest, 1, ssb, 1, k);
            nb -= k;
            if (nb == 1) goto CopyA;
            if (nb == 0) goto Succeed;
          }
          ss_copy_decr(dest, ssa);
          --na;
          if (na == 0) goto Succeed;
        } while (acount >= kMinGallop || bcount >= kMinGallop);
        ++mg;
        min_gallop = mg;
      }
    } catch (...) {
      if (nb) ss_memcpy(dest, -(nb - 1), baseb, 0, nb);
      throw;
    }
  Succeed:
    if (nb) ss_memcpy(dest, -(nb - 1), baseb, 0, nb);
    return;
  CopyA:
    ss_memmove(dest, 1 - na, ssa, 1 - na, na);
    ss_advance(dest, -na);
    ss_advance(ssa, -na);
    ss_copy(dest, 0, ssb, 0);
  }

  void merge_at(size_t i) {
    SortSlice ssa = pending[i].base;
    int64_t na = pending[i].len;
    SortSlice ssb = pending[i + 1].base;
    int64_t nb = pending[i + 1].len;
    pending[i].len = na + nb;
    if (i + 3 == pending.size()) pending[i + 1] = pending[i + 2];
    pending.pop_back();
    int64_t k = gallop_right(*ssb.keys, ssa.keys, na, 0);
    ss_advance(ssa, k);
    na -= k;
    if (na == 0) return;
    nb = gallop_left(ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) merge_lo(ssa, na, ssb, nb);
    else merge_hi(ssa, na, ssb, nb);
  }

  static int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
    int result = 0;
    int64_t a = 2 * s1 + n1;
    int64_t b = a + n1 + n2;
    for (;;) {
      ++result;
      if (a >= n) {
        a -= n;
        b -= n;
      } else if (b >= n) {
        break;
      }
      a <<= 1;
      b <<= 1;
    }
    return result;
  }

  void found_new_run(int64_t n2) {
    if (!pending.empty()) {
      int64_t s1 = pending.back().base.keys - basekeys;
      int64_t n1 = pending.back().len;
      int power = powerloop(s1, n1, n2, listlen);
      while (pending.size() > 1 && pending[pending.size() - 2].power > power) merge_at(pending.size() - 2);
      pending.back().power = power;
    }
  }

  void force_collapse() {
    while (pending.size() > 1) {
      size_t n = pending.size() - 2;
      if (n > 0 && pending[n - 1].len < pending[n + 1].len) --n;
      merge_at(n);
    }
  }
};

int64_t compute_minrun(int64_t n) {
  int64_t r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

void timsort(VM& vm, Value* keys, Value* values, int64_t n) {
  if (n < 2) return;
  MergeState ms(vm);
  ms.has_values = values != nullptr;
  ms.basekeys = keys;
  ms.listlen = n;
  SortSlice lo{keys, values};
  int64_t nremaining = n;
  int64_t minrun = compute_minrun(nremaining);
  do {
    bool descending;
    int64_t run = ms.count_run(lo.keys, lo.keys + nremaining, descending);
    if (descending) reverse_sortslice(lo, run);
    if (run < minrun) {
      int64_t force = nremaining <= minrun ? nremaining : minrun;
      ms.binarysort(lo, lo.keys + force, lo.keys + run);
      run = force;
    }
    ms.found_new_run(run);
    ms.pending.push_back(PendingRun{lo, run, 0});
    ss_advance(lo, run);
    nremaining -= run;
  } while (nremaining);
  ms.force_collapse();
}

}  // namespace

void sort_values(VM& vm, std::vector<Value>& items, const Value& key, bool reverse) {
  int64_t n = int64_t(items.size());
  std::vector<Value> keys;
  if (!key.is_none()) {
    keys.reserve(items.size());
    for (auto& item : items) keys.push_back(vm.call1(key, item));
  }
  if (n < 2) return;
  if (reverse) {
    if (!keys.empty()) std::reverse(keys.begin(), keys.end());
    std::reverse(items.begin(), items.end());
  }
  try {
    if (keys.empty()) timsort(vm, items.data(), nullptr, n);
    else timsort(vm, keys.data(), items.data(), n);
  } catch (...) {
    if (reverse) std::reverse(items.begin(), items.end());
    throw;
  }
  if (reverse) std::reverse(items.begin(), items.end());
}

namespace {

// ===========================================================================================
// list
// ===========================================================================================
List* self_list(CallArgs& a, const char* m) { return self_of(a, T.list, m).as<List>(); }
Tuple* self_tuple(CallArgs& a, const char* m) { return self_of(a, T.tuple, m).as<Tuple>(); }

// _PyEval_SliceIndexNotNone for index(x, start, stop).
int64_t slice_index(VM& vm, const Value& v) {
  if (v.is_small_int()) return v.as_int();
  if (v.is(K_BigInt)) return v.as<BigInt>()->v < 0 ? INT64_MIN : INT64_MAX;
  if (v.is(K_Instance)) {
    Value m;
    if (class_lookup(type_of(v), intern("__index__"), m)) return as_index(vm, v);
  }
  raise(T.TypeError, "slice indices must be integers or have an __index__ method");
}

void norm_range(VM& vm, CallArgs& a, size_t first, int64_t len, int64_t& start, int64_t& stop) {
  start = 0;
  stop = INT64_MAX;
  if (a.nargs > first) start = slice_index(vm, a.args[first]);
  if (a.nargs > first + 1) stop = slice_index(vm, a.args[first + 1]);
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += len;
    if (stop < 0) stop = 0;
  }
}

Value list_append(VM&, CallArgs& a) {
  List* l = self_list(a, "append");
  one_arg(a, "list.append", 1);
  l->items.push_back(a.args[1]);
  return Value::none();
}

void extend_from(VM& vm, List* l, const Value& other) {
  if (other.is(K_List) || other.is(K_Tuple)) {
    std::vector<Value> copy = other.is(K_List) ? other.as<List>()->items : other.as<Tuple>()->items;
    l->items.insert(l->items.end(), copy.begin(), copy.end());
    return;
  }
  Value it = get_iter(vm, other);
  length_hint(vm, other);
  Value item;
  while (iter_next(vm, it, item)) l->items.push_back(item);
}

Value list_extend(VM& vm, CallArgs& a) {
  List* l = self_list(a, "extend");
  one_arg(a, "list.extend", 1);
  extend_from(vm, l, a.args[1]);
  return Value::none();
}

Value list_insert(VM& vm, CallArgs& a) {
  List* l = self_list(a, "insert");
  unpack_args(a, "insert", 2, 2, 1);
  int64_t i = as_index(vm, a.args[1]);
  int64_t n = int64_t(l->items.size());
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  l->items.insert(l->items.begin() + i, a.args[2]);
  return Value::none();
}

Value list_pop(VM& vm, CallArgs& a) {
  List* l = self_list(a, "pop");
  unpack_args(a, "pop", 0, 1, 1);
  int64_t i = -1;
  if (a.nargs > 1) i = as_index(vm, a.args[1]);
  int64_t n = int64_t(l->items.size());
  if (n == 0) raise(T.IndexError, "pop from empty list");
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(T.IndexError, "pop index out of range");
  Value v = std::move(l->items[size_t(i)]);
  l->items.erase(l->items.begin() + i);
  return v;
}

Value list_remove(VM& vm, CallArgs& a) {
  List* l = self_list(a, "remove");
  one_arg(a, "list.remove", 1);
  Value keep = a.args[0];
  for (size_t i = 0; i < l->items.size(); ++i) {
    Value x = l->items[i];
    if (same_or_equal(vm, x, a.args[1])) {
      if (i < l->items.size()) l->items.erase(l->items.begin() + int64_t(i));
      return Value::none();
    }
  }
  raise(T.ValueError, "list.remove(x): x not in list");
}

Value list_index(VM& vm, CallArgs& a) {
  List* l = self_list(a, "index");
  unpack_args(a, "index", 1, 3, 1);
  Value keep = a.args[0];
  int64_t start, stop;
  norm_range(vm, a, 2, int64_t(l->items.size()), start, stop);
  for (int64_t i = start; i < stop && i < int64_t(l->items.size()); ++i) {
    Value x = l->items[size_t(i)];
    if (same_or_equal(vm, x, a.args[1])) return Value::integer(i);
  }
  raisef(T.ValueError, "{} is not in list", repr_text(vm, a.args[1]));
}

Value list_count(VM& vm, CallArgs& a) {
  List* l = self_list(a, "count");
  one_arg(a, "list.count", 1);
  Value keep = a.args[0];
  int64_t c = 0;
  for (size_t i = 0; i < l->items.size(); ++i) {
    Value x = l->items[i];
    if (same_or_equal(vm, x, a.args[1])) ++c;
  }
  return Value::integer(c);
}

Value list_sort(VM& vm, CallArgs& a) {
  Value self = self_of(a, T.list, "sort");
  List* l = self.as<List>();
  if (a.nargs > 1) raise(T.TypeError, "sort() takes no positional arguments");
  allow_kw(a, "sort", {"key", "reverse"});
  Value key;
  bool reverse = false;
  if (Value* k = kw(a, "key")) key = *k;
  if (Value* r = kw(a, "reverse")) {
    if (r->is_float()) raise(T.TypeError, "'float' object cannot be interpreted as an integer");
    reverse = truthy(vm, *r);
  }
  // The list is empty while it is sorted, as in CPython, so key functions and comparisons
  // that look at it (or change it) behave the same.
  std::vector<Value> saved = std::move(l->items);
  l->items = std::vector<Value>();
  bool failed = false;
  try {
    sort_values(vm, saved, key, reverse);
  } catch (...) {
    failed = true;
    l->items = std::move(saved);
    throw;
  }
  bool modified = !l->items.empty() || l->items.capacity() != 0;
  l->items = std::move(saved);
  if (modified && !failed) raise(T.ValueError, "list modified during sort");
  return Value::none();
}

Value list_reverse(VM&, CallArgs& a) {
  List* l = self_list(a, "reverse");
  no_args(a, "list.reverse", 1);
  std::reverse(l->items.begin(), l->items.end());
  return Value::none();
}

Value list_copy(VM&, CallArgs& a) {
  List* l = self_list(a, "copy");
  no_args(a, "list.copy", 1);
  return new_list(l->items);
}

Value list_clear(VM&, CallArgs& a) {
  List* l = self_list(a, "clear");
  no_args(a, "list.clear", 1);
  std::vector<Value> old = std::move(l->items);
  l->items = std::vector<Value>();
  return Value::none();
}

Value list_new(VM& vm, CallArgs& a) {
  if (a.nkw()) raise(T.TypeError, "list() takes no keyword arguments");
  if (a.nargs > 2) raisef(T.TypeError, "list expected at most 1 argument, got {}", a.nargs - 1);
  if (a.nargs == 1) return new_list({});
  return new_list(to_vector(vm, a.args[1], true));
}

// ===========================================================================================
// tuple
// ===========================================================================================
Value tuple_new(VM& vm, CallArgs& a) {
  if (a.nkw()) raise(T.TypeError, "tuple() takes no keyword arguments");
  if (a.nargs > 2) raisef(T.TypeError, "tuple expected at most 1 argument, got {}", a.nargs - 1);
  if (a.nargs == 1) return empty_tuple();
  if (a.args[1].is(K_Tuple)) return a.args[1];
  return new_tuple(to_vector(vm, a.args[1], true));
}

Value tuple_index(VM& vm, CallArgs& a) {
  Tuple* t = self_tuple(a, "index");
  unpack_args(a, "index", 1, 3, 1);
  int64_t start, stop;
  norm_range(vm, a, 2, int64_t(t->items.size()), start, stop);
  for (int64_t i = start; i < stop && i < int64_t(t->items.size()); ++i)
    if (same_or_equal(vm, t->items[size_t(i)], a.args[1])) return Value::integer(i);
  raise(T.ValueError, "tuple.index(x): x not in tuple");
}

Value tuple_count(VM& vm, CallArgs& a) {
  Tuple* t = self_tuple(a, "count");
  one_arg(a, "tuple.count", 1);
  int64_t c = 0;
  for (auto& x : t->items)
    if (same_or_equal(vm, x, a.args[1])) ++c;
  return Value::integer(c);
}

// ===========================================================================================
// range
// ===========================================================================================
Value range_count(VM& vm, CallArgs& a) {
  Range* r = self_of(a, T.range, "count").as<Range>();
  one_arg(a, "range.count", 1);
  const Value& x = a.args[1];
  if (is_int(x) && !x.is_bool()) {
    mpz_class i;
    return Value::integer(range_find(r, to_mpz(x), i) ? 1 : 0);
  }
  int64_t c = 0;
  for (int64_t i = 0, n = range_len(r); i < n; ++i)
    if (same_or_equal(vm, range_item(vm, r, Value::integer(i)), x)) ++c;
  return Value::integer(c);
}

Value range_index(VM& vm, CallArgs& a) {
  Range* r = self_of(a, T.range, "index").as<Range>();
  one_arg(a, "range.index", 1);
  const Value& x = a.args[1];
  if (is_int(x) && !x.is_bool()) {
    mpz_class i;
    if (range_find(r, to_mpz(x), i)) return new_int(i);
    raisef(T.ValueError, "{} is not in range", repr_text(vm, x));
  }
  for (int64_t i = 0, n = range_len(r); i < n; ++i)
    if (same_or_equal(vm, range_item(vm, r, Value::integer(i)), x)) return Value::integer(i);
  raise(T.ValueError, "sequence.index(x): x not in sequence");
}

}  // namespace

void install_list_methods() {
  add_method(T.list, "__new__", list_new);
  add_method(T.list, "append", list_append);
  add_method(T.list, "extend", list_extend);
  add_method(T.list, "insert", list_insert);
  add_method(T.list, "pop", list_pop);
  add_method(T.list, "remove", list_remove);
  add_method(T.list, "index", list_index);
  add_method(T.list, "count", list_count);
  add_method(T.list, "sort", list_sort);
  add_method(T.list, "reverse", list_reverse);
  add_method(T.list, "copy", list_copy);
  add_method(T.list, "clear", list_clear);
  add_method(T.tuple, "__new__", tuple_new);
  add_method(T.tuple, "index", tuple_index);
  add_method(T.tuple, "count", tuple_count);
  add_method(T.range, "count", range_count);
  add_method(T.range, "index", range_index);
}

}  // namespace looplab
