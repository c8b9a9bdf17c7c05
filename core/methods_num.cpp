// int / float / bool: constructors (int('ff', 16), float('1e3'), bool(x)) and methods
// (bit_length, is_integer, as_integer_ratio, ...). Parsing follows CPython's PyLong_FromString and
// float_from_string: Unicode digits and spaces, underscores between digits, exact messages.
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>

#include "core/builtins.h"
#include "core/vm.h"

namespace looplab {
namespace {

// _PyUnicode_TransformDecimalAndSpaceToASCII: decimal digits -> '0'..'9', spaces -> ' ',
// other non-ASCII -> '?'.
std::string to_ascii_digits(const Str* s) {
  if (s->ascii) return s->s;
  std::string out;
  for (char32_t c : str_cps(s)) {
    if (c < 128) out.push_back(char(c));
    else if (uc_isspace(c)) out.push_back(' ');
    else if (int d = uc_decimal_value(c); d >= 0) out.push_back(char('0' + d));
    else out.push_back('?');
  }
  return out;
}

bool py_isspace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

[[noreturn]] void invalid_int(VM& vm, const Value& original, int base) {
  std::string r = repr_text(vm, original);
  // %.200R: the repr cut to 200 code points
  if (int64_t(pyformat::utf8_length(r)) > 200) {
    std::u32string cps = pyformat::utf8_decode(r);
    r = pyformat::utf8_encode(std::u32string_view(cps).substr(0, 200));
  }
  raisef(T.ValueError, "invalid literal for int() with base {}: {}", base, r);
}

}  // namespace

namespace {

// PyLong_FromUnicodeObject
Value int_from_string(VM& vm, const Value& original, const Str* s, int base) {
  std::string text = to_ascii_digits(s);
  const char* p = text.c_str();
  const char* end = p + text.size();
  int orig_base = base;
  while (p < end && py_isspace(*p)) ++p;
  bool negative = false;
  if (p < end && *p == '+') ++p;
  else if (p < end && *p == '-') {
    ++p;
    negative = true;
  }
  bool error_if_nonzero = false;
  if (base == 0) {
    if (p >= end || p[0] != '0') base = 10;
    else if (p + 1 < end && (p[1] == 'x' || p[1] == 'X')) base = 16;
    else if (p + 1 < end && (p[1] == 'o' || p[1] == 'O')) base = 8;
    else if (p + 1 < end && (p[1] == 'b' || p[1] == 'B')) base = 2;
    else {
      error_if_nonzero = true;
      base = 10;
    }
  }
  if (p + 1 < end && p[0] == '0' &&
      ((base == 16 && (p[1] == 'x' || p[1] == 'X')) || (base == 8 && (p[1] == 'o' || p[1] == 'O')) ||
       (base == 2 && (p[1] == 'b' || p[1] == 'B')))) {
    p += 2;
    if (p < end && *p == '_') ++p;
  }
  if (p < end && *p == '_') invalid_int(vm, original, orig_base);
  std::string digits;
  char prev = 0;
  while (p < end && (digit_value(*p) < base || *p == '_')) {
    if (*p == '_') {
      if (prev == '_') invalid_int(vm, original, orig_base);
    } else {
      digits.push_back(*p);
    }
    prev = *p;
    ++p;
  }
  if (prev == '_') invalid_int(vm, original, orig_base);
  if ((base & (base - 1)) != 0 && digits.size() > 640) {
    int limit = pyformat::int_max_str_digits();
    if (limit > 0 && int64_t(digits.size()) > limit)
      raisef(T.ValueError,
             "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use "
             "sys.set_int_max_str_digits() to increase the limit",
             limit, digits.size());
  }
  if (digits.empty()) invalid_int(vm, original, orig_base);
  while (p < end && py_isspace(*p)) ++p;
  if (p != end) invalid_int(vm, original, orig_base);
  mpz_class v;
  v.set_str(digits, base);
  if (error_if_nonzero && v != 0) invalid_int(vm, original, orig_base);
  if (negative) v = -v;
  return new_int(v);
}

}  // namespace

namespace {

// Float literal text (after whitespace and underscores): CPython's _Py_dg_strtod grammar plus
// inf / infinity / nan.
bool parse_float_text(std::string_view t, double& out) {
  if (t.empty()) return false;
  bool neg = false;
  size_t i = 0;
  if (t[0] == '+' || t[0] == '-') {
    neg = t[0] == '-';
    i = 1;
  }
  std::string_view body = t.substr(i);
  auto lower_eq = [](std::string_view a, const char* b) {
    size_t n = std::strlen(b);
    if (a.size() != n) return false;
    for (size_t k = 0; k < n; ++k)
      if (std::tolower(static_cast<unsigned char>(a[k])) != b[k]) return false;
    return true;
  };
  if (lower_eq(body, "inf") || lower_eq(body, "infinity")) {
    out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (lower_eq(body, "nan")) {
    out = neg ? -NAN : NAN;
    return true;
  }
  // digits [. digits] [e [sign] digits]
  size_t k = 0, n = body.size();
  size_t int_digits = 0, frac_digits = 0;
  while (k < n && std::isdigit(static_cast<unsigned char>(body[k]))) ++k, ++int_digits;
  if (k < n && body[k] == '.') {
    ++k;
    while (k < n && std::isdigit(static_cast<unsigned char>(body[k]))) ++k, ++frac_digits;
  }
  if (int_digits + frac_digits == 0) return false;
  if (k < n && (body[k] == 'e' || body[k] == 'E')) {
    ++k;
    if (k < n && (body[k] == '+' || body[k] == '-')) ++k;
    size_t exp_digits = 0;
    while (k < n && std::isdigit(static_cast<unsigned char>(body[k]))) ++k, ++exp_digits;
    if (exp_digits == 0) return false;
  }
  if (k != n) return false;
  double v = 0;
  auto res = std::from_chars(body.data(), body.data() + n, v, std::chars_format::general);
  if (res.ec == std::errc::result_out_of_range) {
    // from_chars leaves v unchanged on range errors: decide between 0 and inf by the exponent.
    bool tiny = false;
    size_t e = body.find_first_of("eE");
    if (e != std::string_view::npos && e + 1 < n && body[e + 1] == '-') tiny = true;
    v = tiny ? 0.0 : HUGE_VAL;
  } else if (res.ec != std::errc() || res.ptr != body.data() + n) {
    return false;
  }
  out = neg ? -v : v;
  return true;
}

Value float_from_string(VM& vm, const Value& original, const Str* s) {
  std::string text = to_ascii_digits(s);
  size_t b = 0, e = text.size();
  while (b < e && py_isspace(text[b])) ++b;
  while (e > b && py_isspace(text[e - 1])) --e;
  std::string_view t(text.data() + b, e - b);
  // Underscores are allowed only between digits.
  std::string clean;
  bool ok = true;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '_') {
      if (i == 0 || i + 1 >= t.size() || !std::isdigit(static_cast<unsigned char>(t[i - 1])) ||
          !std::isdigit(static_cast<unsigned char>(t[i + 1]))) {
        ok = false;
        break;
      }
      continue;
    }
    clean.push_back(t[i]);
  }
  double v;
  if (!ok || !parse_float_text(clean, v))
    raisef(T.ValueError, "could not convert string to float: {}", repr_text(vm, original));
  return Value::real(v);
}

// ===========================================================================================
// Constructors
// ===========================================================================================
Value int_of(VM& vm, const Value& x) {
  if (x.is_bool()) return Value::integer(x.as_int());
  if (is_int(x)) return x;
  if (x.is_float()) return new_int(pyf([&] { return pyformat::float_to_int(x.as_float()); }));
  if (Str* s = as_str(x)) return int_from_string(vm, x, s, 10);
  if (x.is(K_Instance) || x.is(K_Exception)) {
    Class* cls = type_of(x);
    Value m;
    if (class_lookup(cls, intern("__int__"), m)) {
      Value r = vm.call1(m, x);
      if (!is_int(r)) raisef(T.TypeError, "__int__ returned non-int (type {})", tn(r));
      return r.is_bool() ? Value::integer(r.as_int()) : r;
    }
    if (class_lookup(cls, intern("__index__"), m)) return as_int_value(vm, x);
    if (class_lookup(cls, intern("__trunc__"), m)) {
      Value r = vm.call1(m, x);
      if (!is_int(r)) raisef(T.TypeError, "__trunc__ returned non-Integral (type {})", tn(r));
      return r.is_bool() ? Value::integer(r.as_int()) : r;
    }
  }
  raisef(T.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '{}'", tn(x));
}

Value int_new(VM& vm, CallArgs& a) {
  allow_kw(a, "int", {"base"});
  size_t n = a.nargs - 1 + a.nkw();
  if (n > 2) raisef(T.TypeError, "int() takes at most 2 arguments ({} given)", n);
  Value* base = arg_or_kw(a, 2, "base", "int");
  if (a.nargs == 1) {
    if (base) raise(T.TypeError, "int() missing string argument");
    return Value::integer(0);
  }
  const Value& x = a.args[1];
  if (!base) return int_of(vm, x);
  int64_t b = as_index(vm, *base);
  if (b != 0 && (b < 2 || b > 36)) raise(T.ValueError, "int() base must be >= 2 and <= 36, or 0");
  Str* s = as_str(x);
  if (!s) raise(T.TypeError, "int() can't convert non-string with explicit base");
  return int_from_string(vm, x, s, int(b));
}

Value float_of(VM& vm, const Value& x) {
  if (x.is_float()) return x;
  if (is_int(x)) {
    if (x.is_small_int()) return Value::real(double(x.as_int()));
    return Value::real(pyf([&] { return pyformat::int_to_double(x.as<BigInt>()->v); }));
  }
  if (Str* s = as_str(x)) return float_from_string(vm, x, s);
  if (x.is(K_Instance) || x.is(K_Exception)) {
    Class* cls = type_of(x);
    Value m;
    if (class_lookup(cls, intern("__float__"), m)) {
      Value r = vm.call1(m, x);
      if (!r.is_float())
        raisef(T.TypeError, "{}.__float__ returned non-float (type {})", cls->name, tn(r));
      return r;
    }
    if (class_lookup(cls, intern("__index__"), m)) return float_of(vm, as_int_value(vm, x));
  }
  raisef(T.TypeError, "float() argument must be a string or a real number, not '{}'", tn(x));
}

Value float_new(VM& vm, CallArgs& a) {
  if (a.nkw()) raise(T.TypeError, "float() takes no keyword arguments");
  if (a.nargs > 2) raisef(T.TypeError, "float expected at most 1 argument, got {}", a.nargs - 1);
  if (a.nargs == 1) return Value::real(0.0);
  return float_of(vm, a.args[1]);
}

Value bool_new(VM& vm, CallArgs& a) {
  if (a.nkw()) raise(T.TypeError, "bool() takes no keyword arguments");
  if (a.nargs > 2) raisef(T.TypeError, "bool expected at most 1 argument, got {}", a.nargs - 1);
  if (a.nargs == 1) return Value::boolean(false);
  return Value::boolean(truthy(vm, a.args[1]));
}

// ===========================================================================================
// int methods
// ===========================================================================================
Value self_int(CallArgs& a, const char* m) {
  Value& v = self_of(a, T.int_, m);
  return v.is_bool() ? Value::integer(v.as_int()) : v;
}

Value int_bit_length(VM&, CallArgs& a) {
  Value v = self_int(a, "bit_length");
  no_args(a, "int.bit_length", 1);
  mpz_class m = abs(to_mpz(v));
  if (m == 0) return Value::integer(0);
  return Value::integer(int64_t(mpz_sizeinbase(m.get_mpz_t(), 2)));
}

Value int_bit_count(VM&, CallArgs& a) {
  Value v = self_int(a, "bit_count");
  no_args(a, "int.bit_count", 1);
  mpz_class m = abs(to_mpz(v));
  return Value::integer(int64_t(mpz_popcount(m.get_mpz_t())));
}

Value int_conjugate(VM&, CallArgs& a) {
  Value v = self_int(a, "conjugate");
  no_args(a, "int.conjugate", 1);
  return v;
}

Value int_as_integer_ratio(VM&, CallArgs& a) {
  Value v = self_int(a, "as_integer_ratio");
  no_args(a, "int.as_integer_ratio", 1);
  return new_tuple({v, Value::integer(1)});
}

// properties: real, imag, numerator, denominator
Value int_real(VM&, CallArgs& a) { return self_int(a, "real"); }
Value int_imag(VM&, CallArgs& a) {
  self_int(a, "imag");
  return Value::integer(0);
}
Value int_denominator(VM&, CallArgs& a) {
  self_int(a, "denominator");
  return Value::integer(1);
}

// ===========================================================================================
// float methods
// ===========================================================================================
double self_float(CallArgs& a, const char* m) { return self_of(a, T.float_, m).as_float(); }

Value float_is_integer(VM&, CallArgs& a) {
  double x = self_float(a, "is_integer");
  no_args(a, "float.is_integer", 1);
  return Value::boolean(std::isfinite(x) && std::floor(x) == x);
}

Value float_as_integer_ratio(VM&, CallArgs& a) {
  double x = self_float(a, "as_integer_ratio");
  no_args(a, "float.as_integer_ratio", 1);
  if (std::isinf(x)) raise(T.OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) raise(T.ValueError, "cannot convert NaN to integer ratio");
  mpq_class q(x);
  q.canonicalize();
  return new_tuple({new_int(q.get_num()), new_int(q.get_den())});
}

Value float_conjugate(VM&, CallArgs& a) {
  double x = self_float(a, "conjugate");
  no_args(a, "float.conjugate", 1);
  return Value::real(x);
}

Value float_real(VM&, CallArgs& a) { return Value::real(self_float(a, "real")); }
Value float_imag(VM&, CallArgs& a) {
  self_float(a, "imag");
  return Value::real(0.0);
}

void add_property(Class* cls, const char* name, NativeFn fn) {
  auto* p = new Property();
  p->refcount = kImmortal;
  p->fget = make_native(name, fn);
  dict_set_str(cls->attrs(), intern(name), Value(p));
}

}  // namespace

void install_num_methods() {
  add_method(T.int_, "__new__", int_new);
  add_method(T.float_, "__new__", float_new);
  add_method(T.bool_, "__new__", bool_new);
  add_method(T.int_, "bit_length", int_bit_length);
  add_method(T.int_, "bit_count", int_bit_count);
  add_method(T.int_, "conjugate", int_conjugate);
  add_method(T.int_, "as_integer_ratio", int_as_integer_ratio);
  add_property(T.int_, "real", int_real);
  add_property(T.int_, "imag", int_imag);
  add_property(T.int_, "numerator", int_real);
  add_property(T.int_, "denominator", int_denominator);
  add_method(T.float_, "is_integer", float_is_integer);
  add_method(T.float_, "as_integer_ratio", float_as_integer_ratio);
  add_method(T.float_, "conjugate", float_conjugate);
  add_property(T.float_, "real", float_real);
  add_property(T.float_, "imag", float_imag);
}

}  // namespace looplab
