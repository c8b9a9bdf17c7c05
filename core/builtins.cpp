// The builtin functions (print, len, sorted, ...), the constructors of the builtin classes that
// are not numbers, strings or containers (object, type, range, slice, property, super, ...), the
// iterator classes enumerate / zip / map / filter / reversed, and install_builtins().
// Messages are CPython 3.11.7's.
#include "core/builtins.h"

#include <cmath>
#include <cstring>
#include <map>
#include <unordered_map>

#include "core/code.h"
#include "core/lifetime.h"
#include "core/pyformat.h"
#include "core/range.h"
#include "core/vm.h"

namespace looplab {

ExtraTypes XT;

// ===========================================================================================
// Shared helpers
// ===========================================================================================
void raise_format_error(const FormatError& e) {
  Class* cls = T.ValueError;
  if (e.exc_type == "TypeError") cls = T.TypeError;
  else if (e.exc_type == "OverflowError") cls = T.OverflowError;
  else if (e.exc_type == "ZeroDivisionError") cls = T.ZeroDivisionError;
  else if (e.exc_type == "MemoryError") cls = T.MemoryError;
  else if (e.exc_type == "KeyError") cls = T.KeyError;
  else if (e.exc_type == "IndexError") cls = T.IndexError;
  raise(cls, e.message);
}

Class* make_builtin_class(const char* name, ObjKind instance_kind) {
  auto* c = new Class();
  c->refcount = kImmortal;
  c->name = name;
  c->qualname = name;
  c->module = "builtins";
  c->base = T.object;
  c->mro = {c, T.object};
  c->dict = Value(new Dict());
  c->instance_kind = instance_kind;
  c->builtin = true;
  return c;
}

namespace {
std::string plural_args(size_t n) { return n == 1 ? "argument" : "arguments"; }
}  // namespace

void no_kw(CallArgs& a, std::string_view fname) {
  if (a.nkw() != 0) raisef(T.TypeError, "{}() takes no keyword arguments", fname);
}

void unpack_args(CallArgs& a, std::string_view fname, size_t min, size_t max, size_t skip) {
  no_kw(a, fname);
  size_t n = a.nargs - skip;
  if (n < min) {
    if (min == max) raisef(T.TypeError, "{} expected {} {}, got {}", fname, min, plural_args(min), n);
    raisef(T.TypeError, "{} expected at least {} {}, got {}", fname, min, plural_args(min), n);
  }
  if (n > max) {
    if (min == max) raisef(T.TypeError, "{} expected {} {}, got {}", fname, max, plural_args(max), n);
    raisef(T.TypeError, "{} expected at most {} {}, got {}", fname, max, plural_args(max), n);
  }
}

void one_arg(CallArgs& a, std::string_view fname, size_t skip) {
  no_kw(a, fname);
  if (a.nargs - skip != 1)
    raisef(T.TypeError, "{}() takes exactly one argument ({} given)", fname, a.nargs - skip);
}

void no_args(CallArgs& a, std::string_view fname, size_t skip) {
  no_kw(a, fname);
  if (a.nargs - skip != 0) raisef(T.TypeError, "{}() takes no arguments ({} given)", fname, a.nargs - skip);
}

void allow_kw(CallArgs& a, std::string_view fname, std::initializer_list<std::string_view> allowed) {
  size_t n = a.nkw();
  for (size_t i = 0; i < n; ++i) {
    const std::string& name = a.kwnames->items[i].as<Str>()->s;
    bool ok = false;
    for (auto s : allowed) ok = ok || s == name;
    if (!ok) raisef(T.TypeError, "'{}' is an invalid keyword argument for {}()", name, fname);
  }
}

void allow_kw_clinic(CallArgs& a, std::string_view fname, std::initializer_list<std::string_view> allowed) {
  size_t n = a.nkw();
  for (size_t i = 0; i < n; ++i) {
    const std::string& name = a.kwnames->items[i].as<Str>()->s;
    bool ok = false;
    for (auto s : allowed) ok = ok || s == name;
    if (!ok) raisef(T.TypeError, "{}() got an unexpected keyword argument '{}'", fname, name);
  }
}

void clinic_count(CallArgs& a, std::string_view fname, size_t min, size_t max, size_t skip) {
  size_t n = a.nargs - skip + a.nkw();
  if (n > max) {
    if (min == max) raisef(T.TypeError, "{}() takes exactly {} {} ({} given)", fname, max, plural_args(max), n);
    raisef(T.TypeError, "{}() takes at most {} {} ({} given)", fname, max, plural_args(max), n);
  }
  if (a.nargs - skip > max)
    raisef(T.TypeError, "{}() takes at most {} {} ({} given)", fname, max, plural_args(max), a.nargs - skip);
  (void)min;
}

Value* kw(CallArgs& a, std::string_view name) {
  size_t n = a.nkw();
  for (size_t i = 0; i < n; ++i)
    if (a.kwnames->items[i].as<Str>()->s == name) return &a.kwvalues[i];
  return nullptr;
}

Value* arg_or_kw(CallArgs& a, size_t i, std::string_view name, std::string_view fname) {
  Value* k = kw(a, name);
  if (i < a.nargs) {
    if (k) raisef(T.TypeError, "argument for {}() given by name ('{}') and position ({})", fname, name, i + 1);
    return &a.args[i];
  }
  return k;
}

int64_t as_index(VM& vm, const Value& v) {
  if (v.is_small_int()) return v.as_int();
  if (v.is(K_BigInt)) raise(T.OverflowError, "Python int too large to convert to C ssize_t");
  if (v.is(K_Instance)) {
    Value m;
    if (class_lookup(type_of(v), intern("__index__"), m)) {
      Value r = vm.call1(m, v);
      if (!is_int(r)) raisef(T.TypeError, "__index__ returned non-int (type {})", tn(r));
      return as_index(vm, r);
    }
  }
  raisef(T.TypeError, "'{}' object cannot be interpreted as an integer", tn(v));
}

Value as_int_value(VM& vm, const Value& v) {
  if (v.is_bool()) return Value::integer(v.as_int());
  if (is_int(v)) return v;
  if (v.is(K_Instance)) {
    Value m;
    if (class_lookup(type_of(v), intern("__index__"), m)) {
      Value r = vm.call1(m, v);
      if (!is_int(r)) raisef(T.TypeError, "__index__ returned non-int (type {})", tn(r));
      return r.is_bool() ? Value::integer(r.as_int()) : r;
    }
  }
  raisef(T.TypeError, "'{}' object cannot be interpreted as an integer", tn(v));
}

Value& self_of(CallArgs& a, Class* cls, const char* method) {
  if (a.nargs == 0) raisef(T.TypeError, "unbound method {}.{}() needs an argument", cls->name, method);
  if (!isinstance(a.args[0], cls))
    raisef(T.TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", method,
           cls->name, tn(a.args[0]));
  return a.args[0];
}

bool same_or_equal(VM& vm, const Value& a, const Value& b) {
  return a.identical(b) || equals(vm, a, b);
}

namespace {

// ===========================================================================================
// Iterator classes
// ===========================================================================================
struct EnumerateIter : NativeIterator {
  Value it;
  Value count;
  bool next(VM& vm, Value& out) override {
    Value item;
    if (!iter_next(vm, it, item)) return false;
    Value idx = count;
    if (count.is_small_int() && count.as_int() < INT64_MAX)
      count = Value::integer(count.as_int() + 1);
    else
      count = binary_op(vm, ast::BinOpKind::Add, count, Value::integer(1), false);
    out = new_tuple({idx, item});
    return true;
  }
  const char* type_name() const override { return "enumerate"; }
  Class* py_class() const override { return XT.enumerate; }
};

struct ZipIter : NativeIterator {
  std::vector<Value> its;
  bool strict = false;
  bool done = false;
  bool next(VM& vm, Value& out) override {
    if (done || its.empty()) return false;
    std::vector<Value> items;
    items.reserve(its.size());
    for (size_t i = 0; i < its.size(); ++i) {
      Value item;
      if (!iter_next(vm, its[i], item)) {
        done = true;
        if (strict) {
          if (i > 0) {
            if (i == 1) raise(T.ValueError, "zip() argument 2 is shorter than argument 1");
            raisef(T.ValueError, "zip() argument {} is shorter than arguments 1-{}", i + 1, i);
          }
          for (size_t j = 1; j < its.size(); ++j) {
            Value extra;
            if (iter_next(vm, its[j], extra)) {
              if (j == 1) raise(T.ValueError, "zip() argument 2 is longer than argument 1");
              raisef(T.ValueError, "zip() argument {} is longer than arguments 1-{}", j + 1, j);
            }
          }
        }
        return false;
      }
      items.push_back(std::move(item));
    }
    out = new_tuple(std::move(items));
    return true;
  }
  const char* type_name() const override { return "zip"; }
  Class* py_class() const override { return XT.zip; }
};

struct MapIter : NativeIterator {
  Value func;
  std::vector<Value> its;
  bool next(VM& vm, Value& out) override {
    std::vector<Value> args;
    args.reserve(its.size());
    for (auto& it : its) {
      Value item;
      if (!iter_next(vm, it, item)) return false;
      args.push_back(std::move(item));
    }
    out = vm.call(func, std::move(args));
    return true;
  }
  const char* type_name() const override { return "map"; }
  Class* py_class() const override { return XT.map; }
};

struct FilterIter : NativeIterator {
  Value func;  // None: truthiness of the item itself
  Value it;
  bool next(VM& vm, Value& out) override {
    for (;;) {
      Value item;
      if (!iter_next(vm, it, item)) return false;
      bool keep = func.is_none() ? truthy(vm, item) : truthy(vm, vm.call1(func, item));
      if (keep) {
        out = std::move(item);
        return true;
      }
    }
  }
  const char* type_name() const override { return "filter"; }
  Class* py_class() const override { return XT.filter; }
};

// reversed(list): follows the live list, like CPython's listreverseiterator.
struct ReversedList : NativeIterator {
  Value list;
  int64_t index;
  bool next(VM&, Value& out) override {
    if (list.is_none()) return false;
    auto& items = list.as<List>()->items;
    if (index >= 0 && index < int64_t(items.size())) {
      out = items[size_t(index--)];
      return true;
    }
    list = Value();
    return false;
  }
  const char* type_name() const override { return "list_reverseiterator"; }
};

// reversed(seq) through __len__ / __getitem__ (tuple, str, user sequences).
struct ReversedSeq : NativeIterator {
  Value seq;
  int64_t index;
  bool next(VM& vm, Value& out) override {
    if (index < 0 || seq.is_none()) return false;
    if (seq.is(K_Tuple)) {
      auto& items = seq.as<Tuple>()->items;
      out = items[size_t(index--)];
      return true;
    }
    if (seq.is(K_Str)) {
      out = str_char_at(seq.as<Str>(), index--);
      return true;
    }
    try {
      out = getitem(vm, seq, Value::integer(index--));
    } catch (PyException& e) {
      if (isinstance(e.exc, T.IndexError) || isinstance(e.exc, T.StopIteration)) {
        seq = Value();
        return false;
      }
      throw;
    }
    return true;
  }
  const char* type_name() const override { return "reversed"; }
  Class* py_class() const override { return XT.reversed; }
};

struct ReversedDict : NativeIterator {
  Value dict;
  DictView::Which which;
  int64_t pos;  // entry index to look at next (walks down)
  int64_t used;
  bool next(VM&, Value& out) override {
    Dict* d = dict.as<Dict>();
    if (d->used != used) {
      pos = -1;
      raise(T.RuntimeError, "dictionary changed size during iteration");
    }
    while (pos >= 0) {
      if (pos < int64_t(d->entries.size())) {
        auto& e = d->entries[size_t(pos)];
        --pos;
        if (!e.live) continue;
        if (which == DictView::Which::Keys) out = e.key;
        else if (which == DictView::Which::Values) out = e.value;
        else out = new_tuple({e.key, e.value});
        return true;
      }
      --pos;
    }
    return false;
  }
  const char* type_name() const override { return "dict_reversekeyiterator"; }
};

// iter(callable, sentinel)
struct CallIter : NativeIterator {
  Value func, sentinel;
  bool next(VM& vm, Value& out) override {
    if (func.is_none()) return false;
    Value r;
    try {
      r = vm.call0(func);
    } catch (PyException& e) {
      if (isinstance(e.exc, T.StopIteration)) {
        func = Value();
        return false;
      }
      throw;
    }
    if (same_or_equal(vm, r, sentinel)) {
      func = Value();
      return false;
    }
    out = std::move(r);
    return true;
  }
  const char* type_name() const override { return "callable_iterator"; }
  Class* py_class() const override { return XT.callable_iterator; }
};

Class* cls_arg(CallArgs& a) { return a.args[0].as<Class>(); }

// ----- the iterator classes' constructors (cls, *args) -------------------------------------
Value enumerate_new(VM& vm, CallArgs& a) {
  allow_kw_clinic(a, "enumerate", {"iterable", "start"});
  size_t n = a.nargs - 1;
  if (n + a.nkw() > 2) raisef(T.TypeError, "enumerate() takes at most 2 arguments ({} given)", n + a.nkw());
  Value* iterable = arg_or_kw(a, 1, "iterable", "enumerate");
  Value* start = arg_or_kw(a, 2, "start", "enumerate");
  if (!iterable) raise(T.TypeError, "enumerate() missing required argument 'iterable'");
  auto* e = new EnumerateIter();
  Value keep(e);
  e->it = get_iter(vm, *iterable);
  e->count = Value::integer(0);
  if (start) {
    if (!is_int(*start) && !start->is(K_Instance))
      raisef(T.TypeError, "'{}' object cannot be interpreted as an integer", tn(*start));
    e->count = as_int_value(vm, *start);
  }
  return keep;
}

Value zip_new(VM& vm, CallArgs& a) {
  allow_kw(a, "zip", {"strict"});
  auto* z = new ZipIter();
  Value keep(z);
  if (Value* s = kw(a, "strict")) z->strict = truthy(vm, *s);
  for (size_t i = 1; i < a.nargs; ++i) z->its.push_back(get_iter(vm, a.args[i]));
  return keep;
}

Value map_new(VM& vm, CallArgs& a) {
  no_kw(a, "map");
  if (a.nargs < 3) raise(T.TypeError, "map() must have at least two arguments.");
  auto* m = new MapIter();
  Value keep(m);
  m->func = a.args[1];
  for (size_t i = 2; i < a.nargs; ++i) m->its.push_back(get_iter(vm, a.args[i]));
  return keep;
}

Value filter_new(VM& vm, CallArgs& a) {
  unpack_args(a, "filter", 2, 2, 1);
  auto* f = new FilterIter();
  Value keep(f);
  f->func = a.args[1];
  f->it = get_iter(vm, a.args[2]);
  return keep;
}

Value reversed_of(VM& vm, const Value& seq) {
  if (seq.is(K_List)) {
    auto* r = new ReversedList();
    Value keep(r);
    r->list = seq;
    r->index = int64_t(seq.as<List>()->items.size()) - 1;
    return keep;
  }
  if (seq.is(K_Tuple) || seq.is(K_Str)) {
    auto* r = new ReversedSeq();
    Value keep(r);
    r->seq = seq;
    r->index = (seq.is(K_Tuple) ? int64_t(seq.as<Tuple>()->items.size()) : seq.as<Str>()->length) - 1;
    return keep;
  }
  if (seq.is(K_Range)) return range_reversed(seq.as<Range>());
  if (seq.is(K_Dict) || seq.is(K_DictView)) {
    auto* r = new ReversedDict();
    Value keep(r);
    r->dict = seq.is(K_Dict) ? seq : seq.as<DictView>()->dict;
    r->which = seq.is(K_Dict) ? DictView::Which::Keys : seq.as<DictView>()->which;
    Dict* d = r->dict.as<Dict>();
    r->pos = int64_t(d->entries.size()) - 1;
    r->used = d->used;
    return keep;
  }
  if (seq.is(K_Instance)) {
    Class* cls = type_of(seq);
    Value m;
    if (class_lookup(cls, intern("__reversed__"), m)) {
      if (m.is_none()) raisef(T.TypeError, "'{}' object is not reversible", cls->name);
      return vm.call1(m, seq);
    }
    Value len_m, item_m;
    if (class_lookup(cls, intern("__len__"), len_m) && class_lookup(cls, intern("__getitem__"), item_m)) {
      int64_t n = length(vm, seq);
      auto* r = new ReversedSeq();
      Value keep(r);
      r->seq = seq;
      r->index = n - 1;
      return keep;
    }
  }
  raisef(T.TypeError, "'{}' object is not reversible", tn(seq));
}

Value reversed_new(VM& vm, CallArgs& a) {
  no_kw(a, "reversed");
  if (a.nargs != 2) raisef(T.TypeError, "reversed expected 1 argument, got {}", a.nargs - 1);
  return reversed_of(vm, a.args[1]);
}

// ===========================================================================================
// Builtin functions
// ===========================================================================================
void write_text(VM& vm, const Value& file, std::string_view text) {
  if (file.is_none()) {
    vm.write_stdout(text);
    return;
  }
  Value write = getattr(vm, file, intern("write"));
  vm.call1(write, new_str(std::string(text)));
}

Value bi_print(VM& vm, CallArgs& a) {
  allow_kw(a, "print", {"sep", "end", "file", "flush"});
  std::string sep = " ", end = "\n";
  Value file;
  if (Value* v = kw(a, "sep")) {
    if (Str* s = as_str(*v)) sep = s->s;
    else if (!v->is_none()) raisef(T.TypeError, "sep must be None or a string, not {}", tn(*v));
  }
  if (Value* v = kw(a, "end")) {
    if (Str* s = as_str(*v)) end = s->s;
    else if (!v->is_none()) raisef(T.TypeError, "end must be None or a string, not {}", tn(*v));
  }
  if (Value* v = kw(a, "file")) {
    file = *v;
    Value w;
    if (!file.is_none() && !getattr_opt(vm, file, intern("write"), w))
      raise(T.RuntimeError,
            "print(file=...) is not available in looplab: scenarios can only print to standard output");
  }
  bool flush = false;
  if (Value* v = kw(a, "flush")) flush = truthy(vm, *v);
  for (size_t i = 0; i < a.nargs; ++i) {
    if (i > 0) write_text(vm, file, sep);
    write_text(vm, file, str_text(vm, a.args[i]));
  }
  write_text(vm, file, end);
  if (flush && !file.is_none()) {
    Value f;
    if (getattr_opt(vm, file, intern("flush"), f)) vm.call0(f);
  }
  return Value::none();
}

Value bi_len(VM& vm, CallArgs& a) {
  one_arg(a, "len");
  return Value::integer(length(vm, a.args[0]));
}

Value bi_repr(VM& vm, CallArgs& a) {
  one_arg(a, "repr");
  return repr(vm, a.args[0]);
}

Value bi_ascii(VM& vm, CallArgs& a) {
  one_arg(a, "ascii");
  return new_str(pyformat::ascii_escape(repr_text(vm, a.args[0])));
}

Value bi_abs(VM& vm, CallArgs& a) {
  one_arg(a, "abs");
  const Value& v = a.args[0];
  if (v.is_small_int()) {
    int64_t i = v.as_int();
    if (i == INT64_MIN) return new_int(-to_mpz(v));
    return Value::integer(i < 0 ? -i : i);
  }
  if (v.is_float()) return Value::real(std::fabs(v.as_float()));
  if (v.is(K_BigInt)) return new_int(abs(v.as<BigInt>()->v));
  if (v.is(K_Instance)) {
    Value m;
    if (class_lookup(type_of(v), intern("__abs__"), m)) return vm.call1(m, v);
  }
  raisef(T.TypeError, "bad operand type for abs(): '{}'", tn(v));
}

Value bi_divmod(VM& vm, CallArgs& a) {
  unpack_args(a, "divmod", 2, 2);
  const Value& x = a.args[0];
  const Value& y = a.args[1];
  bool xn = is_int(x) || x.is_float(), yn = is_int(y) || y.is_float();
  if (xn && yn) {
    if (is_int(x) && is_int(y)) {
      if (x.is_small_int() && y.is_small_int()) {
        int64_t p = x.as_int(), q = y.as_int();
        if (q == 0) raise(T.ZeroDivisionError, pyformat::msg::kIntDivisionByZero);
        if (!(p == INT64_MIN && q == -1)) {
          int64_t d = p / q, m = p % q;
          if (m != 0 && ((m < 0) != (q < 0))) {
            m += q;
            d -= 1;
          }
          return new_tuple({Value::integer(d), Value::integer(m)});
        }
      }
      mpz_class p = to_mpz(x), q = to_mpz(y);
      if (q == 0) raise(T.ZeroDivisionError, pyformat::msg::kIntDivisionByZero);
      mpz_class d, m;
      mpz_fdiv_qr(d.get_mpz_t(), m.get_mpz_t(), p.get_mpz_t(), q.get_mpz_t());
      return new_tuple({new_int(d), new_int(m)});
    }
    double p = to_double(x), q = to_double(y);
    auto r = pyf([&] { return pyformat::py_divmod(p, q); });
    return new_tuple({Value::real(r.first), Value::real(r.second)});
  }
  Value m;
  if (x.is(K_Instance) && class_lookup(type_of(x), intern("__divmod__"), m)) {
    Value r = vm.call2(m, x, y);
    if (!r.is(K_NotImplemented)) return r;
  }
  if (y.is(K_Instance) && class_lookup(type_of(y), intern("__rdivmod__"), m)) {
    Value r = vm.call2(m, y, x);
    if (!r.is(K_NotImplemented)) return r;
  }
  raisef(T.TypeError, "unsupported operand type(s) for divmod(): '{}' and '{}'", tn(x), tn(y));
}

Value bi_pow(VM& vm, CallArgs& a) {
  allow_kw_clinic(a, "pow", {"base", "exp", "mod"});
  if (a.nargs + a.nkw() > 3)
    raisef(T.TypeError, "pow() takes at most 3 arguments ({} given)", a.nargs + a.nkw());
  Value* base = arg_or_kw(a, 0, "base", "pow");
  Value* exp = arg_or_kw(a, 1, "exp", "pow");
  Value* mod = arg_or_kw(a, 2, "mod", "pow");
  if (!base) raise(T.TypeError, "pow() missing required argument 'base' (pos 1)");
  if (!exp) raise(T.TypeError, "pow() missing required argument 'exp' (pos 2)");
  if (!mod || mod->is_none()) return binary_op(vm, ast::BinOpKind::Pow, *base, *exp, false);
  if (!is_int(*base) || !is_int(*exp) || !is_int(*mod)) {
    if ((is_int(*base) || base->is_float()) && (is_int(*exp) || exp->is_float()) &&
        (is_int(*mod) || mod->is_float()))
      raise(T.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    raisef(T.TypeError, "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'", tn(*base),
           tn(*exp), tn(*mod));
  }
  mpz_class b = to_mpz(*base), e = to_mpz(*exp), m = to_mpz(*mod);
  if (m == 0) raise(T.ValueError, "pow() 3rd argument cannot be 0");
  mpz_class am = abs(m);
  if (e < 0) {
    mpz_class inv;
    mpz_class bm = b % am;
    if (bm < 0) bm += am;
    if (!mpz_invert(inv.get_mpz_t(), bm.get_mpz_t(), am.get_mpz_t())) {
      if (am == 1) return Value::integer(0);
      raise(T.ValueError, "base is not invertible for the given modulus");
    }
    b = inv;
    e = -e;
  }
  mpz_class r;
  mpz_powm(r.get_mpz_t(), b.get_mpz_t(), e.get_mpz_t(), am.get_mpz_t());
  if (m < 0 && r != 0) r += m;
  return new_int(r);
}

Value bi_sum(VM& vm, CallArgs& a) {
  allow_kw_clinic(a, "sum", {"start"});
  if (a.nargs == 0) raise(T.TypeError, "sum() takes at least 1 positional argument (0 given)");
  if (a.nargs + a.nkw() > 2)
    raisef(T.TypeError, "sum() takes at most 2 arguments ({} given)", a.nargs + a.nkw());
  Value result = Value::integer(0);
  if (Value* s = arg_or_kw(a, 1, "start", "sum")) result = *s;
  if (result.is(K_Str)) raise(T.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  Value it = get_iter(vm, a.args[0]);
  Value item;
  while (iter_next(vm, it, item)) {
    if (result.is_small_int() && !result.is_bool() && item.is_small_int()) {
      int64_t r;
      if (!__builtin_add_overflow(result.as_int(), item.as_int(), &r)) {
        result = Value::integer(r);
        continue;
      }
    }
    if (result.is_float() && item.is_float()) {
      result = Value::real(result.as_float() + item.as_float());
      continue;
    }
    result = binary_op(vm, ast::BinOpKind::Add, result, item, false);
  }
  return result;
}

Value min_max(VM& vm, CallArgs& a, bool is_max) {
  const char* name = is_max ? "max" : "min";
  size_t nkw = a.nkw();
  for (size_t i = 0; i < nkw; ++i) {
    const std::string& k = a.kwnames->items[i].as<Str>()->s;
    if (k != "key" && k != "default") {
      if (nkw > 2) raisef(T.TypeError, "{}() takes at most 2 keyword arguments ({} given)", name, nkw);
      raisef(T.TypeError, "{}() got an unexpected keyword argument '{}'", name, k);
    }
  }
  if (a.nargs == 0) raisef(T.TypeError, "{} expected at least 1 argument, got 0", name);
  Value key, dflt;
  bool has_default = false;
  if (Value* k = kw(a, "key")) key = *k;
  if (Value* d = kw(a, "default")) {
    dflt = *d;
    has_default = true;
  }
  if (a.nargs > 1 && has_default)
    raisef(T.TypeError, "Cannot specify a default for {}() with multiple positional arguments", name);
  Value it = a.nargs == 1 ? get_iter(vm, a.args[0]) : get_iter(vm, new_tuple(std::vector<Value>(a.args, a.args + a.nargs)));
  Value best, best_key, item;
  bool have = false;
  while (iter_next(vm, it, item)) {
    Value k = key.is_none() ? item : vm.call1(key, item);
    if (!have) {
      best = item;
      best_key = k;
      have = true;
      continue;
    }
    bool better;
    if (k.is_small_int() && best_key.is_small_int())
      better = is_max ? k.as_int() > best_key.as_int() : k.as_int() < best_key.as_int();
    else
      better = truthy(vm, compare(vm, is_max ? ast::CmpOpKind::Gt : ast::CmpOpKind::Lt, k, best_key));
    if (better) {
      best = item;
      best_key = k;
    }
  }
  if (!have) {
    if (has_default) return dflt;
    raisef(T.ValueError, "{}() arg is an empty sequence", name);
  }
  return best;
}

Value bi_min(VM& vm, CallArgs& a) { return min_max(vm, a, false); }
Value bi_max(VM& vm, CallArgs& a) { return min_max(vm, a, true); }

Value bi_round(VM& vm, CallArgs& a) {
  allow_kw_clinic(a, "round", {"number", "ndigits"});
  if (a.nargs + a.nkw() > 2)
    raisef(T.TypeError, "round() takes at most 2 arguments ({} given)", a.nargs + a.nkw());
  Value* num = arg_or_kw(a, 0, "number", "round");
  Value* nd = arg_or_kw(a, 1, "ndigits", "round");
  if (!num) raise(T.TypeError, "round() missing required argument 'number' (pos 1)");
  const Value& x = *num;
  bool has_nd = nd && !nd->is_none();
  if (x.is_float()) {
    if (!has_nd) {
      double r = pyformat::round_to_integral(x.as_float());
      return new_int(pyf([&] { return pyformat::float_to_int(r); }));
    }
    Value ndv = as_int_value(vm, *nd);
    int64_t n;
    if (ndv.is(K_BigInt)) n = ndv.as<BigInt>()->v > 0 ? INT64_MAX / 2 : INT64_MIN / 2;
    else n = ndv.as_int();
    double r = pyf([&] { return pyformat::round_half_even(x.as_float(), n); });
    return Value::real(r);
  }
  if (is_int(x)) {
    Value xi = x.is_bool() ? Value::integer(x.as_int()) : x;
    if (!has_nd) return xi;
    Value ndv = as_int_value(vm, *nd);
    if (ndv.is(K_BigInt)) {
      if (ndv.as<BigInt>()->v > 0) return xi;
      return Value::integer(0);
    }
    int64_t n = ndv.as_int();
    if (n >= 0) return xi;
    return new_int(pyf([&] { return pyformat::round_int(to_mpz(xi), n); }));
  }
  if (x.is(K_Instance)) {
    Value m;
    if (class_lookup(type_of(x), intern("__round__"), m)) {
      if (nd) return vm.call2(m, x, *nd);
      return vm.call1(m, x);
    }
  }
  raisef(T.TypeError, "type {} doesn't define __round__ method", tn(x));
}

Value bi_sorted(VM& vm, CallArgs& a) {
  if (a.nargs != 1) raisef(T.TypeError, "sorted expected 1 argument, got {}", a.nargs);
  std::vector<Value> items = to_vector(vm, a.args[0], true);
  allow_kw(a, "sort", {"key", "reverse"});
  Value key;
  bool reverse = false;
  if (Value* k = kw(a, "key")) key = *k;
  if (Value* r = kw(a, "reverse")) {
    if (r->is_float()) raise(T.TypeError, "'float' object cannot be interpreted as an integer");
    reverse = truthy(vm, *r);
  }
  Value result = new_list({});
  sort_values(vm, items, key, reverse);
  result.as<List>()->items = std::move(items);
  return result;
}

Value bi_any(VM& vm, CallArgs& a) {
  one_arg(a, "any");
  Value it = get_iter(vm, a.args[0]);
  Value item;
  while (iter_next(vm, it, item))
    if (truthy(vm, item)) return Value::boolean(true);
  return Value::boolean(false);
}

Value bi_all(VM& vm, CallArgs& a) {
  one_arg(a, "all");
  Value it = get_iter(vm, a.args[0]);
  Value item;
  while (iter_next(vm, it, item))
    if (!truthy(vm, item)) return Value::boolean(false);
  return Value::boolean(true);
}

Value bi_iter(VM& vm, CallArgs& a) {
  unpack_args(a, "iter", 1, 2);
  if (a.nargs == 1) return get_iter(vm, a.args[0]);
  Value m;
  bool callable_ok = a.args[0].is(K_Function) || a.args[0].is(K_Native) || a.args[0].is(K_BoundMethod) ||
                     a.args[0].is(K_Class) ||
                     (a.args[0].is(K_Instance) && class_lookup(type_of(a.args[0]), intern("__call__"), m));
  if (!callable_ok) raise(T.TypeError, "iter(v, w): v must be callable");
  auto* c = new CallIter();
  Value keep(c);
  c->func = a.args[0];
  c->sentinel = a.args[1];
  return keep;
}

bool is_iterator(const Value& v) {
  if (!v.is_obj()) return false;
  switch (v.obj_kind()) {
    case K_Iterator: return true;
    case K_Generator: {
      auto* g = v.as<Generator>();
      return g->type == Generator::Type::Generator;
    }
    case K_Instance:
    case K_Exception: {
      Value m;
      return class_lookup(type_of(v), intern("__next__"), m);
    }
    default: return false;
  }
}

Value bi_next(VM& vm, CallArgs& a) {
  unpack_args(a, "next", 1, 2);
  if (!is_iterator(a.args[0])) raisef(T.TypeError, "'{}' object is not an iterator", tn(a.args[0]));
  Value out;
  if (iter_next(vm, a.args[0], out)) return out;
  if (a.nargs == 2) return a.args[1];
  // A generator that returned leaves its return value in `out`: StopIteration carries it.
  if (!a.args[0].is(K_Generator) || out.is_none()) raise_value(new_exception(T.StopIteration, {}));
  Value stop = new_exception(T.StopIteration, {out});
  stop.as<ExceptionObj>()->value = out;
  raise_value(stop);
}

Value bi_ord(VM&, CallArgs& a) {
  one_arg(a, "ord");
  Str* s = as_str(a.args[0]);
  if (!s) raisef(T.TypeError, "ord() expected string of length 1, but {} found", tn(a.args[0]));
  if (s->length != 1)
    raisef(T.TypeError, "ord() expected a character, but string of length {} found", s->length);
  std::u32string cps = str_cps(s);
  return Value::integer(int64_t(cps[0]));
}

Value bi_chr(VM& vm, CallArgs& a) {
  one_arg(a, "chr");
  const Value& v = a.args[0];
  if (v.is(K_BigInt)) raise(T.OverflowError, "Python int too large to convert to C int");
  if (!is_int(v) && !v.is(K_Instance))
    raisef(T.TypeError, "'{}' object cannot be interpreted as an integer", tn(v));
  int64_t c = as_index(vm, v);
  if (c > INT32_MAX || c < INT32_MIN) raise(T.OverflowError, "Python int too large to convert to C int");
  if (c < 0 || c > 0x10FFFF) raise(T.ValueError, "chr() arg not in range(0x110000)");
  char32_t cp = char32_t(c);
  return str_from_cps(std::u32string_view(&cp, 1));
}

Value prefixed(VM& vm, CallArgs& a, const char* name, int base) {
  one_arg(a, name);
  Value v = as_int_value(vm, a.args[0]);
  return new_str(pyformat::int_to_prefixed(to_mpz(v), base));
}

Value bi_hex(VM& vm, CallArgs& a) { return prefixed(vm, a, "hex", 16); }
Value bi_oct(VM& vm, CallArgs& a) { return prefixed(vm, a, "oct", 8); }
Value bi_bin(VM& vm, CallArgs& a) { return prefixed(vm, a, "bin", 2); }

Value bi_format(VM& vm, CallArgs& a) {
  allow_kw_clinic(a, "format", {"value", "format_spec"});
  if (a.nargs + a.nkw() > 2)
    raisef(T.TypeError, "format() takes at most 2 arguments ({} given)", a.nargs + a.nkw());
  Value* value = arg_or_kw(a, 0, "value", "format");
  Value* spec = arg_or_kw(a, 1, "format_spec", "format");
  if (!value) raise(T.TypeError, "format() missing required argument 'value' (pos 1)");
  std::string_view sp;
  if (spec) {
    Str* s = as_str(*spec);
    if (!s) raisef(T.TypeError, "format() argument 2 must be str, not {}", tn(*spec));
    sp = s->s;
  }
  return format_value(vm, *value, sp);
}

bool is_callable(const Value& v) {
  if (!v.is_obj()) return false;
  switch (v.obj_kind()) {
    case K_Function:
    case K_Native:
    case K_BoundMethod:
    case K_Class:
    case K_StaticMethod: return true;
    case K_Instance:
    case K_Exception: {
      Value m;
      return class_lookup(type_of(v), intern("__call__"), m);
    }
    default: return false;
  }
}

Value bi_callable(VM&, CallArgs& a) {
  one_arg(a, "callable");
  return Value::boolean(is_callable(a.args[0]));
}

Value bi_hash(VM& vm, CallArgs& a) {
  one_arg(a, "hash");
  return Value::integer(hash_value(vm, a.args[0]));
}

// id(): a counter per distinct object (never an address, so runs are reproducible).
struct IdKey {
  uint8_t tag;
  uint64_t bits;
  bool operator<(const IdKey& o) const { return tag != o.tag ? tag < o.tag : bits < o.bits; }
};

Value bi_id(VM&, CallArgs& a) {
  one_arg(a, "id");
  static std::map<IdKey, int64_t> ids;
  static int64_t counter = 0;
  const Value& v = a.args[0];
  IdKey k{uint8_t(v.tag()), 0};
  switch (v.tag()) {
    case Tag::None:
    case Tag::Undef: break;
    case Tag::Bool:
    case Tag::Int: k.bits = uint64_t(v.as_int()); break;
    case Tag::Float: {
      double d = v.as_float();
      std::memcpy(&k.bits, &d, sizeof d);
      break;
    }
    case Tag::Obj: k.bits = uint64_t(reinterpret_cast<uintptr_t>(v.obj())); break;
  }
  auto it = ids.find(k);
  if (it == ids.end()) it = ids.emplace(k, 140000000000000 + 16 * (++counter)).first;
  return Value::integer(it->second);
}

Value attr_name(const Value& v) {
  Str* s = as_str(v);
  if (!s) raisef(T.TypeError, "attribute name must be string, not '{}'", tn(v));
  return intern(s->s);
}

Value bi_getattr(VM& vm, CallArgs& a) {
  unpack_args(a, "getattr", 2, 3);
  Value name = attr_name(a.args[1]);
  if (a.nargs == 2) return getattr(vm, a.args[0], name);
  try {
    Value out;
    if (getattr_opt(vm, a.args[0], name, out)) return out;
  } catch (PyException& e) {
    if (!isinstance(e.exc, T.AttributeError)) throw;
  }
  return a.args[2];
}

Value bi_hasattr(VM& vm, CallArgs& a) {
  unpack_args(a, "hasattr", 2, 2);
  Value name = attr_name(a.args[1]);
  try {
    Value out;
    return Value::boolean(getattr_opt(vm, a.args[0], name, out));
  } catch (PyException& e) {
    if (!isinstance(e.exc, T.AttributeError)) throw;
  }
  return Value::boolean(false);
}

Value bi_setattr(VM& vm, CallArgs& a) {
  unpack_args(a, "setattr", 3, 3);
  setattr(vm, a.args[0], attr_name(a.args[1]), a.args[2]);
  return Value::none();
}

Value bi_delattr(VM& vm, CallArgs& a) {
  unpack_args(a, "delattr", 2, 2);
  delattr(vm, a.args[0], attr_name(a.args[1]));
  return Value::none();
}

bool isinstance_of(VM& vm, const Value& v, const Value& spec, int depth, const char* fname) {
  if (spec.is(K_Class)) return isinstance(v, spec.as<Class>());
  if (spec.is(K_Tuple)) {
    if (depth > 100) raise(T.RecursionError, "maximum recursion depth exceeded in __instancecheck__");
    for (const Value& s : spec.as<Tuple>()->items)
      if (isinstance_of(vm, v, s, depth + 1, fname)) return true;
    return false;
  }
  if (std::string_view(fname) == "isinstance")
    raise(T.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  raise(T.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

Value bi_isinstance(VM& vm, CallArgs& a) {
  unpack_args(a, "isinstance", 2, 2);
  return Value::boolean(isinstance_of(vm, a.args[0], a.args[1], 0, "isinstance"));
}

bool issubclass_of(const Class* c, const Value& spec) {
  if (spec.is(K_Class)) return c->is_subclass_of(spec.as<Class>());
  if (spec.is(K_Tuple)) {
    for (const Value& s : spec.as<Tuple>()->items)
      if (issubclass_of(c, s)) return true;
    return false;
  }
  raise(T.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

Value bi_issubclass(VM&, CallArgs& a) {
  unpack_args(a, "issubclass", 2, 2);
  if (!a.args[0].is(K_Class)) {
    if (!a.args[1].is(K_Class) && !a.args[1].is(K_Tuple))
      raise(T.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    raise(T.TypeError, "issubclass() arg 1 must be a class");
  }
  return Value::boolean(issubclass_of(a.args[0].as<Class>(), a.args[1]));
}

Value bi_vars(VM& vm, CallArgs& a) {
  unpack_args(a, "vars", 0, 1);
  if (a.nargs == 0)
    raise(T.RuntimeError,
          "'vars()' without an argument is not available in looplab: scenarios cannot inspect the "
          "interpreter's namespaces");
  const Value& v = a.args[0];
  if (v.is(K_Instance) || v.is(K_Exception)) {
    auto* inst = v.as<Instance>();
    if (inst->dict.is_none()) inst->dict = new_dict();
    return inst->dict;
  }
  if (v.is(K_Module)) return v.as<Module>()->dict;
  if (v.is(K_Class)) return v.as<Class>()->dict;
  if (v.is(K_Function)) {
    auto* f = v.as<Function>();
    if (f->dict.is_none()) f->dict = new_dict();
    return f->dict;
  }
  (void)vm;
  raise(T.TypeError, "vars() argument must have __dict__ attribute");
}

// Names defined by object in CPython 3.11, for dir().
const char* const kObjectNames[] = {
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
    "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
    "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
    "__setattr__", "__sizeof__", "__str__", "__subclasshook__"};

Value bi_dir(VM& vm, CallArgs& a) {
  unpack_args(a, "dir", 0, 1);
  if (a.nargs == 0)
    raise(T.RuntimeError,
          "'dir()' without an argument is not available in looplab: scenarios cannot inspect the "
          "interpreter's namespaces");
  const Value& v = a.args[0];
  Value names = new_set();
  Set* s = names.as<Set>();
  auto add_dict = [&](Dict* d) {
    for (auto& e : d->entries)
      if (e.live) set_add(vm, s, e.key);
  };
  if (v.is(K_Module)) {
    add_dict(v.as<Module>()->dict.as<Dict>());
  } else {
    Class* cls = v.is(K_Class) ? v.as<Class>() : type_of(v);
    if (v.is(K_Instance) || v.is(K_Exception)) {
      auto* inst = v.as<Instance>();
      if (!inst->dict.is_none()) add_dict(inst->dict.as<Dict>());
    }
    for (Class* c : cls->mro) {
      if (c == T.object) {
        for (const char* n : kObjectNames) set_add(vm, s, intern(n));
      } else {
        add_dict(c->attrs());
      }
    }
    if (!cls->builtin || v.is(K_Instance)) {
      set_add(vm, s, intern("__dict__"));
      set_add(vm, s, intern("__module__"));
      set_add(vm, s, intern("__weakref__"));
    }
  }
  std::vector<Value> items;
  for (auto& slot : s->table)
    if (slot.state == 1) items.push_back(slot.key);
  sort_values(vm, items, Value(), false);
  return new_list(std::move(items));
}

// Names a scenario cannot use: one clear message each.
#define BLOCKED(fn, text)                               \
  Value fn(VM&, CallArgs&) { raise(T.RuntimeError, text); }
BLOCKED(bi_open, "'open' is not available in looplab: scenarios cannot read or write files")
BLOCKED(bi_input, "'input' is not available in looplab: scenarios run without a keyboard, so they cannot read standard input")
BLOCKED(bi_eval, "'eval' is not available in looplab: scenarios cannot run code built from strings")
BLOCKED(bi_exec, "'exec' is not available in looplab: scenarios cannot run code built from strings")
BLOCKED(bi_compile, "'compile' is not available in looplab: scenarios cannot run code built from strings")
BLOCKED(bi_import, "'__import__' is not available in looplab: use an import statement")
BLOCKED(bi_globals, "'globals' is not available in looplab: scenarios cannot inspect the interpreter's namespaces")
BLOCKED(bi_locals, "'locals' is not available in looplab: scenarios cannot inspect the interpreter's namespaces")
BLOCKED(bi_breakpoint, "'breakpoint' is not available in looplab: there is no debugger; step through the program in the window instead")
BLOCKED(bi_help, "'help' is not available in looplab: scenarios run without an interactive prompt")
BLOCKED(bi_bytes, "'bytes' is not supported in looplab: scenarios work with str only")
BLOCKED(bi_bytearray, "'bytearray' is not supported in looplab: scenarios work with str only")
BLOCKED(bi_memoryview, "'memoryview' is not supported in looplab: scenarios work with str only")
BLOCKED(bi_complex, "'complex' is not supported in looplab: complex numbers are not available")
#undef BLOCKED

Value bi_exit(VM&, CallArgs& a) {
  unpack_args(a, "exit", 0, 1);
  std::vector<Value> args;
  if (a.nargs == 1) args.push_back(a.args[0]);
  raise_value(new_exception(T.SystemExit, std::move(args)));
}

// ===========================================================================================
// Constructors of builtin classes: __new__(cls, *args, **kwargs)
// ===========================================================================================
bool overrides(const Class* cls, const char* name) {
  Value found, base;
  if (!class_lookup(cls, intern(name), found)) return false;
  if (!dict_get_str(T.object->attrs(), intern(name), base)) return true;
  return !found.identical(base);
}

Value object_new(VM&, CallArgs& a) {
  if (a.nargs == 0) raise(T.TypeError, "object.__new__(): not enough arguments");
  if (!a.args[0].is(K_Class))
    raisef(T.TypeError, "object.__new__(X): X is not a type object ({})", tn(a.args[0]));
  Class* cls = cls_arg(a);
  bool excess = a.nargs > 1 || a.nkw() > 0;
  if (excess) {
    if (overrides(cls, "__new__"))
      raise(T.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    if (!overrides(cls, "__init__")) raisef(T.TypeError, "{}() takes no arguments", cls->name);
  }
  if (cls->instance_kind == K_Exception || cls->is_exception) {
    auto* e = new ExceptionObj();
    Value keep(e);
    e->cls = a.args[0];
    e->args = new_tuple(std::vector<Value>(a.args + 1, a.args + a.nargs));
    return keep;
  }
  if (cls->builtin && cls != T.object)
    raisef(T.TypeError, "object.__new__({}) is not safe, use {}.__new__()", cls->name, cls->name);
  auto* inst = new Instance();
  Value keep(inst);
  inst->cls = a.args[0];
  track_instance(inst);
  return keep;
}

Value type_new(VM&, CallArgs& a) {
  size_t n = a.nargs - 1;
  if (n == 1 && a.nkw() == 0) return Value(static_cast<Object*>(type_of(a.args[1])));
  if (n == 3)
    raise(T.RuntimeError,
          "type(name, bases, dict) is not available in looplab: define classes with a class statement");
  raise(T.TypeError, "type() takes 1 or 3 arguments");
}

Value range_new(VM& vm, CallArgs& a) {
  no_kw(a, "range");
  size_t n = a.nargs - 1;
  if (n == 0) raise(T.TypeError, "range expected at least 1 argument, got 0");
  if (n > 3) raisef(T.TypeError, "range expected at most 3 arguments, got {}", n);
  Value v[3] = {Value::integer(0), Value::integer(0), Value::integer(1)};
  for (size_t i = 0; i < n; ++i) {
    const Value& x = a.args[i + 1];
    if (!is_int(x) && !x.is(K_Instance))
      raisef(T.TypeError, "'{}' object cannot be interpreted as an integer", tn(x));
    v[i] = as_int_value(vm, x);
  }
  if (n == 1) std::swap(v[0], v[1]);  // range(stop)
  if (v[2].is_small_int() && v[2].as_int() == 0) raise(T.ValueError, "range() arg 3 must not be zero");
  if (v[0].is_small_int() && v[1].is_small_int() && v[2].is_small_int())
    return make_range(v[0].as_int(), v[1].as_int(), v[2].as_int());
  return make_range(to_mpz(v[0]), to_mpz(v[1]), to_mpz(v[2]));
}

Value slice_new(VM&, CallArgs& a) {
  no_kw(a, "slice");
  size_t n = a.nargs - 1;
  if (n == 0) raise(T.TypeError, "slice expected at least 1 argument, got 0");
  if (n > 3) raisef(T.TypeError, "slice expected at most 3 arguments, got {}", n);
  auto* s = new Slice();
  Value keep(s);
  if (n == 1) {
    s->stop = a.args[1];
  } else {
    s->start = a.args[1];
    s->stop = a.args[2];
    if (n == 3) s->step = a.args[3];
  }
  return keep;
}

Value property_new(VM&, CallArgs& a) {
  allow_kw_clinic(a, "property", {"fget", "fset", "fdel", "doc"});
  size_t n = a.nargs - 1 + a.nkw();
  if (n > 4) raisef(T.TypeError, "property() takes at most 4 arguments ({} given)", n);
  auto* p = new Property();
  Value keep(p);
  const char* names[] = {"fget", "fset", "fdel", "doc"};
  Value* slots[] = {&p->fget, &p->fset, &p->fdel, &p->doc};
  for (size_t i = 0; i < 4; ++i) {
    size_t pos = i + 1;
    Value* k = kw(a, names[i]);
    if (pos < a.nargs) {
      if (k) raisef(T.TypeError, "argument for property() given by name ('{}') and position ({})", names[i], i + 1);
      *slots[i] = a.args[pos];
    } else if (k) {
      *slots[i] = *k;
    }
  }
  return keep;
}

Value property_with(CallArgs& a, const char* method, int which) {
  Value& self = self_of(a, T.property, method);
  if (a.nargs != 2) raisef(T.TypeError, "property.{}() takes exactly one argument ({} given)", method, a.nargs - 1);
  auto* old = self.as<Property>();
  auto* p = new Property();
  Value keep(p);
  p->fget = old->fget;
  p->fset = old->fset;
  p->fdel = old->fdel;
  p->doc = old->doc;
  if (which == 0) p->fget = a.args[1];
  if (which == 1) p->fset = a.args[1];
  if (which == 2) p->fdel = a.args[1];
  return keep;
}

Value property_getter(VM&, CallArgs& a) { return property_with(a, "getter", 0); }
Value property_setter(VM&, CallArgs& a) { return property_with(a, "setter", 1); }
Value property_deleter(VM&, CallArgs& a) { return property_with(a, "deleter", 2); }

Value staticmethod_new(VM&, CallArgs& a) {
  no_kw(a, "staticmethod");
  if (a.nargs != 2) raisef(T.TypeError, "staticmethod expected 1 argument, got {}", a.nargs - 1);
  auto* s = new StaticMethod();
  Value keep(s);
  s->func = a.args[1];
  return keep;
}

Value classmethod_new(VM&, CallArgs& a) {
  no_kw(a, "classmethod");
  if (a.nargs != 2) raisef(T.TypeError, "classmethod expected 1 argument, got {}", a.nargs - 1);
  auto* s = new ClassMethod();
  Value keep(s);
  s->func = a.args[1];
  return keep;
}

Value super_new(VM&, CallArgs& a) {
  no_kw(a, "super");
  size_t n = a.nargs - 1;
  if (n == 0) raise(T.RuntimeError, "super(): no arguments");
  if (n > 2) raisef(T.TypeError, "super() takes at most 2 arguments ({} given)", n);
  const Value& cls = a.args[1];
  if (!cls.is(K_Class)) raisef(T.TypeError, "super() argument 1 must be a type, not {}", tn(cls));
  auto* s = new Super();
  Value keep(s);
  s->start_after = cls;
  if (n == 2) {
    const Value& obj = a.args[2];
    bool ok = isinstance(obj, cls.as<Class>()) ||
              (obj.is(K_Class) && obj.as<Class>()->is_subclass_of(cls.as<Class>()));
    if (!ok) raise(T.TypeError, "super(type, obj): obj must be an instance or subtype of type");
    s->self = obj;
  }
  return keep;
}

Value iter_iter(VM&, CallArgs& a) {
  if (a.nargs != 1) raisef(T.TypeError, "expected 0 arguments, got {}", a.nargs - 1);
  return a.args[0];
}

Value iter_next_method(VM& vm, CallArgs& a) {
  if (a.nargs != 1) raisef(T.TypeError, "expected 0 arguments, got {}", a.nargs - 1);
  Value out;
  if (iter_next(vm, a.args[0], out)) return out;
  raise_value(new_exception(T.StopIteration, {}));
}

void install_class(Dict* b, Class* cls) { dict_set_str(b, intern(cls->name), Value(static_cast<Object*>(cls))); }

// The builtin function objects are immortal: made once per process, shared by every VM.
void add_fn(Dict* b, const char* name, NativeFn fn) {
  static std::unordered_map<std::string, Value> made;
  auto it = made.find(name);
  if (it == made.end()) it = made.emplace(name, make_native(name, fn)).first;
  dict_set_str(b, intern(name), it->second);
}

void set_new(Class* cls, NativeFn fn) { add_method(cls, "__new__", fn); }

void install_once() {
  static bool done = false;
  if (done) return;
  done = true;
  XT.enumerate = make_builtin_class("enumerate", K_Iterator);
  XT.zip = make_builtin_class("zip", K_Iterator);
  XT.map = make_builtin_class("map", K_Iterator);
  XT.filter = make_builtin_class("filter", K_Iterator);
  XT.reversed = make_builtin_class("reversed", K_Iterator);
  XT.callable_iterator = make_builtin_class("callable_iterator", K_Iterator);
  set_new(XT.enumerate, enumerate_new);
  set_new(XT.zip, zip_new);
  set_new(XT.map, map_new);
  set_new(XT.filter, filter_new);
  set_new(XT.reversed, reversed_new);
  for (Class* c : {XT.enumerate, XT.zip, XT.map, XT.filter, XT.reversed, XT.callable_iterator, T.iterator}) {
    add_method(c, "__iter__", iter_iter);
    add_method(c, "__next__", iter_next_method);
  }
  set_new(T.object, object_new);
  set_new(T.type, type_new);
  set_new(T.range, range_new);
  set_new(T.slice, slice_new);
  set_new(T.property, property_new);
  add_method(T.property, "getter", property_getter);
  add_method(T.property, "setter", property_setter);
  add_method(T.property, "deleter", property_deleter);
  set_new(T.staticmethod, staticmethod_new);
  set_new(T.classmethod, classmethod_new);
  set_new(T.super, super_new);
  install_str_methods();
  install_list_methods();
  install_dict_methods();
  install_num_methods();
}

}  // namespace

void install_builtins(VM& vm, Dict* b) {
  (void)vm;
  install_once();
  // Functions
  add_fn(b, "print", bi_print);
  add_fn(b, "len", bi_len);
  add_fn(b, "repr", bi_repr);
  add_fn(b, "ascii", bi_ascii);
  add_fn(b, "abs", bi_abs);
  add_fn(b, "divmod", bi_divmod);
  add_fn(b, "pow", bi_pow);
  add_fn(b, "sum", bi_sum);
  add_fn(b, "min", bi_min);
  add_fn(b, "max", bi_max);
  add_fn(b, "round", bi_round);
  add_fn(b, "sorted", bi_sorted);
  add_fn(b, "any", bi_any);
  add_fn(b, "all", bi_all);
  add_fn(b, "iter", bi_iter);
  add_fn(b, "next", bi_next);
  add_fn(b, "ord", bi_ord);
  add_fn(b, "chr", bi_chr);
  add_fn(b, "hex", bi_hex);
  add_fn(b, "oct", bi_oct);
  add_fn(b, "bin", bi_bin);
  add_fn(b, "format", bi_format);
  add_fn(b, "callable", bi_callable);
  add_fn(b, "hash", bi_hash);
  add_fn(b, "id", bi_id);
  add_fn(b, "getattr", bi_getattr);
  add_fn(b, "hasattr", bi_hasattr);
  add_fn(b, "setattr", bi_setattr);
  add_fn(b, "delattr", bi_delattr);
  add_fn(b, "isinstance", bi_isinstance);
  add_fn(b, "issubclass", bi_issubclass);
  add_fn(b, "vars", bi_vars);
  add_fn(b, "dir", bi_dir);
  add_fn(b, "open", bi_open);
  add_fn(b, "input", bi_input);
  add_fn(b, "eval", bi_eval);
  add_fn(b, "exec", bi_exec);
  add_fn(b, "compile", bi_compile);
  add_fn(b, "__import__", bi_import);
  add_fn(b, "globals", bi_globals);
  add_fn(b, "locals", bi_locals);
  add_fn(b, "breakpoint", bi_breakpoint);
  add_fn(b, "help", bi_help);
  add_fn(b, "bytes", bi_bytes);
  add_fn(b, "bytearray", bi_bytearray);
  add_fn(b, "memoryview", bi_memoryview);
  add_fn(b, "complex", bi_complex);
  add_fn(b, "exit", bi_exit);
  add_fn(b, "quit", bi_exit);
  // Classes
  for (Class* c : {T.object, T.type, T.int_, T.bool_, T.float_, T.str, T.list, T.tuple, T.dict, T.set,
                   T.frozenset, T.range, T.slice, T.property, T.staticmethod, T.classmethod, T.super,
                   XT.enumerate, XT.zip, XT.map, XT.filter, XT.reversed})
    install_class(b, c);
  for (Class* c : {T.BaseException, T.Exception, T.ArithmeticError, T.ZeroDivisionError, T.OverflowError,
                   T.AssertionError, T.AttributeError, T.LookupError, T.IndexError, T.KeyError,
                   T.NameError, T.UnboundLocalError, T.RuntimeError, T.RecursionError,
                   T.NotImplementedError, T.StopIteration, T.StopAsyncIteration, T.TypeError,
                   T.ValueError, T.UnicodeError, T.GeneratorExit, T.KeyboardInterrupt, T.SystemExit,
                   T.ImportError, T.ModuleNotFoundError, T.MemoryError, T.OSError, T.TimeoutError,
                   T.ConnectionError, T.FileNotFoundError, T.PermissionError, T.EOFError,
                   T.SyntaxError, T.Warning, T.RuntimeWarning, T.DeprecationWarning, T.UserWarning,
                   T.BaseExceptionGroup, T.ExceptionGroup})
    if (c) install_class(b, c);
  // Constants
  dict_set_str(b, intern("Ellipsis"), ellipsis_value());
  dict_set_str(b, intern("NotImplemented"), not_implemented_value());
  dict_set_str(b, intern("__debug__"), Value::boolean(true));
}

}  // namespace looplab
