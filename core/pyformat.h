// CPython 3.11's text formatting rules for numbers and strings, as a library of plain functions.
//
// Nothing here knows the interpreter's object model: plain C++ values go in (int64_t, mpz_class,
// double, UTF-8 std::string_view), UTF-8 std::string comes out, and every Python-level error is
// thrown as looplab::FormatError{exc_type, message} where exc_type is the Python exception class
// name ("ValueError", "TypeError", "OverflowError", "ZeroDivisionError", "MemoryError") and message
// is CPython's exact text, so `f"{exc_type}: {message}"` is what CPython prints.
//
// Widths, precisions of strings and alignment count Unicode code points, as CPython does.
// A field that would be longer than 2**28 characters (format(1, '999999999'), '%.400000000f')
// raises MemoryError (empty message) instead of being built.
// Strings are decoded leniently: an encoded surrogate (ED A0..BF xx, "WTF-8") is one code point;
// any other invalid byte counts as (and repr() shows) U+FFFD.
//
// Mapping from Python operations to this file:
//   repr(float), str(float)            float_repr
//   str(int), bin/oct/hex               int_to_string, int_to_prefixed
//   format(v, spec), f"{v:spec}",       format_int / format_float / format_str (see the notes on
//     str.format                          each for bool, empty specs and other types)
//   'fmt' % args                        percent_format (driver) + render_percent_* (building blocks)
//   round(float[, n]), round(int, n)    round_half_even, round_to_integral, round_int
//   float % // divmod / ** on floats    py_fmod, py_floordiv, py_divmod, py_truediv, py_pow
//   float(int), int / int, int(float)   int_to_double, int_true_divide, float_to_int
//   repr(str), ascii(str)               str_repr, ascii_escape(str_repr(s))
#pragma once
#include <gmpxx.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace looplab {

// A Python exception raised by a formatting or arithmetic helper.
struct FormatError : std::runtime_error {
  std::string exc_type;  // Python exception class name, e.g. "ValueError"
  std::string message;   // CPython's exact message (what str(exc) gives)
  FormatError(std::string type, std::string msg)
      : std::runtime_error(type + ": " + msg), exc_type(std::move(type)), message(std::move(msg)) {}
};

namespace pyformat {

// ---------------------------------------------------------------------------------------------
// Error message texts (CPython 3.11.7), in one place. The interpreter raises most of these itself.
// ---------------------------------------------------------------------------------------------
namespace msg {
// ZeroDivisionError
inline constexpr const char* kIntDivisionByZero = "integer division or modulo by zero";  // 1 // 0, divmod(1, 0)
inline constexpr const char* kIntModuloByZero = "integer modulo by zero";               // 1 % 0
inline constexpr const char* kDivisionByZero = "division by zero";                      // 1 / 0 (int / int)
inline constexpr const char* kFloatDivisionByZero = "float division by zero";           // 1.0 / 0
inline constexpr const char* kFloatFloorDivisionByZero = "float floor division by zero";  // 1.0 // 0
inline constexpr const char* kFloatModulo = "float modulo";                             // 1.0 % 0.0
inline constexpr const char* kFloatDivmod = "float divmod()";                           // divmod(1.0, 0.0)
inline constexpr const char* kZeroNegativePower = "0.0 cannot be raised to a negative power";  // 0.0 ** -1, 0 ** -1
// OverflowError
inline constexpr const char* kMathRangeError = "(34, 'Numerical result out of range')";  // 10.0 ** 400
inline constexpr const char* kIntTooLargeForFloat = "int too large to convert to float";  // float(10**400)
inline constexpr const char* kIntDivisionTooLarge = "integer division result too large for a float";  // 10**400 / 3
inline constexpr const char* kFloatInfinityToInt = "cannot convert float infinity to integer";  // int(inf), round(inf)
inline constexpr const char* kRoundedTooLarge = "rounded value too large to represent";  // round(1.7e308, -308)
inline constexpr const char* kIntTooLargeForCLong = "Python int too large to convert to C long";
inline constexpr const char* kComplexExponentiation = "complex exponentiation";  // (-0.5) ** -1e6 (complex overflow)
inline constexpr const char* kIntTooLargeForSsizeT = "Python int too large to convert to C ssize_t";
inline constexpr const char* kIntTooLargeForCInt = "Python int too large to convert to C int";
inline constexpr const char* kCharArgNotInRange = "%c arg not in range(0x110000)";  // '%c' % -1, format(-1, 'c')
// ValueError
inline constexpr const char* kFloatNanToInt = "cannot convert float NaN to integer";  // int(nan), round(nan)
inline constexpr const char* kComplexPower =
    "negative number cannot be raised to a fractional power (complex numbers are not supported in looplab)";
// printf-style formatting ('fmt' % args)
inline constexpr const char* kNotEnoughArguments = "not enough arguments for format string";            // TypeError
inline constexpr const char* kNotAllConverted = "not all arguments converted during string formatting";  // TypeError
inline constexpr const char* kFormatRequiresMapping = "format requires a mapping";                      // TypeError
inline constexpr const char* kIncompleteFormat = "incomplete format";                                   // ValueError
inline constexpr const char* kIncompleteFormatKey = "incomplete format key";                            // ValueError
inline constexpr const char* kStarWantsInt = "* wants int";                                             // TypeError
inline constexpr const char* kCharRequiresIntOrChar = "%c requires int or char";                        // TypeError
inline constexpr const char* kWidthTooBig = "width too big";                                            // ValueError
inline constexpr const char* kPrecisionTooBig = "precision too big";                                    // ValueError

// ValueError: unsupported format character 'y' (0x79) at index 3   (index counts code points)
std::string unsupported_format_character(char32_t ch, std::size_t index);
// TypeError: %d format: a real number is required, not str   (d i u: "a real number"; o x X: "an integer")
std::string percent_number_required(char32_t type, std::string_view type_name);
// TypeError: must be real number, not str   (%e %f %g with a non-number; also math functions)
std::string must_be_real_number(std::string_view type_name);
// TypeError: unsupported format string passed to list.__format__   (format(obj, non_empty_spec) on
// a type without its own __format__: list, tuple, dict, None, functions, ...)
std::string unsupported_format_string(std::string_view type_name);
// ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() ...
std::string int_max_str_digits_exceeded(int limit);
}  // namespace msg

// ---------------------------------------------------------------------------------------------
// UTF-8 helpers (code points, not bytes).
// ---------------------------------------------------------------------------------------------
std::u32string utf8_decode(std::string_view s);
std::string utf8_encode(std::u32string_view s);
void utf8_append(std::string& out, char32_t cp);
std::size_t utf8_length(std::string_view s);  // number of code points
// Unicode's (CPython 3.11, Unicode 14.0) str.isprintable() for one code point.
bool is_printable(char32_t cp);

// ---------------------------------------------------------------------------------------------
// 1. repr / str of floats
// ---------------------------------------------------------------------------------------------
// repr(x) == str(x): shortest round-trip digits, exponent form when exp < -4 or exp >= 16,
// "inf", "-inf", "nan", "-0.0", "1e+16", "1.0", "0.30000000000000004".
std::string float_repr(double x);

// ---------------------------------------------------------------------------------------------
// 2. ints as text
// ---------------------------------------------------------------------------------------------
// Digits in `base` (2..36, lowercase), with a leading '-' for negatives and no prefix.
// Base 10 enforces CPython's int_max_str_digits limit (ValueError when more than the limit of
// digits, default 4300; 3.11.7 raises for str(10**4300)); other bases have no limit.
std::string int_to_string(const mpz_class& v, int base = 10);
std::string int_to_string(int64_t v, int base = 10);
// bin()/oct()/hex(): "0b101", "-0o17", "0xff"  (base 2, 8 or 16)
std::string int_to_prefixed(const mpz_class& v, int base);
// sys.set_int_max_str_digits / sys.get_int_max_str_digits (0 = no limit). Process-wide.
void set_int_max_str_digits(int limit);
int int_max_str_digits();

// ---------------------------------------------------------------------------------------------
// 3. The format-spec mini-language:  [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// ---------------------------------------------------------------------------------------------
// format(int, spec). An empty spec gives str(v). Types b c d o x X n, none, and the float types
// e E f F g G % (the int is converted with int_to_double; too large -> OverflowError).
// type_name is the Python type named in error messages: pass "bool" for bools.
// bool: format(True, "") is "True" -- the CALLER must handle the empty spec for bools itself
// (format_int would give "1"); with any non-empty spec a bool formats as the int 0/1 but errors
// name 'bool' (format(True, "s") -> Unknown format code 's' for object of type 'bool').
std::string format_int(const mpz_class& v, std::string_view spec, std::string_view type_name = "int");
std::string format_int(int64_t v, std::string_view spec, std::string_view type_name = "int");
// format(float, spec). An empty spec gives repr(x). Types e E f F g G n % and none.
std::string format_float(double x, std::string_view spec);
// format(str, spec). Types s and none; precision truncates; default alignment is left.
// Any other type (list, None, ...) with a non-empty spec: msg::unsupported_format_string; with an
// empty spec format(obj, "") is str(obj).
std::string format_str(std::string_view s, std::string_view spec);

// The parsed spec, in case the caller wants to inspect one (e.g. to validate early).
struct FormatSpec {
  char32_t fill = U' ';
  char32_t align = 0;  // '<' '>' '^' '=' (after defaults are applied)
  char32_t sign = 0;   // '+' '-' ' ' or 0
  bool no_neg_0 = false;  // 'z'
  bool alternate = false;  // '#'
  int64_t width = -1;
  char grouping = 0;     // ',' '_' or 0
  bool group_by_4 = false;  // '_' with b o x X
  int64_t precision = -1;
  char32_t type = 0;     // the default_type passed to the parser when omitted
};
// Parses like CPython's parse_internal_render_format_spec; throws its ValueErrors.
FormatSpec parse_format_spec(std::string_view spec, char32_t default_type, char32_t default_align,
                             std::string_view type_name);

// ---------------------------------------------------------------------------------------------
// 4. printf-style formatting: 'fmt' % args
// ---------------------------------------------------------------------------------------------
// One conversion: %[(key)][flags][width][.precision][h|l|L]type
struct PercentSpec {
  bool has_key = false;
  std::string key;        // UTF-8, for %(key)s
  bool ljust = false;     // '-'
  bool plus = false;      // '+'
  bool blank = false;     // ' '
  bool alt = false;       // '#'
  bool zero = false;      // '0'
  int64_t width = -1;     // -1 when absent
  int precision = -1;     // -1 when absent
  char32_t type = 0;      // the conversion character (not validated by the parser)
  std::size_t type_index = 0;  // code-point index of `type` in the format string (for messages)
};

// Renderers: each returns the text of one conversion exactly as CPython does, width and flags included.
// d i u o x X: v is the int (callers convert floats with float_to_int for d i u; o x X require an int).
std::string render_percent_int(const PercentSpec& spec, const mpz_class& v);
// e E f F g G: x is the float (callers convert ints with int_to_double).
std::string render_percent_float(const PercentSpec& spec, double x);
// s r a: `text` is already str(obj) / repr(obj) / ascii(obj). Precision truncates.
std::string render_percent_str(const PercentSpec& spec, std::string_view text);
// c: the character (from a 1-char str, or an int checked with percent_char_from_int).
std::string render_percent_char(const PercentSpec& spec, char32_t ch);
// '%c' % int: the code point, or OverflowError "%c arg not in range(0x110000)".
char32_t percent_char_from_int(const mpz_class& v);

// Argument reference used by percent_format: an index into the args tuple, or kCurrentObject for
// "the right operand itself" (when it is not a tuple) or, after %(key), "the value looked up by key".
inline constexpr std::ptrdiff_t kCurrentObject = -1;

struct PercentCallbacks {
  // %(key)...: look `key` up in the mapping (the right operand) and make the value the current
  // object; throw KeyError etc. yourself. Only called when is_mapping was true.
  std::function<void(std::string_view key)> select_key;
  // '*' width or precision: return the int value of the argument; if it is not an int (bool is
  // an int) throw FormatError{"TypeError", msg::kStarWantsInt}; outside int64 throw
  // FormatError{"OverflowError", msg::kIntTooLargeForSsizeT}. Negative width -> left-justified,
  // negative precision -> 0, precision outside C int -> OverflowError: handled here.
  std::function<int64_t(std::ptrdiff_t arg)> star_value;
  // Render the argument for spec.type (one of s r a c d i u o x X e E f F g G) the way CPython
  // converts it, by calling:
  //   s r a        render_percent_str(spec, str(obj) / repr(obj) / ascii_escape(repr(obj)))
  //   c            1-char str -> render_percent_char(spec, its code point); int/bool ->
  //                render_percent_char(spec, percent_char_from_int(v)); anything else (float,
  //                longer str) -> TypeError msg::kCharRequiresIntOrChar
  //   d i u        int/bool -> render_percent_int; float -> render_percent_int(spec,
  //                float_to_int(x)); else TypeError msg::percent_number_required(type, type name)
  //   o x X        int/bool only; float or other -> TypeError msg::percent_number_required
  //   e E f F g G  float -> render_percent_float; int/bool -> via int_to_double; else TypeError
  //                msg::must_be_real_number(type name)
  // (str(obj) of user objects may run Python code: that is fine, exceptions just propagate.)
  std::function<std::string(const PercentSpec& spec, std::ptrdiff_t arg)> render;
};

// The whole of CPython's PyUnicode_Format loop: walks fmt, copies literal text, handles "%%",
// parses each conversion, pulls arguments in CPython's order and raises the format-level errors
// (incomplete format, not enough arguments, unsupported format character, not all arguments
// converted, format requires a mapping, ...). The right operand is described by:
//   arglen     = its length if it is a tuple, else -1 (a single argument);
//   is_mapping = it has __getitem__ and is neither a tuple nor a str (dict, but also list: CPython
//                uses PyMapping_Check, so 'abc' % [] == 'abc').
// tests/unit/pyformat_test.cpp (function `percent`) is a complete example of the callbacks.
std::string percent_format(std::string_view fmt, std::ptrdiff_t arglen, bool is_mapping,
                           const PercentCallbacks& callbacks);

// Parses one conversion starting just after its '%' (fmt[pos] is the first char after '%', and it
// is not a second '%'). Returns the code-point position after the conversion character; the type
// character is not validated (percent_format does that after pulling the argument, as CPython).
// `on_key` is called for %(key) as soon as the key is read (may be empty); `star_value` is called
// for each '*' (may be empty: then a '*' throws "not enough arguments"). Throws the parse-time
// ValueErrors (incomplete format, incomplete format key, width/precision too big).
std::size_t parse_percent_spec(std::u32string_view fmt, std::size_t pos, PercentSpec& out,
                               const std::function<void(std::string_view key)>& on_key,
                               const std::function<int64_t()>& star_value);

// ---------------------------------------------------------------------------------------------
// 5. round()
// ---------------------------------------------------------------------------------------------
// round(x, ndigits) for a float: correctly rounded, ties to even on the exact binary value
// (round(2.675, 2) == 2.67, round(0.125, 2) == 0.12, round(-0.4, 0) == -0.0). nan/inf return
// themselves. OverflowError "rounded value too large to represent" when it rounds past DBL_MAX.
double round_half_even(double x, int64_t ndigits);
// round(x) with no ndigits: the nearest integral double, ties to even (round(0.5) == 0,
// round(1.5) == 2, round(-0.5) == -0.0). The caller converts with float_to_int (which raises
// for inf / nan).
double round_to_integral(double x);
// round(v, ndigits) for an int: unchanged for ndigits >= 0, else to a multiple of 10**-ndigits,
// ties to even (round(1250, -2) == 1200, round(1350, -2) == 1400).
mpz_class round_int(const mpz_class& v, int64_t ndigits);

// ---------------------------------------------------------------------------------------------
// 6. Float arithmetic with Python's semantics
// ---------------------------------------------------------------------------------------------
double py_fmod(double a, double b);      // a % b: sign of b; ZeroDivisionError "float modulo"
double py_floordiv(double a, double b);  // a // b; "float floor division by zero"
std::pair<double, double> py_divmod(double a, double b);  // divmod(a, b); "float divmod()"
double py_truediv(double a, double b);   // a / b; "float division by zero"
// a ** b for floats (and for int ** negative int after converting both with int_to_double).
// ZeroDivisionError for 0.0 ** negative, OverflowError "(34, 'Numerical result out of range')",
// ValueError msg::kComplexPower where CPython would return a complex number (OverflowError
// "complex exponentiation" where that complex number would overflow, as CPython).
double py_pow(double a, double b);
// float(v), correctly rounded (ties to even); OverflowError "int too large to convert to float".
double int_to_double(const mpz_class& v);
// a / b for ints, correctly rounded like CPython's long_true_divide; ZeroDivisionError
// "division by zero", OverflowError "integer division result too large for a float".
double int_true_divide(const mpz_class& a, const mpz_class& b);
// int(x) for a float: truncates toward zero. OverflowError for inf, ValueError for nan.
mpz_class float_to_int(double x);

// ---------------------------------------------------------------------------------------------
// 7. repr of str
// ---------------------------------------------------------------------------------------------
// repr(s): single quotes unless s contains ' and no "; escapes \\ the quote \n \r \t, \xhh for
// other control chars and non-printable Latin-1, \uhhhh / \Uhhhhhhhh for other non-printables
// (str.isprintable() of Python 3.11 exactly).
std::string str_repr(std::string_view utf8);
// ascii(): replaces every non-ASCII code point of (already repr'd) text with \xhh, \uhhhh or
// \Uhhhhhhhh. ascii(s) for a str is ascii_escape(str_repr(s)).
std::string ascii_escape(std::string_view utf8);

}  // namespace pyformat
}  // namespace looplab
