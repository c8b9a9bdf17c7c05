// Subscripts (x[i], x[a:b:c]) and iteration over the builtin types and user classes.
#include <algorithm>

#include "core/builtins.h"
#include "core/code.h"
#include "core/range.h"
#include "core/runtime.h"
#include "core/vm.h"

namespace looplab {
namespace {

// ----- iterators over builtin containers ------------------------------------------------------
struct SeqIterator : NativeIterator {
  Value seq;  // List or Tuple; a list may grow while iterated, as in Python
  size_t index = 0;
  bool next(VM&, Value& out) override {
    if (seq.is_none()) return false;  // exhausted iterators stay exhausted
    const auto& items = seq.is(K_List) ? seq.as<List>()->items : seq.as<Tuple>()->items;
    if (index >= items.size()) {
      seq = Value();
      return false;
    }
    out = items[index++];
    return true;
  }
  const char* type_name() const override { return "list_iterator"; }
};

struct StrIterator : NativeIterator {
  Value str;
  size_t byte = 0;
  bool next(VM&, Value& out) override {
    const std::string& s = str.as<Str>()->s;
    if (byte >= s.size()) return false;
    size_t len = 1;
    unsigned char c = static_cast<unsigned char>(s[byte]);
    if (c >= 0xF0) len = 4;
    else if (c >= 0xE0) len = 3;
    else if (c >= 0xC0) len = 2;
    out = new_str(s.substr(byte, len));
    byte += len;
    return true;
  }
  const char* type_name() const override { return "str_ascii_iterator"; }
};

struct DictIterator : NativeIterator {
  Value dict;
  DictView::Which which;
  size_t pos = 0;
  int64_t expected_size;
  bool next(VM&, Value& out) override {
    Dict* d = dict.as<Dict>();
    if (d->used != expected_size) {
      expected_size = -1;
      raise(T.RuntimeError, "dictionary changed size during iteration");
    }
    while (pos < d->entries.size() && !d->entries[pos].live) ++pos;
    if (pos >= d->entries.size()) return false;
    auto& e = d->entries[pos++];
    switch (which) {
      case DictView::Which::Keys: out = e.key; break;
      case DictView::Which::Values: out = e.value; break;
      case DictView::Which::Items: out = new_tuple({e.key, e.value}); break;
    }
    return true;
  }
  const char* type_name() const override { return "dict_keyiterator"; }
};

struct SetIterator : NativeIterator {
  Value set;
  size_t pos = 0;
  int64_t expected_size;
  bool next(VM&, Value& out) override {
    Set* s = set.as<Set>();
    if (s->used != expected_size) raise(T.RuntimeError, "Set changed size during iteration");
    while (pos < s->table.size() && s->table[pos].state != 1) ++pos;
    if (pos >= s->table.size()) return false;
    out = s->table[pos++].key;
    return true;
  }
  const char* type_name() const override { return "set_iterator"; }
};

// iter(obj) for a class with __getitem__ but no __iter__: obj[0], obj[1], ... until IndexError.
struct GetItemIterator : NativeIterator {
  Value obj;
  int64_t index = 0;
  bool next(VM& vm, Value& out) override {
    try {
      out = getitem(vm, obj, Value::integer(index++));
      return true;
    } catch (PyException& e) {
      if (isinstance(e.exc, T.IndexError) || isinstance(e.exc, T.StopIteration)) return false;
      throw;
    }
  }
  const char* type_name() const override { return "iterator"; }
};

// Normalises a slice against a length, CPython's PySlice_AdjustIndices.
struct SliceIndices {
  int64_t start, stop, step, length;
};

int64_t slice_part(VM& vm, const Value& v, int64_t fallback) {
  if (v.is_none()) return fallback;
  if (v.is(K_BigInt)) return v.as<BigInt>()->v < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  if (!v.is_small_int()) {
    Value method;
    if (v.is_obj() && v.obj_kind() == K_Instance && class_lookup(type_of(v), intern("__index__"), method))
      return index_value(vm, v, "slice");
    raise(T.TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  return v.as_int();
}

SliceIndices slice_indices(VM& vm, const Slice* s, int64_t length) {
  SliceIndices r{};
  r.step = slice_part(vm, s->step, 1);
  if (r.step == 0) raise(T.ValueError, "slice step cannot be zero");
  bool neg = r.step < 0;
  int64_t lower = neg ? -1 : 0, upper = neg ? length - 1 : length;
  auto adjust = [&](const Value& v, int64_t fallback) {
    if (v.is_none()) return fallback;
    return clamp_slice_index(slice_part(vm, v, fallback), length, lower, upper);
  };
  r.start = adjust(s->start, neg ? upper : lower);
  r.stop = adjust(s->stop, neg ? lower : upper);
  if (neg) r.length = r.stop < r.start ? (r.start - r.stop - 1) / (-r.step) + 1 : 0;
  else r.length = r.start < r.stop ? (r.stop - r.start - 1) / r.step + 1 : 0;
  return r;
}

int64_t normalise_index(VM& vm, const Value& key, int64_t length, const char* what) {
  int64_t i = index_value(vm, key, what);
  if (i < 0) i += length;
  if (i < 0 || i >= length) raise(T.IndexError, std::string(what) + " index out of range");
  return i;
}

std::vector<Value> slice_items(VM& vm, const std::vector<Value>& items, const Slice* s) {
  SliceIndices r = slice_indices(vm, s, int64_t(items.size()));
  std::vector<Value> out;
  out.reserve(size_t(r.length));
  for (int64_t i = 0, at = r.start; i < r.length; ++i, at += r.step) out.push_back(items[size_t(at)]);
  return out;
}

Value user_item_call(VM& vm, const Value& obj, const char* name, std::vector<Value> args, bool& found) {
  Value method;
  found = obj.is_obj() && (obj.obj_kind() == K_Instance || obj.obj_kind() == K_Exception) &&
          class_lookup(type_of(obj), intern(name), method);
  if (!found) return Value();
  args.insert(args.begin(), obj);
  return vm.call(method, std::move(args));
}

}  // namespace

// ----- strings ----------------------------------------------------------------------------------
Value str_concat(const Str* a, const Str* b) { return new_str(a->s + b->s); }

Value str_slice_cp(const Str* s, int64_t start, int64_t stop) {
  if (stop <= start) return intern("");
  size_t from = s->byte_offset(start), to = s->byte_offset(stop);
  return new_str(s->s.substr(from, to - from));
}

Value str_char_at(const Str* s, int64_t index) {
  if (s->ascii) return intern(std::string_view(&s->s[size_t(index)], 1));
  size_t from = s->byte_offset(index), to = s->byte_offset(index + 1);
  return new_str(s->s.substr(from, to - from));
}

// ----- subscripts ---------------------------------------------------------------------------------
Value getitem(VM& vm, const Value& obj, const Value& key) {
  if (obj.is_obj()) {
    switch (obj.obj_kind()) {
      case K_List:
      case K_Tuple: {
        bool list = obj.is(K_List);
        const auto& items = list ? obj.as<List>()->items : obj.as<Tuple>()->items;
        if (key.is(K_Slice)) {
          auto out = slice_items(vm, items, key.as<Slice>());
          return list ? new_list(std::move(out)) : new_tuple(std::move(out));
        }
        if (!key.is_small_int() && !key.is(K_BigInt) && !(key.is_obj() && key.obj_kind() == K_Instance))
          raise(T.TypeError, std::string(list ? "list" : "tuple") + " indices must be integers or slices, not " + type_name(key));
        return items[size_t(normalise_index(vm, key, int64_t(items.size()), list ? "list" : "tuple"))];
      }
      case K_Str: {
        Str* s = obj.as<Str>();
        if (key.is(K_Slice)) {
          SliceIndices r = slice_indices(vm, key.as<Slice>(), s->length);
          if (r.step == 1) return str_slice_cp(s, r.start, r.start + r.length);
          std::string out;
          for (int64_t i = 0, at = r.start; i < r.length; ++i, at += r.step)
            out += str_char_at(s, at).as<Str>()->s;
          return new_str(std::move(out));
        }
        if (!key.is_small_int() && !key.is(K_BigInt))
          raise(T.TypeError, "string indices must be integers, not '" + type_name(key) + "'");
        return str_char_at(s, normalise_index(vm, key, s->length, "string"));
      }
      case K_Dict: {
        Value out;
        if (dict_get(vm, obj.as<Dict>(), key, out)) return out;
        raise_value(new_exception(T.KeyError, {key}));
      }
      case K_Range: return range_item(vm, obj.as<Range>(), key);
      case K_Instance:
      case K_Exception: {
        bool found;
        Value r = user_item_call(vm, obj, "__getitem__", {key}, found);
        if (found) return r;
        break;
      }
      case K_Class: {
        // list[int] and friends (type hints) evaluate to the class itself here.
        if (obj.as<Class>()->builtin) return obj;
        break;
      }
      default: break;
    }
  }
  raise(T.TypeError, "'" + type_name(obj) + "' object is not subscriptable");
}

void setitem(VM& vm, const Value& obj, const Value& key, const Value& value) {
  if (obj.is(K_List)) {
    auto& items = obj.as<List>()->items;
    if (key.is(K_Slice)) {
      std::vector<Value> replacement = to_vector(vm, value);
      SliceIndices r = slice_indices(vm, key.as<Slice>(), int64_t(items.size()));
      if (r.step == 1) {
        int64_t stop = std::max(r.start, r.start + r.length);
        items.erase(items.begin() + r.start, items.begin() + stop);
        items.insert(items.begin() + r.start, replacement.begin(), replacement.end());
        return;
      }
      if (int64_t(replacement.size()) != r.length)
        raise(T.ValueError, "attempt to assign sequence of size " + std::to_string(replacement.size()) +
                                " to extended slice of size " + std::to_string(r.length));
      for (int64_t i = 0, at = r.start; i < r.length; ++i, at += r.step) items[size_t(at)] = replacement[size_t(i)];
      return;
    }
    if (!key.is_small_int() && !key.is(K_BigInt))
      raise(T.TypeError, "list indices must be integers or slices, not " + type_name(key));
    items[size_t(normalise_index(vm, key, int64_t(items.size()), "list assignment"))] = value;
    return;
  }
  if (obj.is(K_Dict)) {
    dict_set(vm, obj.as<Dict>(), key, value);
    return;
  }
  bool found;
  user_item_call(vm, obj, "__setitem__", {key, value}, found);
  if (found) return;
  raise(T.TypeError, "'" + type_name(obj) + "' object does not support item assignment");
}

void delitem(VM& vm, const Value& obj, const Value& key) {
  if (obj.is(K_List)) {
    auto& items = obj.as<List>()->items;
    if (key.is(K_Slice)) {
      SliceIndices r = slice_indices(vm, key.as<Slice>(), int64_t(items.size()));
      std::vector<bool> drop(items.size(), false);
      for (int64_t i = 0, at = r.start; i < r.length; ++i, at += r.step) drop[size_t(at)] = true;
      std::vector<Value> kept;
      for (size_t i = 0; i < items.size(); ++i)
        if (!drop[i]) kept.push_back(std::move(items[i]));
      items = std::move(kept);
      return;
    }
    int64_t i = normalise_index(vm, key, int64_t(items.size()), "list assignment");
    items.erase(items.begin() + i);
    return;
  }
  if (obj.is(K_Dict)) {
    if (!dict_del(vm, obj.as<Dict>(), key)) raise_value(new_exception(T.KeyError, {key}));
    return;
  }
  bool found;
  user_item_call(vm, obj, "__delitem__", {key}, found);
  if (found) return;
  raise(T.TypeError, "'" + type_name(obj) + "' object does not support item deletion");
}

// ----- iteration ----------------------------------------------------------------------------------
Value get_iter(VM& vm, const Value& obj) {
  if (obj.is_obj()) {
    switch (obj.obj_kind()) {
      case K_List:
      case K_Tuple: {
        auto* it = new SeqIterator();
        it->seq = obj;
        return Value(it);
      }
      case K_Str: {
        auto* it = new StrIterator();
        it->str = obj;
        return Value(it);
      }
      case K_Range: return range_iter(obj.as<Range>());
      case K_Dict:
      case K_DictView: {
        auto* it = new DictIterator();
        if (obj.is(K_Dict)) {
          it->dict = obj;
          it->which = DictView::Which::Keys;
        } else {
          it->dict = obj.as<DictView>()->dict;
          it->which = obj.as<DictView>()->which;
        }
        it->expected_size = it->dict.as<Dict>()->used;
        return Value(it);
      }
      case K_Set:
      case K_FrozenSet: {
        auto* it = new SetIterator();
        it->set = obj;
        it->expected_size = obj.as<Set>()->used;
        return Value(it);
      }
      case K_Iterator:
        return obj;
      case K_Generator:
        if (obj.as<Generator>()->type == Generator::Type::Generator) return obj;
        break;
      case K_Instance:
      case K_Exception: {
        Value method;
        Class* cls = type_of(obj);
        if (class_lookup(cls, intern("__iter__"), method)) {
          Value it = vm.call1(method, obj);
          Value next_method;
          if (!(it.is(K_Iterator) || it.is(K_Generator) ||
                (it.is_obj() && class_lookup(type_of(it), intern("__next__"), next_method))))
            raise(T.TypeError, "iter() returned non-iterator of type '" + type_name(it) + "'");
          return it;
        }
        if (class_lookup(cls, intern("__getitem__"), method)) {
          auto* it = new GetItemIterator();
          it->obj = obj;
          return Value(it);
        }
        break;
      }
      default: break;
    }
  }
  raise(T.TypeError, "'" + type_name(obj) + "' object is not iterable");
}

bool iter_next(VM& vm, const Value& it, Value& out) {
  if (it.is(K_Iterator)) return static_cast<NativeIterator*>(it.obj())->next(vm, out);
  if (it.is(K_Generator)) {
    Generator* g = it.as<Generator>();
    if (g->state == Generator::State::Closed) return false;
    return vm.gen_send(g, Value::none(), out);
  }
  Value method;
  if (it.is_obj() && class_lookup(type_of(it), intern("__next__"), method)) {
    try {
      out = vm.call1(method, it);
      return true;
    } catch (PyException& e) {
      if (isinstance(e.exc, T.StopIteration)) return false;
      throw;
    }
  }
  raise(T.TypeError, "'" + type_name(it) + "' object is not an iterator");
}

void length_hint(VM& vm, const Value& iterable) {
  // CPython's list(x), tuple(x), sorted(x) and list.extend(x) call PyObject_LengthHint after
  // iter(x): a class's own __len__ runs (visible in the trace); only its TypeError is ignored.
  if (!iterable.is_obj() || type_of(iterable)->builtin) return;
  Value method;
  if (!class_lookup(type_of(iterable), intern("__len__"), method) || method.is(K_Native)) return;
  try {
    vm.call1(method, iterable);
  } catch (PyException& e) {
    if (!isinstance(e.exc, T.TypeError)) throw;
  }
}

std::vector<Value> to_vector(VM& vm, const Value& iterable, bool with_length_hint) {
  if (iterable.is(K_List)) return iterable.as<List>()->items;
  if (iterable.is(K_Tuple)) return iterable.as<Tuple>()->items;
  std::vector<Value> out;
  Value it = get_iter(vm, iterable);
  if (with_length_hint) length_hint(vm, iterable);
  Value x;
  while (iter_next(vm, it, x)) out.push_back(std::move(x));
  return out;
}

int64_t length(VM& vm, const Value& v) {
  if (v.is_obj()) {
    switch (v.obj_kind()) {
      case K_Str: return v.as<Str>()->length;
      case K_List: return int64_t(v.as<List>()->items.size());
      case K_Tuple: return int64_t(v.as<Tuple>()->items.size());
      case K_Dict: return v.as<Dict>()->used;
      case K_Set:
      case K_FrozenSet: return v.as<Set>()->used;
      case K_Range: return range_len(v.as<Range>());
      case K_DictView: return v.as<DictView>()->dict.as<Dict>()->used;
      case K_Instance:
      case K_Exception: {
        Value method;
        if (class_lookup(type_of(v), intern("__len__"), method)) {
          Value r = vm.call1(method, v);
          if (!is_int(r))
            raise(T.TypeError, "'" + type_name(r) + "' object cannot be interpreted as an integer");
          int64_t n = index_value(vm, r, "__len__");
          if (n < 0) raise(T.ValueError, "__len__() should return >= 0");
          return n;
        }
        break;
      }
      default: break;
    }
  }
  raise(T.TypeError, "object of type '" + type_name(v) + "' has no len()");
}

}  // namespace looplab
