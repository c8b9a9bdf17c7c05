// dict, set and frozenset methods and constructors (CPython 3.11's algorithms, so that the
// order of the resulting sets is CPython's: which operand is iterated, which keys are added).
#include "core/builtins.h"
#include "core/vm.h"

namespace looplab {

// ----- set table helpers ----------------------------------------------------------------------
// set_clear_internal: back to an empty 8-slot table.
void set_clear_table(Set* s) {
  std::vector<Set::Slot> old = std::move(s->table);
  s->table = std::vector<Set::Slot>(8);
  s->used = 0;
  s->fill = 0;
}

namespace {

// set_table_resize (setobject.c), needed after difference_update removes many entries: the table
// shrinks, and that changes the iteration order of what is left exactly as in CPython.
// (Mirrors the private resize() of set.cpp.)
void set_resize(Set* s, int64_t minused) {
  size_t newsize = 8;
  while (newsize <= size_t(minused)) newsize <<= 1;
  std::vector<Set::Slot> old = std::move(s->table);
  s->table = std::vector<Set::Slot>(newsize);
  size_t mask = newsize - 1;
  s->fill = s->used;
  for (auto& slot : old) {
    if (slot.state != 1) continue;
    uint64_t perturb = uint64_t(slot.hash);
    size_t i = size_t(slot.hash) & mask;
    for (;;) {
      if (s->table[i].state == 0) break;
      bool found = false;
      if (i + 9 <= mask) {
        for (size_t j = 1; j <= 9; ++j) {
          if (s->table[i + j].state == 0) {
            i += j;
            found = true;
            break;
          }
        }
      }
      if (found) break;
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
    s->table[i].key = std::move(slot.key);
    s->table[i].hash = slot.hash;
    s->table[i].state = 1;
  }
}

bool is_anyset(const Value& v) { return v.is(K_Set) || v.is(K_FrozenSet); }

std::vector<Value> set_items(const Set* s) {
  std::vector<Value> out;
  out.reserve(size_t(s->used));
  for (auto& slot : s->table)
    if (slot.state == 1) out.push_back(slot.key);
  return out;
}

}  // namespace

// set_update_internal
void set_update_from(VM& vm, Set* s, const Value& other) {
  if (is_anyset(other)) {
    if (other.as<Set>() == s) return;
    set_merge(vm, s, other.as<Set>());
    return;
  }
  if (other.is(K_Dict)) {
    std::vector<Value> keys;
    for (auto& e : other.as<Dict>()->entries)
      if (e.live) keys.push_back(e.key);
    for (auto& k : keys) set_add(vm, s, k);
    return;
  }
  Value it = get_iter(vm, other);
  Value item;
  while (iter_next(vm, it, item)) set_add(vm, s, item);
}

Value set_from_iterable(VM& vm, const Value& iterable, bool frozen) {
  Value out = new_set(frozen);
  set_update_from(vm, out.as<Set>(), iterable);
  return out;
}

Value set_copy_of(VM& vm, const Value& s, bool frozen) {
  Value out = new_set(frozen);
  set_merge(vm, out.as<Set>(), s.as<Set>());
  return out;
}

namespace {

// ===========================================================================================
// dict
// ===========================================================================================
Dict* self_dict(CallArgs& a, const char* m) { return self_of(a, T.dict, m).as<Dict>(); }

[[noreturn]] void key_error(const Value& key) { raise_value(new_exception(T.KeyError, {key})); }

// dict_update_arg: a mapping (dict or anything with keys()) or an iterable of pairs.
void dict_update_arg(VM& vm, Dict* d, const Value& arg) {
  if (arg.is(K_Dict)) {
    Dict* src = arg.as<Dict>();
    if (src == d) return;
    std::vector<std::pair<Value, Value>> items;
    for (auto& e : src->entries)
      if (e.live) items.emplace_back(e.key, e.value);
    for (auto& [k, v] : items) dict_set(vm, d, k, v);
    return;
  }
  Value keys_fn;
  bool has_keys = false;
  try {
    has_keys = getattr_opt(vm, arg, intern("keys"), keys_fn);
  } catch (PyException& e) {
    if (!isinstance(e.exc, T.AttributeError)) throw;
  }
  if (has_keys) {
    Value keys = vm.call0(keys_fn);
    Value it = get_iter(vm, keys);
    Value k;
    while (iter_next(vm, it, k)) dict_set(vm, d, k, getitem(vm, arg, k));
    return;
  }
  Value it = get_iter(vm, arg);
  Value item;
  int64_t i = 0;
  while (iter_next(vm, it, item)) {
    Value pit;
    try {
      pit = get_iter(vm, item);
    } catch (PyException& e) {
      if (isinstance(e.exc, T.TypeError))
        raisef(T.TypeError, "cannot convert dictionary update sequence element #{} to a sequence", i);
      throw;
    }
    std::vector<Value> pair;
    Value x;
    while (iter_next(vm, pit, x)) pair.push_back(x);
    if (pair.size() != 2)
      raisef(T.ValueError, "dictionary update sequence element #{} has length {}; 2 is required", i,
             pair.size());
    dict_set(vm, d, pair[0], pair[1]);
    ++i;
  }
}

void dict_update_kwargs(VM& vm, Dict* d, CallArgs& a) {
  size_t n = a.nkw();
  for (size_t i = 0; i < n; ++i) dict_set(vm, d, a.kwnames->items[i], a.kwvalues[i]);
}

Value dict_new(VM& vm, CallArgs& a) {
  if (a.nargs > 2) raisef(T.TypeError, "dict expected at most 1 argument, got {}", a.nargs - 1);
  Value d = new_dict();
  if (a.nargs == 2) dict_update_arg(vm, d.as<Dict>(), a.args[1]);
  dict_update_kwargs(vm, d.as<Dict>(), a);
  return d;
}

Value dict_update(VM& vm, CallArgs& a) {
  Dict* d = self_dict(a, "update");
  if (a.nargs > 2) raisef(T.TypeError, "update expected at most 1 argument, got {}", a.nargs - 1);
  if (a.nargs == 2) dict_update_arg(vm, d, a.args[1]);
  dict_update_kwargs(vm, d, a);
  return Value::none();
}

Value dict_get_m(VM& vm, CallArgs& a) {
  Dict* d = self_dict(a, "get");
  unpack_args(a, "get", 1, 2, 1);
  Value out;
  if (dict_get(vm, d, a.args[1], out)) return out;
  return a.nargs == 3 ? a.args[2] : Value::none();
}

Value dict_setdefault(VM& vm, CallArgs& a) {
  Dict* d = self_dict(a, "setdefault");
  unpack_args(a, "setdefault", 1, 2, 1);
  Value out;
  if (dict_get(vm, d, a.args[1], out)) return out;
  Value dflt = a.nargs == 3 ? a.args[2] : Value::none();
  dict_set(vm, d, a.args[1], dflt);
  return dflt;
}

Value dict_pop(VM& vm, CallArgs& a) {
  Dict* d = self_dict(a, "pop");
  unpack_args(a, "pop", 1, 2, 1);
  Value out;
  if (dict_get(vm, d, a.args[1], out)) {
    dict_del(vm, d, a.args[1]);
    return out;
  }
  if (a.nargs == 3) return a.args[2];
  key_error(a.args[1]);
}

Value dict_popitem(VM& vm, CallArgs& a) {
  Dict* d = self_dict(a, "popitem");
  no_args(a, "dict.popitem", 1);
  for (size_t i = d->entries.size(); i-- > 0;) {
    if (!d->entries[i].live) continue;
    Value k = d->entries[i].key, v = d->entries[i].value;
    dict_del(vm, d, k);
    return new_tuple({k, v});
  }
  raise(T.KeyError, "popitem(): dictionary is empty");
}

Value make_view(CallArgs& a, const char* m, DictView::Which w) {
  Value& self = self_of(a, T.dict, m);
  no_args(a, std::string("dict.") + m, 1);
  return Value(new DictView(self, w));
}

Value dict_keys(VM&, CallArgs& a) { return make_view(a, "keys", DictView::Which::Keys); }
Value dict_values(VM&, CallArgs& a) { return make_view(a, "values", DictView::Which::Values); }
Value dict_items(VM&, CallArgs& a) { return make_view(a, "items", DictView::Which::Items); }

Value dict_clear_m(VM&, CallArgs& a) {
  Dict* d = self_dict(a, "clear");
  no_args(a, "dict.clear", 1);
  dict_clear(d);
  return Value::none();
}

Value dict_copy(VM& vm, CallArgs& a) {
  Dict* d = self_dict(a, "copy");
  no_args(a, "dict.copy", 1);
  Value out = new_dict();
  for (auto& e : d->entries)
    if (e.live) dict_set(vm, out.as<Dict>(), e.key, e.value);
  return out;
}

// dict.fromkeys(iterable, value=None): a classmethod (args[0] is the class).
Value dict_fromkeys(VM& vm, CallArgs& a) {
  no_kw(a, "fromkeys");
  if (a.nargs < 2) raisef(T.TypeError, "fromkeys expected at least 1 argument, got {}", a.nargs - 1);
  if (a.nargs > 3) raisef(T.TypeError, "fromkeys expected at most 2 arguments, got {}", a.nargs - 1);
  Value value = a.nargs == 3 ? a.args[2] : Value::none();
  Value out = new_dict();
  Value it = get_iter(vm, a.args[1]);
  Value k;
  while (iter_next(vm, it, k)) dict_set(vm, out.as<Dict>(), k, value);
  return out;
}

// ===========================================================================================
// set / frozenset
// ===========================================================================================
Value& self_set(CallArgs& a, const char* m) {
  if (a.nargs == 0) raisef(T.TypeError, "unbound method set.{}() needs an argument", m);
  if (!is_anyset(a.args[0]))
    raisef(T.TypeError, "descriptor '{}' for 'set' objects doesn't apply to a '{}' object", m, tn(a.args[0]));
  return a.args[0];
}

Set* self_mutable_set(CallArgs& a, const char* m) {
  if (a.nargs == 0) raisef(T.TypeError, "unbound method set.{}() needs an argument", m);
  if (!a.args[0].is(K_Set))
    raisef(T.TypeError, "descriptor '{}' for 'set' objects doesn't apply to a '{}' object", m, tn(a.args[0]));
  return a.args[0].as<Set>();
}

std::string qual(const Value& self, const char* m) {
  return std::string(self.is(K_FrozenSet) ? "frozenset." : "set.") + m;
}

Value set_new_impl(VM& vm, CallArgs& a, bool frozen) {
  const char* name = frozen ? "frozenset" : "set";
  if (a.nkw()) raisef(T.TypeError, "{}() takes no keyword arguments", name);
  if (a.nargs > 2) raisef(T.TypeError, "{} expected at most 1 argument, got {}", name, a.nargs - 1);
  if (a.nargs == 1) return new_set(frozen);
  if (frozen && a.args[1].is(K_FrozenSet)) return a.args[1];
  return set_from_iterable(vm, a.args[1], frozen);
}

Value set_new_fn(VM& vm, CallArgs& a) { return set_new_impl(vm, a, false); }
Value frozenset_new_fn(VM& vm, CallArgs& a) { return set_new_impl(vm, a, true); }

Value set_add_m(VM& vm, CallArgs& a) {
  Set* s = self_mutable_set(a, "add");
  one_arg(a, "set.add", 1);
  set_add(vm, s, a.args[1]);
  return Value::none();
}

// remove/discard/contains of a set argument look up frozenset(arg), as CPython does.
bool discard_key(VM& vm, Set* s, const Value& key) {
  if (key.is(K_Set)) {
    Value fs = set_copy_of(vm, key, true);
    return set_discard(vm, s, fs);
  }
  return set_discard(vm, s, key);
}

Value set_remove_m(VM& vm, CallArgs& a) {
  Set* s = self_mutable_set(a, "remove");
  one_arg(a, "set.remove", 1);
  if (!discard_key(vm, s, a.args[1])) raise_value(new_exception(T.KeyError, {a.args[1]}));
  return Value::none();
}

Value set_discard_m(VM& vm, CallArgs& a) {
  Set* s = self_mutable_set(a, "discard");
  one_arg(a, "set.discard", 1);
  discard_key(vm, s, a.args[1]);
  return Value::none();
}

Value set_pop_m(VM& vm, CallArgs& a) {
  Set* s = self_mutable_set(a, "pop");
  no_args(a, "set.pop", 1);
  return set_pop(vm, s);
}

Value set_clear_m(VM&, CallArgs& a) {
  Set* s = self_mutable_set(a, "clear");
  no_args(a, "set.clear", 1);
  set_clear_table(s);
  return Value::none();
}

Value set_copy_m(VM& vm, CallArgs& a) {
  Value& self = self_set(a, "copy");
  no_args(a, qual(self, "copy"), 1);
  if (self.is(K_FrozenSet)) return self;
  return set_copy_of(vm, self, false);
}

Value set_union_m(VM& vm, CallArgs& a) {
  Value& self = self_set(a, "union");
  no_kw(a, qual(self, "union"));
  Value result = set_copy_of(vm, self, self.is(K_FrozenSet));
  for (size_t i = 1; i < a.nargs; ++i) set_update_from(vm, result.as<Set>(), a.args[i]);
  return result;
}

Value set_update_m(VM& vm, CallArgs& a) {
  Set* s = self_mutable_set(a, "update");
  no_kw(a, "set.update");
  for (size_t i = 1; i < a.nargs; ++i) set_update_from(vm, s, a.args[i]);
  return Value::none();
}

// set_intersection
Value intersection(VM& vm, const Value& so_in, const Value& other, bool frozen) {
  Value result = new_set(frozen);
  Set* r = result.as<Set>();
  if (is_anyset(other)) {
    Value so = so_in, ot = other;
    if (ot.as<Set>()->used > so.as<Set>()->used) std::swap(so, ot);
    for (auto& k : set_items(ot.as<Set>()))
      if (set_contains(vm, so.as<Set>(), k)) set_add(vm, r, k);
    return result;
  }
  Value it = get_iter(vm, other);
  Value key;
  while (iter_next(vm, it, key))
    if (set_contains(vm, so_in.as<Set>(), key)) set_add(vm, r, key);
  return result;
}

Value set_intersection_m(VM& vm, CallArgs& a) {
  Value& self = self_set(a, "intersection");
  no_kw(a, qual(self, "intersection"));
  bool frozen = self.is(K_FrozenSet);
  if (a.nargs == 1) return frozen ? self : set_copy_of(vm, self, false);
  Value result = self;
  for (size_t i = 1; i < a.nargs; ++i) result = intersection(vm, result, a.args[i], frozen);
  return result;
}

void replace_contents(VM& vm, Set* s, const Value& with) {
  set_clear_table(s);
  set_merge(vm, s, with.as<Set>());
}

Value set_intersection_update_m(VM& vm, CallArgs& a) {
  Set* s = self_mutable_set(a, "intersection_update");
  no_kw(a, "set.intersection_update");
  Value self = a.args[0];
  Value result = self;
  for (size_t i = 1; i < a.nargs; ++i) result = intersection(vm, result, a.args[i], false);
  if (a.nargs > 1) replace_contents(vm, s, result);
  return Value::none();
}

// set_difference_update_internal
void difference_update(VM& vm, Set* s, const Value& other) {
  if (other.is_obj() && other.obj() == s) {
    set_clear_table(s);
    return;
  }
  if (is_anyset(other)) {
    for (auto& k : set_items(other.as<Set>())) set_discard(vm, s, k);
  } else if (other.is(K_Dict)) {
    std::vector<Value> keys;
    for (auto& e : other.as<Dict>()->entries)
      if (e.live) keys.push_back(e.key);
    for (auto& k : keys) set_discard(vm, s, k);
  } else {
    Value it = get_iter(vm, other);
    Value key;
    while (iter_next(vm, it, key)) set_discard(vm, s, key);
  }
  // More than a quarter dummies: resize them away.
  if (size_t(s->fill - s->used) * 4 <= s->table.size() - 1) return;
  set_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

Value difference(VM& vm, const Value& so, const Value& other, bool frozen) {
  int64_t other_size;
  if (is_anyset(other)) other_size = other.as<Set>()->used;
  else if (other.is(K_Dict)) other_size = other.as<Dict>()->used;
  else other_size = -1;
  if (other_size < 0 || (so.as<Set>()->used >> 2) > other_size) {
    Value result = set_copy_of(vm, so, frozen);
    difference_update(vm, result.as<Set>(), other);
    return result;
  }
  Value result = new_set(frozen);
  for (auto& k : set_items(so.as<Set>())) {
    bool in_other;
    if (other.is(K_Dict)) {
      Value v;
      in_other = dict_get(vm, other.as<Dict>(), k, v);
    } else {
      in_other = set_contains(vm, other.as<Set>(), k);
    }
    if (!in_other) set_add(vm, result.as<Set>(), k);
  }
  return result;
}

Value set_difference_m(VM& vm, CallArgs& a) {
  Value& self = self_set(a, "difference");
  no_kw(a, qual(self, "difference"));
  bool frozen = self.is(K_FrozenSet);
  if (a.nargs == 1) return frozen ? self : set_copy_of(vm, self, false);
  Value result = difference(vm, self, a.args[1], frozen);
  for (size_t i = 2; i < a.nargs; ++i) difference_update(vm, result.as<Set>(), a.args[i]);
  return result;
}

Value set_difference_update_m(VM& vm, CallArgs& a) {
  Set* s = self_mutable_set(a, "difference_update");
  no_kw(a, "set.difference_update");
  for (size_t i = 1; i < a.nargs; ++i) difference_update(vm, s, a.args[i]);
  return Value::none();
}

void symmetric_difference_update(VM& vm, Set* s, const Value& other) {
  if (other.is_obj() && other.obj() == s) {
    set_clear_table(s);
    return;
  }
  std::vector<Value> keys;
  if (other.is(K_Dict)) {
    for (auto& e : other.as<Dict>()->entries)
      if (e.live) keys.push_back(e.key);
  } else if (is_anyset(other)) {
    keys = set_items(other.as<Set>());
  } else {
    Value tmp = set_from_iterable(vm, other, false);
    keys = set_items(tmp.as<Set>());
  }
  for (auto& k : keys)
    if (!set_discard(vm, s, k)) set_add(vm, s, k);
}

Value set_symmetric_difference_m(VM& vm, CallArgs& a) {
  Value& self = self_set(a, "symmetric_difference");
  one_arg(a, qual(self, "symmetric_difference"), 1);
  Value result = set_from_iterable(vm, a.args[1], self.is(K_FrozenSet));
  symmetric_difference_update(vm, result.as<Set>(), self);
  return result;
}

Value set_symmetric_difference_update_m(VM& vm, CallArgs& a) {
  Set* s = self_mutable_set(a, "symmetric_difference_update");
  one_arg(a, "set.symmetric_difference_update", 1);
  symmetric_difference_update(vm, s, a.args[1]);
  return Value::none();
}

bool subset(VM& vm, Set* x, Set* y) {
  if (x->used > y->used) return false;
  for (auto& k : set_items(x))
    if (!set_contains(vm, y, k)) return false;
  return true;
}

Value set_issubset_m(VM& vm, CallArgs& a) {
  Value& self = self_set(a, "issubset");
  one_arg(a, qual(self, "issubset"), 1);
  Value other = is_anyset(a.args[1]) ? a.args[1] : set_from_iterable(vm, a.args[1], false);
  return Value::boolean(subset(vm, self.as<Set>(), other.as<Set>()));
}

Value set_issuperset_m(VM& vm, CallArgs& a) {
  Value& self = self_set(a, "issuperset");
  one_arg(a, qual(self, "issuperset"), 1);
  if (is_anyset(a.args[1])) return Value::boolean(subset(vm, a.args[1].as<Set>(), self.as<Set>()));
  Value it = get_iter(vm, a.args[1]);
  Value key;
  while (iter_next(vm, it, key))
    if (!set_contains(vm, self.as<Set>(), key)) return Value::boolean(false);
  return Value::boolean(true);
}

Value set_isdisjoint_m(VM& vm, CallArgs& a) {
  Value& self = self_set(a, "isdisjoint");
  one_arg(a, qual(self, "isdisjoint"), 1);
  const Value& other = a.args[1];
  Set* s = self.as<Set>();
  if (other.is_obj() && other.obj() == s) return Value::boolean(s->used == 0);
  if (is_anyset(other)) {
    Set* x = s;
    Set* y = other.as<Set>();
    if (x->used > y->used) std::swap(x, y);
    for (auto& k : set_items(x))
      if (set_contains(vm, y, k)) return Value::boolean(false);
    return Value::boolean(true);
  }
  Value it = get_iter(vm, other);
  Value key;
  while (iter_next(vm, it, key))
    if (set_contains(vm, s, key)) return Value::boolean(false);
  return Value::boolean(true);
}

}  // namespace

void install_dict_methods() {
  add_method(T.dict, "__new__", dict_new);
  add_method(T.dict, "update", dict_update);
  add_method(T.dict, "get", dict_get_m);
  add_method(T.dict, "setdefault", dict_setdefault);
  add_method(T.dict, "pop", dict_pop);
  add_method(T.dict, "popitem", dict_popitem);
  add_method(T.dict, "keys", dict_keys);
  add_method(T.dict, "values", dict_values);
  add_method(T.dict, "items", dict_items);
  add_method(T.dict, "clear", dict_clear_m);
  add_method(T.dict, "copy", dict_copy);
  {
    auto* cm = new ClassMethod();
    cm->refcount = kImmortal;
    cm->func = make_native("fromkeys", dict_fromkeys);
    dict_set_str(T.dict->attrs(), intern("fromkeys"), Value(cm));
  }

  add_method(T.set, "__new__", set_new_fn);
  add_method(T.frozenset, "__new__", frozenset_new_fn);
  add_method(T.set, "add", set_add_m);
  add_method(T.set, "remove", set_remove_m);
  add_method(T.set, "discard", set_discard_m);
  add_method(T.set, "pop", set_pop_m);
  add_method(T.set, "clear", set_clear_m);
  add_method(T.set, "update", set_update_m);
  add_method(T.set, "intersection_update", set_intersection_update_m);
  add_method(T.set, "difference_update", set_difference_update_m);
  add_method(T.set, "symmetric_difference_update", set_symmetric_difference_update_m);
  for (Class* c : {T.set, T.frozenset}) {
    add_method(c, "copy", set_copy_m);
    add_method(c, "union", set_union_m);
    add_method(c, "intersection", set_intersection_m);
    add_method(c, "difference", set_difference_m);
    add_method(c, "symmetric_difference", set_symmetric_difference_m);
    add_method(c, "issubset", set_issubset_m);
    add_method(c, "issuperset", set_issuperset_m);
    add_method(c, "isdisjoint", set_isdisjoint_m);
  }
}

}  // namespace looplab
