// Builtin classes, value creation, errors, and the protocols every operation relies on:
// type, truth, hashing, equality and ordering.
#include "core/runtime.h"

#include <cmath>
#include <cstring>
#include <unordered_map>

#include "core/builtins.h"
#include "core/code.h"
#include "core/lifetime.h"
#include "core/pyformat.h"
#include "core/range.h"
#include "core/vm.h"

namespace looplab {

BuiltinTypes T;

// destroy_object() and the finalizers: core/lifetime.cpp.

// ----- strings -----------------------------------------------------------------------------
Str::Str(std::string text) : s(std::move(text)) {
  kind = K_Str;
  int64_t n = 0;
  bool only_ascii = true;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;
    if (c >= 0x80) only_ascii = false;
  }
  length = n;
  ascii = only_ascii;
}

size_t Str::byte_offset(int64_t index) const {
  if (ascii) return size_t(index);
  int64_t seen = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (seen == index) return i;
      ++seen;
    }
  }
  return s.size();
}

// ----- classes -----------------------------------------------------------------------------
namespace {

Class* make_class(const char* name, Class* base, ObjKind instance_kind = K_Instance,
                  const char* module = "builtins") {
  auto* c = new Class();
  c->refcount = kImmortal;
  c->name = name;
  c->qualname = name;
  c->module = module;
  c->base = base;
  c->mro.push_back(c);
  if (base) {
    for (Class* b : base->mro) c->mro.push_back(b);
    c->is_exception = base->is_exception;
  }
  c->dict = Value(new Dict());
  c->instance_kind = instance_kind;
  c->builtin = true;
  return c;
}

Class* exc_class(const char* name, Class* base, const char* module = "builtins") {
  Class* c = make_class(name, base, K_Exception, module);
  c->is_exception = true;
  return c;
}

std::unordered_map<std::string, Value>& interned() {
  static std::unordered_map<std::string, Value> table;
  return table;
}

}  // namespace

void init_runtime() {
  static bool done = false;
  if (done) return;
  done = true;
  T.object = make_class("object", nullptr);
  T.type = make_class("type", T.object, K_Class);
  T.int_ = make_class("int", T.object, K_BigInt);
  T.bool_ = make_class("bool", T.int_, K_BigInt);
  T.float_ = make_class("float", T.object, K_BigInt);
  T.str = make_class("str", T.object, K_Str);
  T.list = make_class("list", T.object, K_List);
  T.tuple = make_class("tuple", T.object, K_Tuple);
  T.dict = make_class("dict", T.object, K_Dict);
  T.set = make_class("set", T.object, K_Set);
  T.frozenset = make_class("frozenset", T.object, K_FrozenSet);
  T.range = make_class("range", T.object, K_Range);
  T.slice = make_class("slice", T.object, K_Slice);
  T.NoneType = make_class("NoneType", T.object);
  T.function = make_class("function", T.object, K_Function);
  T.builtin_function = make_class("builtin_function_or_method", T.object, K_Native);
  T.method = make_class("method", T.object, K_BoundMethod);
  T.module = make_class("module", T.object, K_Module);
  T.cell = make_class("cell", T.object, K_Cell);
  T.code = make_class("code", T.object, K_Code);
  T.generator = make_class("generator", T.object, K_Generator);
  T.coroutine = make_class("coroutine", T.object, K_Generator);
  T.async_generator = make_class("async_generator", T.object, K_Generator);
  T.property = make_class("property", T.object, K_Property);
  T.staticmethod = make_class("staticmethod", T.object, K_StaticMethod);
  T.classmethod = make_class("classmethod", T.object, K_ClassMethod);
  T.super = make_class("super", T.object, K_Super);
  T.ellipsis = make_class("ellipsis", T.object);
  T.NotImplementedType = make_class("NotImplementedType", T.object);
  T.dict_keys = make_class("dict_keys", T.object, K_DictView);
  T.dict_values = make_class("dict_values", T.object, K_DictView);
  T.dict_items = make_class("dict_items", T.object, K_DictView);
  T.iterator = make_class("iterator", T.object, K_Iterator);

  T.BaseException = exc_class("BaseException", T.object);
  T.BaseException->is_exception = true;
  T.Exception = exc_class("Exception", T.BaseException);
  T.GeneratorExit = exc_class("GeneratorExit", T.BaseException);
  T.KeyboardInterrupt = exc_class("KeyboardInterrupt", T.BaseException);
  T.SystemExit = exc_class("SystemExit", T.BaseException);
  T.BaseExceptionGroup = exc_class("BaseExceptionGroup", T.BaseException);
  T.ExceptionGroup = exc_class("ExceptionGroup", T.Exception);
  T.ArithmeticError = exc_class("ArithmeticError", T.Exception);
  T.ZeroDivisionError = exc_class("ZeroDivisionError", T.ArithmeticError);
  T.OverflowError = exc_class("OverflowError", T.ArithmeticError);
  T.AssertionError = exc_class("AssertionError", T.Exception);
  T.AttributeError = exc_class("AttributeError", T.Exception);
  T.LookupError = exc_class("LookupError", T.Exception);
  T.IndexError = exc_class("IndexError", T.LookupError);
  T.KeyError = exc_class("KeyError", T.LookupError);
  T.NameError = exc_class("NameError", T.Exception);
  T.UnboundLocalError = exc_class("UnboundLocalError", T.NameError);
  T.RuntimeError = exc_class("RuntimeError", T.Exception);
  T.RecursionError = exc_class("RecursionError", T.RuntimeError);
  T.NotImplementedError = exc_class("NotImplementedError", T.RuntimeError);
  T.StopIteration = exc_class("StopIteration", T.Exception);
  T.StopAsyncIteration = exc_class("StopAsyncIteration", T.Exception);
  T.TypeError = exc_class("TypeError", T.Exception);
  T.ValueError = exc_class("ValueError", T.Exception);
  T.UnicodeError = exc_class("UnicodeError", T.ValueError);
  T.ImportError = exc_class("ImportError", T.Exception);
  T.ModuleNotFoundError = exc_class("ModuleNotFoundError", T.ImportError);
  T.MemoryError = exc_class("MemoryError", T.Exception);
  T.OSError = exc_class("OSError", T.Exception);
  T.TimeoutError = exc_class("TimeoutError", T.OSError);
  T.ConnectionError = exc_class("ConnectionError", T.OSError);
  T.FileNotFoundError = exc_class("FileNotFoundError", T.OSError);
  T.PermissionError = exc_class("PermissionError", T.OSError);
  T.EOFError = exc_class("EOFError", T.Exception);
  T.SyntaxError = exc_class("SyntaxError", T.Exception);
  T.Warning = exc_class("Warning", T.Exception);
  T.RuntimeWarning = exc_class("RuntimeWarning", T.Warning);
  T.DeprecationWarning = exc_class("DeprecationWarning", T.Warning);
  T.UserWarning = exc_class("UserWarning", T.Warning);
  T.CancelledError = exc_class("CancelledError", T.BaseException, "asyncio.exceptions");
  T.InvalidStateError = exc_class("InvalidStateError", T.Exception, "asyncio.exceptions");
  T.QueueEmpty = exc_class("QueueEmpty", T.Exception, "asyncio.queues");
  T.QueueFull = exc_class("QueueFull", T.Exception, "asyncio.queues");
  T.LimitOverrunError = exc_class("LimitOverrunError", T.Exception, "asyncio.exceptions");
  install_object_methods();
}

// ----- creation ----------------------------------------------------------------------------
Value new_str(std::string s) { return Value(new Str(std::move(s))); }

Value intern(std::string_view s) {
  auto& table = interned();
  auto it = table.find(std::string(s));
  if (it != table.end()) return it->second;
  auto* str = new Str(std::string(s));
  str->refcount = kImmortal;
  Value v(str);
  table.emplace(std::string(s), v);
  return v;
}

Value new_int(const mpz_class& v) {
  if (v.fits_slong_p()) return Value::integer(v.get_si());
  return Value(new BigInt(v));
}

Value new_tuple(std::vector<Value> items) {
  if (items.empty()) return empty_tuple();
  return Value(new Tuple(std::move(items)));
}

Value empty_tuple() {
  static Value empty = [] {
    auto* t = new Tuple();
    t->refcount = kImmortal;
    return Value(t);
  }();
  return empty;
}

Value new_list(std::vector<Value> items) { return Value(new List(std::move(items))); }
Value new_dict() { return Value(new Dict()); }
Value new_set(bool frozen) { return Value(new Set(frozen)); }

Value ellipsis_value() {
  static Value v = [] {
    auto* o = new Singleton(K_Ellipsis);
    o->refcount = kImmortal;
    return Value(o);
  }();
  return v;
}

Value not_implemented_value() {
  static Value v = [] {
    auto* o = new Singleton(K_NotImplemented);
    o->refcount = kImmortal;
    return Value(o);
  }();
  return v;
}

Value make_native(const char* name, NativeFn fn) {
  auto* n = new Native(name, fn);
  n->refcount = kImmortal;
  return Value(n);
}

void add_method(Class* cls, const char* name, NativeFn fn) {
  dict_set_str(cls->attrs(), intern(name), make_native(name, fn));
}

// ----- errors ------------------------------------------------------------------------------
Value new_exception(Class* type, std::vector<Value> args) {
  auto* e = new ExceptionObj();
  e->cls = Value(type);
  e->args = new_tuple(std::move(args));
  track_instance(e);  // it may end up in a cycle through the locals it keeps (core/lifetime.h)
  return Value(e);
}

void raise(Class* type, const std::string& message) {
  throw PyException{new_exception(type, {new_str(message)})};
}

void raise_value(Value exc) { throw PyException{std::move(exc)}; }

// ----- types -------------------------------------------------------------------------------
Class* type_of(const Value& v) {
  switch (v.tag()) {
    case Tag::None: return T.NoneType;
    case Tag::Bool: return T.bool_;
    case Tag::Int: return T.int_;
    case Tag::Float: return T.float_;
    case Tag::Obj:
    case Tag::Undef: break;
  }
  Object* o = v.obj();
  switch (o->kind) {
    case K_Str: return T.str;
    case K_BigInt: return T.int_;
    case K_List: return T.list;
    case K_Tuple: return T.tuple;
    case K_Dict: return T.dict;
    case K_Set: return T.set;
    case K_FrozenSet: return T.frozenset;
    case K_Range: return T.range;
    case K_Slice: return T.slice;
    case K_Function: return T.function;
    case K_Native: return T.builtin_function;
    case K_BoundMethod: return T.method;
    case K_Class: return T.type;
    case K_Instance:
    case K_Exception: return static_cast<Instance*>(o)->klass();
    case K_Module: return T.module;
    case K_Cell: return T.cell;
    case K_Code: return T.code;
    case K_Generator: {
      auto* g = static_cast<Generator*>(o);
      return g->type == Generator::Type::Coroutine        ? T.coroutine
             : g->type == Generator::Type::AsyncGenerator ? T.async_generator
                                                          : T.generator;
    }
    case K_Property: return T.property;
    case K_StaticMethod: return T.staticmethod;
    case K_ClassMethod: return T.classmethod;
    case K_Super: return T.super;
    case K_Ellipsis: return T.ellipsis;
    case K_NotImplemented: return T.NotImplementedType;
    case K_DictView: {
      auto* dv = static_cast<DictView*>(o);
      return dv->which == DictView::Which::Keys     ? T.dict_keys
             : dv->which == DictView::Which::Values ? T.dict_values
                                                    : T.dict_items;
    }
    case K_Iterator: {
      Class* c = static_cast<NativeIterator*>(o)->py_class();
      return c ? c : T.iterator;
    }
    case K_Future:
    case K_Task:
    case K_Handle:
    case K_Loop: return static_cast<Instance*>(o)->klass();  // asyncio objects carry their class
    default: break;
  }
  return T.object;
}

bool isinstance(const Value& v, const Class* cls) { return type_of(v)->is_subclass_of(cls); }
bool is_str(const Value& v) { return v.is(K_Str); }
Str* as_str(const Value& v) { return v.is(K_Str) ? v.as<Str>() : nullptr; }
bool is_exception_class(const Value& v) { return v.is(K_Class) && v.as<Class>()->is_exception; }

std::string type_name(const Value& v) { return type_of(v)->name; }

bool is_int(const Value& v) { return v.is_small_int() || v.is(K_BigInt); }

mpz_class to_mpz(const Value& v) {
  if (v.is_small_int()) return mpz_class(static_cast<long>(v.as_int()));
  return v.as<BigInt>()->v;
}

double to_double(const Value& v) {
  if (v.is_float()) return v.as_float();
  if (v.is_small_int()) return double(v.as_int());
  if (v.is(K_BigInt)) {
    try {
      return pyformat::int_to_double(v.as<BigInt>()->v);
    } catch (FormatError& e) {
      raise(T.OverflowError, e.message);
    }
  }
  raise(T.TypeError, "must be real number, not " + type_name(v));
}

int64_t index_value(VM& vm, const Value& v, const char* what) {
  if (v.is_small_int()) return v.as_int();
  if (v.is(K_BigInt)) raise(T.OverflowError, "cannot fit 'int' into an index-sized integer");
  Value method;
  if (v.is_obj() && (v.obj_kind() == K_Instance) &&
      class_lookup(type_of(v), intern("__index__"), method)) {
    Value r = vm.call1(method, v);
    if (r.is_small_int()) return r.as_int();
  }
  raise(T.TypeError, std::string(what) + " indices must be integers or slices, not " + type_name(v));
}

// ----- truth -------------------------------------------------------------------------------
bool truthy(VM& vm, const Value& v) {
  switch (v.tag()) {
    case Tag::None: return false;
    case Tag::Bool:
    case Tag::Int: return v.as_int() != 0;
    case Tag::Float: return v.as_float() != 0.0;
    case Tag::Obj:
    case Tag::Undef: break;
  }
  switch (v.obj_kind()) {
    case K_Str: return v.as<Str>()->length != 0;
    case K_BigInt: return true;  // big ints are never zero (zero is small)
    case K_List: return !v.as<List>()->items.empty();
    case K_Tuple: return !v.as<Tuple>()->items.empty();
    case K_Dict: return v.as<Dict>()->used != 0;
    case K_Set:
    case K_FrozenSet: return v.as<Set>()->used != 0;
    case K_Range: return !range_is_empty(v.as<Range>());
    case K_DictView: return v.as<DictView>()->dict.as<Dict>()->used != 0;
    case K_Instance:
    case K_Exception: {
      Value method;
      Class* cls = type_of(v);
      if (class_lookup(cls, intern("__bool__"), method)) {
        Value r = vm.call1(method, v);
        if (!r.is_bool())
          raise(T.TypeError, "__bool__ should return bool, returned " + type_name(r));
        return r.as_bool();
      }
      if (class_lookup(cls, intern("__len__"), method)) {
        Value r = vm.call1(method, v);
        return index_value(vm, r, "__len__") != 0;
      }
      return true;
    }
    default: return true;
  }
}

// ----- hashing (CPython's algorithms, so set iteration order matches) --------------------------
namespace {
constexpr int64_t kHashModulus = (int64_t(1) << 61) - 1;

int64_t hash_mpz(const mpz_class& v) {
  mpz_class m = abs(v) % mpz_class(static_cast<unsigned long>(kHashModulus));
  int64_t h = int64_t(m.get_ui());
  if (v < 0) h = -h;
  return h == -1 ? -2 : h;
}

int64_t hash_int(int64_t i) {
  if (i == INT64_MIN) return hash_mpz(mpz_class(static_cast<long>(i)));
  int64_t a = i < 0 ? -i : i;
  int64_t h = a % kHashModulus;
  if (i < 0) h = -h;
  return h == -1 ? -2 : h;
}

// _Py_HashDouble
int64_t hash_double(double v) {
  if (std::isinf(v)) return v > 0 ? 314159 : -314159;
  if (std::isnan(v)) return 0;  // CPython uses the object's address; any value is fine here
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & uint64_t(kHashModulus)) | x >> (61 - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= uint64_t(kHashModulus)) x -= uint64_t(kHashModulus);
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & uint64_t(kHashModulus)) | x >> (61 - e);
  int64_t h = int64_t(x) * sign;
  return h == -1 ? -2 : h;
}

// CPython 3.11's tuplehash (xxHash based).
int64_t hash_tuple(VM& vm, const Tuple* t) {
  const uint64_t P1 = 11400714785074694791ull, P2 = 14029467366897019727ull,
                 P5 = 2870177450012600261ull;
  uint64_t acc = P5;
  for (const Value& item : t->items) {
    uint64_t lane = uint64_t(hash_value(vm, item));
    acc += lane * P2;
    acc = (acc << 31) | (acc >> 33);
    acc *= P1;
  }
  acc += t->items.size() ^ (P5 ^ 3527539ull);
  if (acc == uint64_t(-1)) return 1546275796;
  return int64_t(acc);
}
}  // namespace

int64_t hash_value(VM& vm, const Value& v) {
  switch (v.tag()) {
    case Tag::None: return 0x5f3759df;
    case Tag::Bool:
    case Tag::Int: return hash_int(v.as_int());
    case Tag::Float: {
      double d = v.as_float();
      double ip;
      if (std::modf(d, &ip) == 0.0 && std::fabs(d) < 9.2e18) return hash_int(int64_t(d));
      return hash_double(d);
    }
    case Tag::Obj:
    case Tag::Undef: break;
  }
  switch (v.obj_kind()) {
    case K_Str: return str_hash(v.as<Str>());
    case K_BigInt: return hash_mpz(v.as<BigInt>()->v);
    case K_Tuple: return hash_tuple(vm, v.as<Tuple>());
    case K_FrozenSet: {
      // Order independent: xor-mix of element hashes.
      uint64_t h = 0;
      for (auto& slot : v.as<Set>()->table)
        if (slot.state == 1) h ^= (uint64_t(slot.hash) * 3644798167u) ^ 89869747u;
      return int64_t(h >> 1);
    }
    case K_List: raise(T.TypeError, "unhashable type: 'list'");
    case K_Dict: raise(T.TypeError, "unhashable type: 'dict'");
    case K_Set: raise(T.TypeError, "unhashable type: 'set'");
    case K_Slice: raise(T.TypeError, "unhashable type: 'slice'");
    case K_Range: return range_hash(vm, v.as<Range>());
    case K_Instance:
    case K_Exception: {
      Class* cls = type_of(v);
      Value method;
      if (class_lookup(cls, intern("__hash__"), method) && !method.is(K_Native)) {
        // A class that defines __eq__ without __hash__ gets __hash__ = None (see make_class).
        if (method.is_none()) raise(T.TypeError, "unhashable type: '" + cls->name + "'");
        Value r = vm.call1(method, v);
        if (!is_int(r)) raise(T.TypeError, "__hash__ method should return an integer");
        return r.is_small_int() ? hash_int(r.as_int()) : hash_mpz(r.as<BigInt>()->v);
      }
      break;
    }
    default: break;
  }
  return int64_t(reinterpret_cast<uintptr_t>(v.obj()) >> 4);
}

// ----- equality and ordering ---------------------------------------------------------------
namespace {

bool is_number(const Value& v) { return v.is_small_int() || v.is_float() || v.is(K_BigInt); }

// Compares two numbers exactly (int vs float without rounding). Returns -1, 0, 1; 2 for NaN.
int compare_numbers(const Value& a, const Value& b) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_int(), y = b.as_int();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a.is_float() || b.is_float()) {
    if (a.is_float() && b.is_float()) {
      double x = a.as_float(), y = b.as_float();
      if (std::isnan(x) || std::isnan(y)) return 2;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    // int vs float: compare exactly through mpq unless the float is special.
    double f = a.is_float() ? a.as_float() : b.as_float();
    if (std::isnan(f)) return 2;
    const Value& iv = a.is_float() ? b : a;
    int r;
    if (std::isinf(f)) {
      r = f > 0 ? -1 : 1;  // int < +inf
    } else {
      mpq_class q(f);
      mpq_class i(to_mpz(iv));
      r = cmp(i, q) < 0 ? -1 : cmp(i, q) > 0 ? 1 : 0;
    }
    return a.is_float() ? -r : r;
  }
  int c = cmp(to_mpz(a), to_mpz(b));
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

const char* cmp_symbol(ast::CmpOpKind op) {
  switch (op) {
    case ast::CmpOpKind::Lt: return "<";
    case ast::CmpOpKind::LtE: return "<=";
    case ast::CmpOpKind::Gt: return ">";
    case ast::CmpOpKind::GtE: return ">=";
    case ast::CmpOpKind::Eq: return "==";
    default: return "!=";
  }
}

const char* cmp_dunder(ast::CmpOpKind op) {
  switch (op) {
    case ast::CmpOpKind::Lt: return "__lt__";
    case ast::CmpOpKind::LtE: return "__le__";
    case ast::CmpOpKind::Gt: return "__gt__";
    case ast::CmpOpKind::GtE: return "__ge__";
    case ast::CmpOpKind::Eq: return "__eq__";
    default: return "__ne__";
  }
}

ast::CmpOpKind reflected(ast::CmpOpKind op) {
  switch (op) {
    case ast::CmpOpKind::Lt: return ast::CmpOpKind::Gt;
    case ast::CmpOpKind::LtE: return ast::CmpOpKind::GtE;
    case ast::CmpOpKind::Gt: return ast::CmpOpKind::Lt;
    case ast::CmpOpKind::GtE: return ast::CmpOpKind::LtE;
    default: return op;
  }
}

bool ordering_result(int c, ast::CmpOpKind op) {
  if (c == 2) return op == ast::CmpOpKind::NotEq;  // NaN
  switch (op) {
    case ast::CmpOpKind::Lt: return c < 0;
    case ast::CmpOpKind::LtE: return c <= 0;
    case ast::CmpOpKind::Gt: return c > 0;
    case ast::CmpOpKind::GtE: return c >= 0;
    case ast::CmpOpKind::Eq: return c == 0;
    default: return c != 0;
  }
}

bool user_class(const Value& v) {
  return v.is_obj() && (v.obj_kind() == K_Instance || v.obj_kind() == K_Exception);
}

// Calls a rich comparison method if the type defines one; returns NotImplemented otherwise.
Value try_rich(VM& vm, const Value& self, const Value& other, ast::CmpOpKind op) {
  if (!user_class(self)) return not_implemented_value();
  Value method;
  if (!class_lookup(type_of(self), intern(cmp_dunder(op)), method) || method.is(K_Native))
    return not_implemented_value();
  return vm.call2(method, self, other);
}

bool is_not_implemented(const Value& v) { return v.is(K_NotImplemented); }

int compare_sequences(VM& vm, const std::vector<Value>& a, const std::vector<Value>& b,
                      ast::CmpOpKind op, bool& decided, bool& result) {
  size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    if (a[i].identical(b[i])) continue;
    if (!equals(vm, a[i], b[i])) {
      decided = true;
      if (op == ast::CmpOpKind::Eq) result = false;
      else if (op == ast::CmpOpKind::NotEq) result = true;
      else result = truthy(vm, compare(vm, op, a[i], b[i]));
      return 0;
    }
  }
  decided = true;
  int c = a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
  result = ordering_result(c, op);
  return 0;
}

}  // namespace

bool equals(VM& vm, const Value& a, const Value& b) {
  if (a.identical(b) && !a.is_float()) return true;
  if (is_number(a) && is_number(b)) return compare_numbers(a, b) == 0;
  if (a.is(K_Str) && b.is(K_Str)) return a.as<Str>()->s == b.as<Str>()->s;
  return truthy(vm, compare(vm, ast::CmpOpKind::Eq, a, b));
}

bool less_than(VM& vm, const Value& a, const Value& b) {
  if (a.is_small_int() && b.is_small_int()) return a.as_int() < b.as_int();
  if (a.is(K_Str) && b.is(K_Str)) return a.as<Str>()->s < b.as<Str>()->s;
  return truthy(vm, compare(vm, ast::CmpOpKind::Lt, a, b));
}

Value compare(VM& vm, ast::CmpOpKind op, const Value& a, const Value& b) {
  using ast::CmpOpKind;
  if (is_number(a) && is_number(b)) return Value::boolean(ordering_result(compare_numbers(a, b), op));
  // User-defined comparisons: the reflected method of a subclass first, then left, then right.
  if (user_class(a) || user_class(b)) {
    Value r = try_rich(vm, a, b, op);
    if (!is_not_implemented(r)) return r;
    r = try_rich(vm, b, a, reflected(op));
    if (!is_not_implemented(r)) return r;
    if (op == CmpOpKind::NotEq && user_class(a)) {
      Value eq = try_rich(vm, a, b, CmpOpKind::Eq);
      if (!is_not_implemented(eq)) return Value::boolean(!truthy(vm, eq));
    }
  }
  if (op == CmpOpKind::Eq || op == CmpOpKind::NotEq) {
    bool same;
    if (a.is(K_Str) && b.is(K_Str)) {
      same = a.as<Str>()->s == b.as<Str>()->s;
    } else if ((a.is(K_List) && b.is(K_List)) || (a.is(K_Tuple) && b.is(K_Tuple))) {
      const auto& x = a.is(K_List) ? a.as<List>()->items : a.as<Tuple>()->items;
      const auto& y = b.is(K_List) ? b.as<List>()->items : b.as<Tuple>()->items;
      bool decided = false, result = false;
      compare_sequences(vm, x, y, CmpOpKind::Eq, decided, result);
      same = result;
    } else if (a.is(K_Dict) && b.is(K_Dict)) {
      Dict* x = a.as<Dict>();
      Dict* y = b.as<Dict>();
      same = x->used == y->used;
      for (auto& e : x->entries) {
        if (!same) break;
        if (!e.live) continue;
        Value other;
        same = dict_get(vm, y, e.key, other) && equals(vm, e.value, other);
      }
    } else if ((a.is(K_Set) || a.is(K_FrozenSet)) && (b.is(K_Set) || b.is(K_FrozenSet))) {
      Set* x = a.as<Set>();
      Set* y = b.as<Set>();
      same = x->used == y->used;
      for (auto& slot : x->table) {
        if (!same) break;
        if (slot.state == 1) same = set_contains(vm, y, slot.key);
      }
    } else if (a.is(K_Range) && b.is(K_Range)) {
      same = range_equal(a.as<Range>(), b.as<Range>());
    } else if (a.is(K_DictView) && b.is(K_DictView)) {
      same = a.identical(b);
    } else {
      same = a.identical(b);
    }
    return Value::boolean(op == CmpOpKind::Eq ? same : !same);
  }
  if (a.is(K_Str) && b.is(K_Str)) {
    int c = a.as<Str>()->s.compare(b.as<Str>()->s);
    return Value::boolean(ordering_result(c < 0 ? -1 : c > 0 ? 1 : 0, op));
  }
  if ((a.is(K_List) && b.is(K_List)) || (a.is(K_Tuple) && b.is(K_Tuple))) {
    const auto& x = a.is(K_List) ? a.as<List>()->items : a.as<Tuple>()->items;
    const auto& y = b.is(K_List) ? b.as<List>()->items : b.as<Tuple>()->items;
    bool decided = false, result = false;
    compare_sequences(vm, x, y, op, decided, result);
    return Value::boolean(result);
  }
  if ((a.is(K_Set) || a.is(K_FrozenSet)) && (b.is(K_Set) || b.is(K_FrozenSet))) {
    Set* x = a.as<Set>();
    Set* y = b.as<Set>();
    auto subset = [&](Set* p, Set* q) {
      if (p->used > q->used) return false;
      for (auto& slot : p->table)
        if (slot.state == 1 && !set_contains(vm, q, slot.key)) return false;
      return true;
    };
    switch (op) {
      case CmpOpKind::LtE: return Value::boolean(subset(x, y));
      case CmpOpKind::Lt: return Value::boolean(x->used < y->used && subset(x, y));
      case CmpOpKind::GtE: return Value::boolean(subset(y, x));
      default: return Value::boolean(y->used < x->used && subset(y, x));
    }
  }
  raise(T.TypeError, std::string("'") + cmp_symbol(op) + "' not supported between instances of '" +
                         type_name(a) + "' and '" + type_name(b) + "'");
}

bool contains(VM& vm, const Value& container, const Value& item) {
  if (container.is_obj()) {
    switch (container.obj_kind()) {
      case K_Str: {
        if (!item.is(K_Str))
          raise(T.TypeError, "'in <string>' requires string as left operand, not " + type_name(item));
        return container.as<Str>()->s.find(item.as<Str>()->s) != std::string::npos;
      }
      case K_List:
      case K_Tuple: {
        const auto& items = container.is(K_List) ? container.as<List>()->items
                                                 : container.as<Tuple>()->items;
        for (size_t i = 0; i < items.size(); ++i) {
          Value x = items[i];  // the list may change while __eq__ runs
          if (x.identical(item) || equals(vm, x, item)) return true;
        }
        return false;
      }
      case K_Dict: {
        Value out;
        return dict_get(vm, container.as<Dict>(), item, out);
      }
      case K_Set:
      case K_FrozenSet: return set_contains(vm, container.as<Set>(), item);
      case K_Range: {
        bool handled;
        bool found = range_contains(container.as<Range>(), item, handled);
        if (handled) return found;
        break;
      }
      case K_DictView: {
        auto* view = container.as<DictView>();
        Dict* d = view->dict.as<Dict>();
        if (view->which == DictView::Which::Keys) {
          Value out;
          return dict_get(vm, d, item, out);
        }
        break;
      }
      case K_Instance:
      case K_Exception: {
        Value method;
        if (class_lookup(type_of(container), intern("__contains__"), method))
          return truthy(vm, vm.call2(method, container, item));
        break;
      }
      default: break;
    }
  }
  // Generic: iterate.
  Value it = get_iter(vm, container);
  Value x;
  while (iter_next(vm, it, x))
    if (x.identical(item) || equals(vm, x, item)) return true;
  return false;
}

}  // namespace looplab
