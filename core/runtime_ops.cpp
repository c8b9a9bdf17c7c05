// Arithmetic and the other binary operators, with Python's semantics: unbounded ints,
// floor division and modulo rounding toward negative infinity, true division of ints giving a
// correctly rounded float, sequence concatenation and repetition, user-defined operators.
#include <cmath>

#include "core/pyformat.h"
#include "core/runtime.h"
#include "core/vm.h"

namespace looplab {
namespace {

using ast::BinOpKind;

const char* op_symbol(BinOpKind op) {
  switch (op) {
    case BinOpKind::Add: return "+";
    case BinOpKind::Sub: return "-";
    case BinOpKind::Mult: return "*";
    case BinOpKind::MatMult: return "@";
    case BinOpKind::Div: return "/";
    case BinOpKind::FloorDiv: return "//";
    case BinOpKind::Mod: return "%";
    case BinOpKind::Pow: return "** or pow()";
    case BinOpKind::LShift: return "<<";
    case BinOpKind::RShift: return ">>";
    case BinOpKind::BitOr: return "|";
    case BinOpKind::BitXor: return "^";
    case BinOpKind::BitAnd: return "&";
  }
  return "?";
}

const char* dunder(BinOpKind op) {
  switch (op) {
    case BinOpKind::Add: return "__add__";
    case BinOpKind::Sub: return "__sub__";
    case BinOpKind::Mult: return "__mul__";
    case BinOpKind::MatMult: return "__matmul__";
    case BinOpKind::Div: return "__truediv__";
    case BinOpKind::FloorDiv: return "__floordiv__";
    case BinOpKind::Mod: return "__mod__";
    case BinOpKind::Pow: return "__pow__";
    case BinOpKind::LShift: return "__lshift__";
    case BinOpKind::RShift: return "__rshift__";
    case BinOpKind::BitOr: return "__or__";
    case BinOpKind::BitXor: return "__xor__";
    case BinOpKind::BitAnd: return "__and__";
  }
  return "";
}

std::string rdunder(BinOpKind op) { return std::string("__r") + (dunder(op) + 2); }
std::string idunder(BinOpKind op) { return std::string("__i") + (dunder(op) + 2); }

[[noreturn]] void unsupported(BinOpKind op, const Value& a, const Value& b, bool inplace) {
  std::string sym = op_symbol(op);
  if (inplace && op != BinOpKind::Pow) sym += "=";
  if (inplace && op == BinOpKind::Pow) sym = "**=";
  if (op == BinOpKind::Mult) {
    // CPython tries sequence repetition when either side is a sequence, so the
    // error names the non-int operand instead (PyNumber_Multiply).
    auto is_seq = [](const Value& v) { return v.is(K_Str) || v.is(K_List) || v.is(K_Tuple); };
    if (is_seq(a) || is_seq(b))
      raise(T.TypeError, "can't multiply sequence by non-int of type '" + type_name(is_seq(a) ? b : a) + "'");
  }
  raise(T.TypeError, "unsupported operand type(s) for " + sym + ": '" + type_name(a) + "' and '" +
                         type_name(b) + "'");
}

template <class F>
auto catching_format_errors(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (FormatError& e) {
    Class* cls = e.exc_type == "ZeroDivisionError" ? T.ZeroDivisionError
                 : e.exc_type == "OverflowError"   ? T.OverflowError
                 : e.exc_type == "TypeError"       ? T.TypeError
                 : e.exc_type == "MemoryError"     ? T.MemoryError
                                                   : T.ValueError;
    raise(cls, e.message);
  }
}

// Floor division and modulo for ints (Python rounds toward negative infinity).
mpz_class floor_div(const mpz_class& a, const mpz_class& b) {
  mpz_class q;
  mpz_fdiv_q(q.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
  return q;
}
mpz_class floor_mod(const mpz_class& a, const mpz_class& b) {
  mpz_class r;
  mpz_fdiv_r(r.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
  return r;
}

// Refuses results that would not fit in memory before computing them.
void check_int_size(VM& vm, double bits) {
  if (bits / 8 > double(vm.limits().max_memory_bytes))
    throw LimitExceeded{"memory", "the result would need more than the memory limit (--max-memory)"};
}

Value int_pow(VM& vm, const Value& a, const Value& b) {
  mpz_class base = to_mpz(a);
  mpz_class exp = to_mpz(b);
  if (exp < 0) {
    return catching_format_errors([&] {
      return Value::real(pyformat::py_pow(pyformat::int_to_double(base), pyformat::int_to_double(exp)));
    });
  }
  if (base == 0 || base == 1) return new_int(exp == 0 ? mpz_class(1) : base);
  if (base == -1) return Value::integer(exp.get_ui() % 2 == 0 ? 1 : -1);
  if (!exp.fits_ulong_p()) check_int_size(vm, 1e30);
  double bits = double(exp.get_ui()) * double(mpz_sizeinbase(base.get_mpz_t(), 2));
  check_int_size(vm, bits);
  mpz_class r;
  mpz_pow_ui(r.get_mpz_t(), base.get_mpz_t(), exp.get_ui());
  return new_int(r);
}

Value int_op(VM& vm, BinOpKind op, const Value& a, const Value& b) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_int(), y = b.as_int(), r;
    switch (op) {
      case BinOpKind::Add:
        if (!__builtin_add_overflow(x, y, &r)) return Value::integer(r);
        break;
      case BinOpKind::Sub:
        if (!__builtin_sub_overflow(x, y, &r)) return Value::integer(r);
        break;
      case BinOpKind::Mult:
        if (!__builtin_mul_overflow(x, y, &r)) return Value::integer(r);
        break;
      case BinOpKind::FloorDiv:
        if (y == 0) raise(T.ZeroDivisionError, "integer division or modulo by zero");
        if (!(x == INT64_MIN && y == -1)) {
          int64_t q = x / y;
          if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
          return Value::integer(q);
        }
        break;
      case BinOpKind::Mod:
        if (y == 0) raise(T.ZeroDivisionError, "integer modulo by zero");
        if (y != -1) {
          int64_t m = x % y;
          if (m != 0 && ((m < 0) != (y < 0))) m += y;
          return Value::integer(m);
        }
        return Value::integer(0);
      case BinOpKind::BitAnd: return Value::integer(x & y);
      case BinOpKind::BitOr: return Value::integer(x | y);
      case BinOpKind::BitXor: return Value::integer(x ^ y);
      case BinOpKind::RShift:
        if (y < 0) raise(T.ValueError, "negative shift count");
        return Value::integer(y >= 64 ? (x < 0 ? -1 : 0) : (x >> y));
      case BinOpKind::LShift:
        if (y < 0) raise(T.ValueError, "negative shift count");
        if (y < 62 && x >= -(int64_t(1) << (62 - y)) && x < (int64_t(1) << (62 - y)))
          return Value::integer(x << y);
        break;
      default:
        break;
    }
  }
  mpz_class x = to_mpz(a), y = to_mpz(b);
  switch (op) {
    case BinOpKind::Add: return new_int(x + y);
    case BinOpKind::Sub: return new_int(x - y);
    case BinOpKind::Mult:
      check_int_size(vm, double(mpz_sizeinbase(x.get_mpz_t(), 2) + mpz_sizeinbase(y.get_mpz_t(), 2)));
      return new_int(x * y);
    case BinOpKind::Div:
      return catching_format_errors([&] { return Value::real(pyformat::int_true_divide(x, y)); });
    case BinOpKind::FloorDiv:
      if (y == 0) raise(T.ZeroDivisionError, "integer division or modulo by zero");
      return new_int(floor_div(x, y));
    case BinOpKind::Mod:
      if (y == 0) raise(T.ZeroDivisionError, "integer modulo by zero");
      return new_int(floor_mod(x, y));
    case BinOpKind::Pow: return int_pow(vm, a, b);
    case BinOpKind::LShift: {
      if (y < 0) raise(T.ValueError, "negative shift count");
      if (!y.fits_ulong_p()) raise(T.OverflowError, "too many digits in integer");
      check_int_size(vm, double(y.get_ui()) + double(mpz_sizeinbase(x.get_mpz_t(), 2)));
      mpz_class r;
      mpz_mul_2exp(r.get_mpz_t(), x.get_mpz_t(), y.get_ui());
      return new_int(r);
    }
    case BinOpKind::RShift: {
      if (y < 0) raise(T.ValueError, "negative shift count");
      if (!y.fits_ulong_p()) return Value::integer(x < 0 ? -1 : 0);
      mpz_class r;
      mpz_fdiv_q_2exp(r.get_mpz_t(), x.get_mpz_t(), y.get_ui());
      return new_int(r);
    }
    case BinOpKind::BitAnd: return new_int(x & y);
    case BinOpKind::BitOr: return new_int(x | y);
    case BinOpKind::BitXor: return new_int(x ^ y);
    case BinOpKind::MatMult: break;
  }
  return not_implemented_value();
}

Value float_op(BinOpKind op, double x, double y) {
  return catching_format_errors([&]() -> Value {
    switch (op) {
      case BinOpKind::Add: return Value::real(x + y);
      case BinOpKind::Sub: return Value::real(x - y);
      case BinOpKind::Mult: return Value::real(x * y);
      case BinOpKind::Div: return Value::real(pyformat::py_truediv(x, y));
      case BinOpKind::FloorDiv: return Value::real(pyformat::py_floordiv(x, y));
      case BinOpKind::Mod: return Value::real(pyformat::py_fmod(x, y));
      case BinOpKind::Pow: return Value::real(pyformat::py_pow(x, y));
      default: return not_implemented_value();
    }
  });
}

bool is_number(const Value& v) { return v.is_small_int() || v.is_float() || v.is(K_BigInt); }

int64_t repeat_count(VM& vm, const Value& n) {
  if (n.is(K_BigInt)) {
    if (n.as<BigInt>()->v < 0) return 0;
    raise(T.OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  (void)vm;
  return n.as_int() < 0 ? 0 : n.as_int();
}

void check_repeat_size(VM& vm, size_t unit_bytes, int64_t count) {
  if (count > 0 && double(unit_bytes) * double(count) > double(vm.limits().max_memory_bytes))
    throw LimitExceeded{"memory", "the result would need more than the memory limit (--max-memory)"};
}

Value sequence_op(VM& vm, BinOpKind op, const Value& a, const Value& b, bool inplace) {
  // str
  if (a.is(K_Str)) {
    if (op == BinOpKind::Add) {
      if (!b.is(K_Str))
        raise(T.TypeError, "can only concatenate str (not \"" + type_name(b) + "\") to str");
      return str_concat(a.as<Str>(), b.as<Str>());
    }
    if (op == BinOpKind::Mult && is_int(b)) {
      int64_t n = repeat_count(vm, b);
      const std::string& s = a.as<Str>()->s;
      check_repeat_size(vm, s.size(), n);
      std::string out;
      out.reserve(s.size() * size_t(n));
      for (int64_t i = 0; i < n; ++i) out += s;
      return new_str(std::move(out));
    }
  }
  if (b.is(K_Str) && op == BinOpKind::Mult && is_int(a)) return sequence_op(vm, op, b, a, false);
  // list / tuple
  if (a.is(K_List) || a.is(K_Tuple)) {
    bool list = a.is(K_List);
    const auto& items = list ? a.as<List>()->items : a.as<Tuple>()->items;
    if (op == BinOpKind::Add) {
      if (list && inplace) {  // list += iterable extends in place
        std::vector<Value> more = to_vector(vm, b);
        auto& dst = a.as<List>()->items;
        for (auto& v : more) dst.push_back(std::move(v));
        return a;
      }
      if (b.tag() != Tag::Obj || b.obj_kind() != a.obj_kind()) {
        raise(T.TypeError, std::string("can only concatenate ") + (list ? "list" : "tuple") +
                               " (not \"" + type_name(b) + "\") to " + (list ? "list" : "tuple"));
      }
      const auto& other = list ? b.as<List>()->items : b.as<Tuple>()->items;
      std::vector<Value> out;
      out.reserve(items.size() + other.size());
      out.insert(out.end(), items.begin(), items.end());
      out.insert(out.end(), other.begin(), other.end());
      return list ? new_list(std::move(out)) : new_tuple(std::move(out));
    }
    if (op == BinOpKind::Mult && is_int(b)) {
      int64_t n = repeat_count(vm, b);
      check_repeat_size(vm, items.size() * sizeof(Value), n);
      std::vector<Value> out;
      out.reserve(items.size() * size_t(n));
      for (int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
      if (list && inplace) {
        a.as<List>()->items = std::move(out);
        return a;
      }
      return list ? new_list(std::move(out)) : new_tuple(std::move(out));
    }
  }
  if ((b.is(K_List) || b.is(K_Tuple)) && op == BinOpKind::Mult && is_int(a))
    return sequence_op(vm, op, b, a, false);
  return not_implemented_value();
}

Value set_op(VM& vm, BinOpKind op, const Value& a, const Value& b, bool inplace) {
  bool a_set = a.is(K_Set) || a.is(K_FrozenSet);
  bool b_set = b.is(K_Set) || b.is(K_FrozenSet);
  if (!a_set || !b_set) return not_implemented_value();
  Set* x = a.as<Set>();
  Set* y = b.as<Set>();
  bool frozen = a.is(K_FrozenSet);
  auto fresh = [&] { return new_set(frozen); };
  switch (op) {
    case BinOpKind::BitOr: {
      Value r = inplace ? a : fresh();
      if (!inplace) set_merge(vm, r.as<Set>(), x);
      set_merge(vm, r.as<Set>(), y);
      return r;
    }
    case BinOpKind::BitAnd: {
      Value r = fresh();
      // CPython iterates over the smaller set.
      Set* small = x->used <= y->used ? x : y;
      Set* big = small == x ? y : x;
      for (auto& slot : small->table)
        if (slot.state == 1 && set_contains(vm, big, slot.key)) set_add(vm, r.as<Set>(), slot.key);
      if (inplace) {
        x->table = r.as<Set>()->table;
        x->used = r.as<Set>()->used;
        x->fill = r.as<Set>()->fill;
        return a;
      }
      return r;
    }
    case BinOpKind::Sub: {
      if (inplace) {
        for (auto& slot : y->table)
          if (slot.state == 1) set_discard(vm, x, slot.key);
        return a;
      }
      Value r = fresh();
      for (auto& slot : x->table)
        if (slot.state == 1 && !set_contains(vm, y, slot.key)) set_add(vm, r.as<Set>(), slot.key);
      return r;
    }
    case BinOpKind::BitXor: {
      Value r = fresh();
      set_merge(vm, r.as<Set>(), x);
      for (auto& slot : y->table) {
        if (slot.state != 1) continue;
        if (!set_discard(vm, r.as<Set>(), slot.key)) set_add(vm, r.as<Set>(), slot.key);
      }
      if (inplace) {
        x->table = r.as<Set>()->table;
        x->used = r.as<Set>()->used;
        x->fill = r.as<Set>()->fill;
        return a;
      }
      return r;
    }
    default: return not_implemented_value();
  }
}

bool has_user_method(const Value& v, const std::string& name, Value& method) {
  if (!v.is_obj() || (v.obj_kind() != K_Instance && v.obj_kind() != K_Exception)) return false;
  return class_lookup(type_of(v), intern(name), method) && !method.is(K_Native);
}

}  // namespace

Value binary_op(VM& vm, BinOpKind op, const Value& a, const Value& b, bool inplace) {
  if (a.is_bool() && b.is_bool() &&
      (op == BinOpKind::BitAnd || op == BinOpKind::BitOr || op == BinOpKind::BitXor)) {
    bool x = a.as_bool(), y = b.as_bool();
    return Value::boolean(op == BinOpKind::BitAnd ? (x && y) : op == BinOpKind::BitOr ? (x || y) : (x != y));
  }
  // Fast paths first: small ints and floats.
  if (is_number(a) && is_number(b)) {
    if (a.is_float() || b.is_float()) {
      if (op == BinOpKind::Add || op == BinOpKind::Sub || op == BinOpKind::Mult ||
          op == BinOpKind::Div || op == BinOpKind::FloorDiv || op == BinOpKind::Mod ||
          op == BinOpKind::Pow) {
        return float_op(op, to_double(a), to_double(b));
      }
      unsupported(op, a, b, inplace);
    }
    if (op == BinOpKind::Div) {
      if (a.is_small_int() && b.is_small_int()) {
        int64_t x = a.as_int(), y = b.as_int();
        if (y == 0) raise(T.ZeroDivisionError, "division by zero");
        // Exact when both fit in a double's mantissa; otherwise correctly rounded via mpz.
        if (x > -(int64_t(1) << 53) && x < (int64_t(1) << 53) && y > -(int64_t(1) << 53) &&
            y < (int64_t(1) << 53))
          return Value::real(double(x) / double(y));
      }
    }
    if (op == BinOpKind::Pow) {
      if (a.is_small_int() && b.is_small_int() && b.as_int() >= 0 && b.as_int() < 64) {
        int64_t base = a.as_int(), r = 1;
        bool overflow = false;
        for (int64_t i = 0; i < b.as_int() && !overflow; ++i) overflow = __builtin_mul_overflow(r, base, &r);
        if (!overflow) return Value::integer(r);
      }
      return int_pow(vm, a, b);
    }
    Value r = int_op(vm, op, a, b);
    if (!r.is(K_NotImplemented)) return r;
    unsupported(op, a, b, inplace);
  }

  // User-defined operators: __iop__ (in place), then __op__, then the right operand's __rop__.
  Value method;
  if (inplace && has_user_method(a, idunder(op), method)) {
    Value r = vm.call2(method, a, b);
    if (!r.is(K_NotImplemented)) return r;
  }
  if (has_user_method(a, dunder(op), method)) {
    Value r = vm.call2(method, a, b);
    if (!r.is(K_NotImplemented)) return r;
  }
  if (has_user_method(b, rdunder(op), method)) {
    Value r = vm.call2(method, b, a);
    if (!r.is(K_NotImplemented)) return r;
  }

  Value r = sequence_op(vm, op, a, b, inplace);
  if (!r.is(K_NotImplemented)) return r;
  r = set_op(vm, op, a, b, inplace);
  if (!r.is(K_NotImplemented)) return r;

  if (op == BinOpKind::BitOr && a.is(K_Dict) && b.is(K_Dict)) {
    Value out = inplace ? a : new_dict();
    if (!inplace)
      for (auto& e : a.as<Dict>()->entries)
        if (e.live) dict_set(vm, out.as<Dict>(), e.key, e.value);
    for (auto& e : b.as<Dict>()->entries)
      if (e.live) dict_set(vm, out.as<Dict>(), e.key, e.value);
    return out;
  }
  if (op == BinOpKind::Sub && a.is(K_DictView) && (b.is(K_Set) || b.is(K_DictView) || b.is(K_List))) {
    Value left = new_set();
    for (auto& v : to_vector(vm, a)) set_add(vm, left.as<Set>(), v);
    Value right = new_set();
    for (auto& v : to_vector(vm, b)) set_add(vm, right.as<Set>(), v);
    return set_op(vm, op, left, right, false);
  }
  // str % args and other methods of builtin types (str.__mod__ lives in str's class dict).
  if (a.is_obj() && a.obj_kind() != K_Instance && a.obj_kind() != K_Exception) {
    Value m;
    if (class_lookup(type_of(a), intern(dunder(op)), m) && m.is(K_Native)) {
      Value result = vm.call2(m, a, b);
      if (!result.is(K_NotImplemented)) return result;
    }
  }
  unsupported(op, a, b, inplace);
}

Value unary_negative(VM& vm, const Value& v) {
  if (v.is_small_int()) {
    if (v.as_int() == INT64_MIN) return new_int(-to_mpz(v));
    return Value::integer(-v.as_int());
  }
  if (v.is_float()) return Value::real(-v.as_float());
  if (v.is(K_BigInt)) return new_int(-v.as<BigInt>()->v);
  Value method;
  if (has_user_method(v, "__neg__", method)) return vm.call1(method, v);
  raise(T.TypeError, "bad operand type for unary -: '" + type_name(v) + "'");
}

Value unary_positive(VM& vm, const Value& v) {
  if (v.is_bool()) return Value::integer(v.as_int());
  if (v.is_small_int() || v.is_float() || v.is(K_BigInt)) return v;
  Value method;
  if (has_user_method(v, "__pos__", method)) return vm.call1(method, v);
  raise(T.TypeError, "bad operand type for unary +: '" + type_name(v) + "'");
}

Value unary_invert(VM& vm, const Value& v) {
  if (v.is_small_int()) return Value::integer(~v.as_int());
  if (v.is(K_BigInt)) return new_int(-v.as<BigInt>()->v - 1);
  Value method;
  if (has_user_method(v, "__invert__", method)) return vm.call1(method, v);
  raise(T.TypeError, "bad operand type for unary ~: '" + type_name(v) + "'");
}

}  // namespace looplab
