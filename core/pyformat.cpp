// CPython 3.11's text formatting rules for numbers and strings. See pyformat.h.
// The structure follows CPython's own code (Python/formatter_unicode.c, Python/pystrtod.c,
// Objects/unicodeobject.c, Objects/floatobject.c, Objects/longobject.c) so that the corner cases
// come out the same; digit generation uses correctly rounded C/C++ conversions instead of dtoa.c.
#include "core/pyformat.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <vector>

#include "core/unicode.h"

namespace looplab::pyformat {

namespace {

// Anything longer than this would need a string of hundreds of megabytes: CPython would try to
// allocate it; looplab reports MemoryError straight away.
constexpr int64_t kMaxFieldSize = int64_t{1} << 28;

[[noreturn]] void raise(const char* type, std::string message) { throw FormatError(type, std::move(message)); }

[[noreturn]] void raise_memory() { raise("MemoryError", ""); }

std::string hex_lower(uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%x", static_cast<unsigned>(v));
  return buf;
}

int decimal_value(char32_t c) { return unicode::decimal_value(c); }

std::string repeat(char32_t c, int64_t n) {
  std::string out;
  if (n <= 0) return out;
  if (c < 0x80) return std::string(static_cast<std::size_t>(n), static_cast<char>(c));
  std::string one;
  utf8_append(one, c);
  out.reserve(one.size() * static_cast<std::size_t>(n));
  for (int64_t i = 0; i < n; ++i) out += one;
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------
namespace msg {
std::string unsupported_format_character(char32_t ch, std::size_t index) {
  std::string out = "unsupported format character '";
  out += (ch >= 31 && ch <= 126) ? static_cast<char>(ch) : '?';
  out += "' (0x" + hex_lower(ch) + ") at index " + std::to_string(index);
  return out;
}
std::string percent_number_required(char32_t type, std::string_view type_name) {
  std::string out = "%";
  utf8_append(out, type);
  out += (type == U'o' || type == U'x' || type == U'X') ? " format: an integer is required, not "
                                                         : " format: a real number is required, not ";
  out += type_name;
  return out;
}
std::string must_be_real_number(std::string_view type_name) {
  return "must be real number, not " + std::string(type_name);
}
std::string unsupported_format_string(std::string_view type_name) {
  return "unsupported format string passed to " + std::string(type_name) + ".__format__";
}
std::string int_max_str_digits_exceeded(int limit) {
  return "Exceeds the limit (" + std::to_string(limit) +
         " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
}
}  // namespace msg

// ---------------------------------------------------------------------------------------------
// UTF-8
// ---------------------------------------------------------------------------------------------
std::u32string utf8_decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = s.size(), i = 0;
  auto cont = [&](std::size_t k) { return i + k < n && (p[i + k] & 0xC0) == 0x80; };
  while (i < n) {
    unsigned char b = p[i];
    if (b < 0x80) {
      out += static_cast<char32_t>(b);
      i += 1;
    } else if (b >= 0xC2 && b <= 0xDF && cont(1)) {
      out += static_cast<char32_t>(((b & 0x1F) << 6) | (p[i + 1] & 0x3F));
      i += 2;
    } else if (b >= 0xE0 && b <= 0xEF && cont(1) && cont(2) && (b != 0xE0 || p[i + 1] >= 0xA0)) {
      out += static_cast<char32_t>(((b & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F));
      i += 3;
    } else if (b >= 0xF0 && b <= 0xF4 && cont(1) && cont(2) && cont(3) && (b != 0xF0 || p[i + 1] >= 0x90) &&
               (b != 0xF4 || p[i + 1] <= 0x8F)) {
      out += static_cast<char32_t>(((b & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) | ((p[i + 2] & 0x3F) << 6) |
                                   (p[i + 3] & 0x3F));
      i += 4;
    } else {
      out += U'\uFFFD';
      i += 1;
    }
  }
  return out;
}

void utf8_append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp <= 0x10FFFF) {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    utf8_append(out, U'\uFFFD');
  }
}

std::string utf8_encode(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) utf8_append(out, c);
  return out;
}

std::size_t utf8_length(std::string_view s) {
  bool ascii = std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return ascii ? s.size() : utf8_decode(s).size();
}

bool is_printable(char32_t cp) { return unicode::is_printable(cp); }

// ---------------------------------------------------------------------------------------------
// Float to text: PyOS_double_to_string / format_float_short
// ---------------------------------------------------------------------------------------------
namespace {

// What dtoa.c's _Py_dg_dtoa returns: digits without trailing zeros, decimal point position.
struct Digits {
  bool negative = false;
  bool inf = false;
  bool nan = false;
  std::string digits;  // "" only for mode 3 results that round to zero
  int64_t decpt = 0;   // value = 0.digits * 10**decpt
};

void strip_trailing_zeros(Digits& d) {
  while (!d.digits.empty() && d.digits.back() == '0') d.digits.pop_back();
  if (d.digits.empty()) {
    d.digits = "0";
    d.decpt = 1;
  }
}

// mode 0: shortest string that round-trips.
Digits dtoa_shortest(double x) {
  Digits d;
  d.negative = std::signbit(x);
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::scientific);
  std::string_view s(buf, static_cast<std::size_t>(res.ptr - buf));
  std::size_t e = s.find('e');
  for (char c : s.substr(0, e))
    if (c != '.') d.digits += c;
  d.decpt = std::atoi(std::string(s.substr(e + 1)).c_str()) + 1;
  strip_trailing_zeros(d);
  return d;
}

std::string snprintf_double(const char* fmt, int precision, double x) {
  int n = std::snprintf(nullptr, 0, fmt, precision, x);
  std::string out(static_cast<std::size_t>(n) + 1, '\0');
  std::snprintf(out.data(), out.size(), fmt, precision, x);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// mode 2: `ndigits` significant digits, correctly rounded (glibc printf is exact, ties to even).
Digits dtoa_significant(double x, int64_t ndigits) {
  Digits d;
  d.negative = std::signbit(x);
  std::string s = snprintf_double("%.*e", static_cast<int>(ndigits - 1), std::fabs(x));
  std::size_t e = s.find('e');
  for (char c : std::string_view(s).substr(0, e))
    if (c != '.') d.digits += c;
  d.decpt = std::atoi(s.c_str() + e + 1) + 1;
  strip_trailing_zeros(d);
  return d;
}

// mode 3: `ndigits` digits after the decimal point, correctly rounded.
Digits dtoa_fixed(double x, int64_t ndigits) {
  Digits d;
  d.negative = std::signbit(x);
  std::string s = snprintf_double("%.*f", static_cast<int>(ndigits), std::fabs(x));
  std::size_t dot = s.find('.');
  std::string intpart = s.substr(0, dot);
  std::string frac = dot == std::string::npos ? std::string() : s.substr(dot + 1);
  std::string all = intpart + frac;
  std::size_t first = all.find_first_not_of('0');
  if (first == std::string::npos) {
    d.digits = "0";
    d.decpt = 1;
    return d;
  }
  d.digits = all.substr(first);
  d.decpt = static_cast<int64_t>(intpart.size()) - static_cast<int64_t>(first);
  while (d.digits.back() == '0') d.digits.pop_back();
  return d;
}

// Port of format_float_short. format_code is 'e', 'f', 'g' or 'r'; mode 0, 2 or 3.
std::string format_float_short(double x, char format_code, int mode, int64_t precision, bool always_add_sign,
                               bool add_dot_0_if_integer, bool use_alt_formatting, bool no_negative_zero,
                               bool upper) {
  std::string out;
  if (std::isnan(x) || std::isinf(x)) {
    bool sign = std::isinf(x) && x < 0;
    if (sign)
      out += '-';
    else if (always_add_sign)
      out += '+';
    if (std::isinf(x))
      out += upper ? "INF" : "inf";
    else
      out += upper ? "NAN" : "nan";
    return out;
  }
  Digits dg = mode == 0 ? dtoa_shortest(x) : mode == 2 ? dtoa_significant(x, precision) : dtoa_fixed(x, precision);
  bool sign = dg.negative;
  const std::string& digits = dg.digits;
  int64_t digits_len = static_cast<int64_t>(digits.size());
  if (no_negative_zero && sign && (digits_len == 0 || (digits_len == 1 && digits[0] == '0'))) sign = false;
  int64_t decpt = dg.decpt;
  int64_t vdigits_end = digits_len;
  bool use_exp = false;
  int64_t exp = 0;
  switch (format_code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0_if_integer ? precision - 1 : precision)) use_exp = true;
      if (use_alt_formatting) vdigits_end = precision;
      break;
    default:  // 'r'
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0_if_integer)
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
  if (vdigits_end - vdigits_start > kMaxFieldSize) raise_memory();

  if (sign)
    out += '-';
  else if (always_add_sign)
    out += '+';
  if (decpt <= 0) {
    out.append(static_cast<std::size_t>(decpt - vdigits_start), '0');
    out += '.';
    out.append(static_cast<std::size_t>(-decpt), '0');
  } else {
    out.append(static_cast<std::size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(digits, 0, static_cast<std::size_t>(decpt));
    out += '.';
    out.append(digits, static_cast<std::size_t>(decpt));
  } else {
    out += digits;
  }
  if (digits_len < decpt) {
    out.append(static_cast<std::size_t>(decpt - digits_len), '0');
    out += '.';
    out.append(static_cast<std::size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<std::size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !use_alt_formatting) out.pop_back();
  if (use_exp) {
    out += upper ? 'E' : 'e';
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.02lld", static_cast<long long>(exp));
    out += buf;
  }
  return out;
}

// Port of PyOS_double_to_string. format_code: e E f F g G r.
std::string double_to_string(double x, char format_code, int64_t precision, bool add_sign, bool add_dot_0, bool alt,
                             bool no_neg_0) {
  bool upper = false;
  int mode = 0;
  switch (format_code) {
    case 'E':
      upper = true;
      format_code = 'e';
      [[fallthrough]];
    case 'e':
      mode = 2;
      precision++;
      break;
    case 'F':
      upper = true;
      format_code = 'f';
      [[fallthrough]];
    case 'f':
      mode = 3;
      break;
    case 'G':
      upper = true;
      format_code = 'g';
      [[fallthrough]];
    case 'g':
      mode = 2;
      if (precision == 0) precision = 1;
      break;
    default:  // 'r'
      mode = 0;
      break;
  }
  if (precision > kMaxFieldSize) raise_memory();
  return format_float_short(x, format_code, mode, precision, add_sign, add_dot_0, alt, no_neg_0, upper);
}

}  // namespace

std::string float_repr(double x) { return double_to_string(x, 'r', 0, false, true, false, false); }

// ---------------------------------------------------------------------------------------------
// Ints as text
// ---------------------------------------------------------------------------------------------
namespace {
std::atomic<int> g_int_max_str_digits{4300};

std::string mpz_digits(const mpz_class& v, int base) {
  std::string s(mpz_sizeinbase(v.get_mpz_t(), base) + 2, '\0');
  mpz_get_str(s.data(), base, v.get_mpz_t());
  s.resize(std::strlen(s.c_str()));
  return s;
}
}  // namespace

void set_int_max_str_digits(int limit) { g_int_max_str_digits = limit; }
int int_max_str_digits() { return g_int_max_str_digits; }

std::string int_to_string(const mpz_class& v, int base) {
  if (base < 2 || base > 36) raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
  if (base == 10) {
    int limit = g_int_max_str_digits;
    if (limit > 0) {
      // mpz_sizeinbase is exact or one too big.
      std::size_t upper = mpz_sizeinbase(v.get_mpz_t(), 10);
      if (upper - 1 > static_cast<std::size_t>(limit)) raise("ValueError", msg::int_max_str_digits_exceeded(limit));
      std::string s = mpz_digits(v, 10);
      std::size_t n = s.size() - (s[0] == '-' ? 1 : 0);
      if (n > static_cast<std::size_t>(limit)) raise("ValueError", msg::int_max_str_digits_exceeded(limit));
      return s;
    }
  }
  return mpz_digits(v, base);
}

std::string int_to_string(int64_t v, int base) {
  if (base < 2 || base > 36) raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
  char buf[80];
  auto res = std::to_chars(buf, buf + sizeof buf, v, base);
  return std::string(buf, res.ptr);
}

std::string int_to_prefixed(const mpz_class& v, int base) {
  const char* prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
  std::string digits = int_to_string(v, base);
  if (!digits.empty() && digits[0] == '-') return "-" + std::string(prefix) + digits.substr(1);
  return prefix + digits;
}

// ---------------------------------------------------------------------------------------------
// The format-spec mini-language (Python/formatter_unicode.c)
// ---------------------------------------------------------------------------------------------
namespace {

bool is_alignment_token(char32_t c) { return c == U'<' || c == U'>' || c == U'=' || c == U'^'; }
bool is_sign_element(char32_t c) { return c == U' ' || c == U'+' || c == U'-'; }

// Returns the number of digits consumed; throws on overflow.
int64_t get_integer(const std::u32string& s, std::size_t& pos, int64_t& result) {
  int64_t acc = 0, numdigits = 0;
  for (; pos < s.size(); ++pos, ++numdigits) {
    int digit = decimal_value(s[pos]);
    if (digit < 0) break;
    if (acc > (INT64_MAX - digit) / 10) raise("ValueError", "Too many decimal digits in format string");
    acc = acc * 10 + digit;
  }
  result = acc;
  return numdigits;
}

std::string code_text(char32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  return "\\x" + hex_lower(c);
}

[[noreturn]] void unknown_presentation_type(char32_t type, std::string_view type_name) {
  raise("ValueError", "Unknown format code '" + code_text(type) + "' for object of type '" + std::string(type_name) + "'");
}

}  // namespace

FormatSpec parse_format_spec(std::string_view spec_utf8, char32_t default_type, char32_t default_align,
                             std::string_view type_name) {
  std::u32string s = utf8_decode(spec_utf8);
  FormatSpec f;
  f.align = default_align;
  f.type = default_type;
  std::size_t pos = 0, end = s.size();
  bool fill_char_specified = false, align_specified = false;
  if (end - pos >= 2 && is_alignment_token(s[pos + 1])) {
    f.align = s[pos + 1];
    f.fill = s[pos];
    fill_char_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_alignment_token(s[pos])) {
    f.align = s[pos];
    align_specified = true;
    ++pos;
  }
  if (end - pos >= 1 && is_sign_element(s[pos])) f.sign = s[pos++];
  if (end - pos >= 1 && s[pos] == U'z') {
    f.no_neg_0 = true;
    ++pos;
  }
  if (end - pos >= 1 && s[pos] == U'#') {
    f.alternate = true;
    ++pos;
  }
  if (!fill_char_specified && end - pos >= 1 && s[pos] == U'0') {
    f.fill = U'0';
    if (!align_specified && default_align == U'>') f.align = U'=';
    ++pos;
  }
  if (get_integer(s, pos, f.width) == 0) f.width = -1;
  if (end - pos && s[pos] == U',') {
    f.grouping = ',';
    ++pos;
  }
  if (end - pos && s[pos] == U'_') {
    if (f.grouping) raise("ValueError", "Cannot specify both ',' and '_'.");
    f.grouping = '_';
    ++pos;
  }
  if (end - pos && s[pos] == U',' && f.grouping == '_') raise("ValueError", "Cannot specify both ',' and '_'.");
  if (end - pos && s[pos] == U'.') {
    ++pos;
    if (get_integer(s, pos, f.precision) == 0) raise("ValueError", "Format specifier missing precision");
  }
  if (end - pos > 1)
    raise("ValueError", "Invalid format specifier '" + std::string(spec_utf8) + "' for object of type '" +
                            std::string(type_name) + "'");
  if (end - pos == 1) f.type = s[pos++];
  if (f.grouping) {
    switch (f.type) {
      case U'd': case U'e': case U'f': case U'g': case U'E': case U'G': case U'%': case U'F': case 0:
        break;
      case U'b': case U'o': case U'x': case U'X':
        if (f.grouping == '_') {
          f.group_by_4 = true;
          break;
        }
        [[fallthrough]];
      default:
        raise("ValueError", std::string("Cannot specify '") + f.grouping + "' with '" + code_text(f.type) + "'.");
    }
  }
  return f;
}

namespace {

// A number split the way calc_number_widths sees it:
//   <sign><prefix><digits>[.<remainder>]   or, for 'c', just <remainder>.
struct NumberText {
  char sign_char = 0;     // '-' when the number is negative
  std::string prefix;     // "0x", "0X", "0o", "0b" (alternate form)
  std::string digits;     // integer digits, ASCII
  bool has_decimal = false;
  std::string remainder;  // after the decimal point (or exponent, "%", "inf", the 'c' char)
};

// Port of _PyUnicode_InsertThousandsGrouping (group_len 0 = the empty "no grouping" locale).
std::string group_digits(const std::string& digits, int64_t min_width, int group_len, char sep) {
  min_width = std::max<int64_t>(0, min_width);
  if (min_width > kMaxFieldSize) raise_memory();
  std::string rev;  // built right to left
  int64_t remaining = static_cast<int64_t>(digits.size());
  std::size_t digits_pos = digits.size();
  bool use_separator = false;
  bool loop_broken = false;
  auto fill = [&](int64_t n_chars, int64_t n_zeros) {
    if (use_separator) rev += sep;
    for (int64_t i = 0; i < n_chars; ++i) rev += digits[--digits_pos];
    rev.append(static_cast<std::size_t>(n_zeros), '0');
  };
  if (group_len > 0) {
    for (;;) {
      int64_t len = std::min<int64_t>(group_len, std::max<int64_t>(std::max(remaining, min_width), 1));
      int64_t n_zeros = std::max<int64_t>(0, len - remaining);
      int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
      fill(n_chars, n_zeros);
      use_separator = true;
      remaining -= n_chars;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        loop_broken = true;
        break;
      }
      min_width -= 1;  // the separator's length
    }
  }
  if (!loop_broken) {
    int64_t len = std::max<int64_t>(std::max(remaining, min_width), 1);
    int64_t n_zeros = std::max<int64_t>(0, len - remaining);
    int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
    fill(n_chars, n_zeros);
  }
  std::reverse(rev.begin(), rev.end());
  return rev;
}

// Port of calc_number_widths + fill_number.
std::string fill_number(const FormatSpec& f, const NumberText& n, int group_len, char sep) {
  char sign = 0;
  if (f.sign == U'+')
    sign = n.sign_char == '-' ? '-' : '+';
  else if (f.sign == U' ')
    sign = n.sign_char == '-' ? '-' : ' ';
  else if (n.sign_char == '-')
    sign = '-';
  int64_t n_remainder = static_cast<int64_t>(utf8_length(n.remainder));
  int64_t n_non_digit = (sign ? 1 : 0) + static_cast<int64_t>(n.prefix.size()) + (n.has_decimal ? 1 : 0) + n_remainder;
  int64_t min_width = (f.fill == U'0' && f.align == U'=') ? f.width - n_non_digit : 0;
  std::string grouped = n.digits.empty() ? std::string() : group_digits(n.digits, min_width, group_len, sep);
  int64_t n_padding = f.width - (n_non_digit + static_cast<int64_t>(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (n_padding > 0) {
    if (n_padding > kMaxFieldSize) raise_memory();
    switch (f.align) {
      case U'<': rpad = n_padding; break;
      case U'^': lpad = n_padding / 2; rpad = n_padding - lpad; break;
      case U'=': spad = n_padding; break;
      default: lpad = n_padding; break;
    }
  }
  std::string out = repeat(f.fill, lpad);
  if (sign) out += sign;
  out += n.prefix;
  out += repeat(f.fill, spad);
  out += grouped;
  if (n.has_decimal) out += '.';
  out += n.remainder;
  out += repeat(f.fill, rpad);
  return out;
}

// Splits CPython's formatted float text into sign, integer digits, decimal point and the rest.
NumberText split_float_text(const std::string& buf) {
  NumberText n;
  std::size_t i = 0;
  if (!buf.empty() && buf[0] == '-') {
    n.sign_char = '-';
    i = 1;
  }
  std::size_t j = i;
  while (j < buf.size() && buf[j] >= '0' && buf[j] <= '9') ++j;
  n.digits = buf.substr(i, j - i);
  if (j < buf.size() && buf[j] == '.') {
    n.has_decimal = true;
    ++j;
  }
  n.remainder = buf.substr(j);
  return n;
}

// Port of format_float_internal.
std::string format_float_internal(double val, const FormatSpec& f) {
  if (f.precision > INT_MAX) raise("ValueError", "precision too big");
  int64_t precision = f.precision, default_precision = 6;
  char32_t type = f.type;
  bool add_dot_0 = false, add_pct = false;
  if (type == 0) {
    add_dot_0 = true;
    type = U'r';
    default_precision = 0;
  }
  if (type == U'n') type = U'g';
  if (type == U'%') {
    type = U'f';
    val *= 100;
    add_pct = true;
  }
  if (precision < 0)
    precision = default_precision;
  else if (type == U'r')
    type = U'g';
  std::string buf = double_to_string(val, static_cast<char>(type), precision, false, add_dot_0, f.alternate, f.no_neg_0);
  if (add_pct) buf += '%';
  NumberText n = split_float_text(buf);
  bool locale_n = f.type == U'n';
  return fill_number(f, n, (f.grouping && !locale_n) ? 3 : 0, f.grouping);
}

// Port of format_long_internal.
std::string format_long_internal(const mpz_class& v, const FormatSpec& f) {
  if (f.precision != -1) raise("ValueError", "Precision not allowed in integer format specifier");
  if (f.no_neg_0) raise("ValueError", "Negative zero coercion (z) not allowed in integer format specifier");
  NumberText n;
  if (f.type == U'c') {
    if (f.sign) raise("ValueError", "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) raise("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
    if (!v.fits_slong_p()) raise("OverflowError", msg::kIntTooLargeForCLong);
    long x = v.get_si();
    if (x < 0 || x > 0x10FFFF) raise("OverflowError", msg::kCharArgNotInRange);
    utf8_append(n.remainder, static_cast<char32_t>(x));
    return fill_number(f, n, 0, 0);
  }
  int base = 10;
  const char* prefix = "";
  switch (f.type) {
    case U'b': base = 2; prefix = "0b"; break;
    case U'o': base = 8; prefix = "0o"; break;
    case U'x': base = 16; prefix = "0x"; break;
    case U'X': base = 16; prefix = "0X"; break;
    default: break;
  }
  std::string s = int_to_string(v, base);
  if (s[0] == '-') {
    n.sign_char = '-';
    s.erase(0, 1);
  }
  if (f.type == U'X')
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (f.alternate) n.prefix = prefix;
  n.digits = std::move(s);
  int group_len = 0;
  if (f.grouping && f.type != U'n') group_len = f.group_by_4 ? 4 : 3;
  return fill_number(f, n, group_len, f.grouping);
}

}  // namespace

std::string format_int(const mpz_class& v, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return int_to_string(v, 10);
  FormatSpec f = parse_format_spec(spec, U'd', U'>', type_name);
  switch (f.type) {
    case U'b': case U'c': case U'd': case U'o': case U'x': case U'X': case U'n':
      return format_long_internal(v, f);
    case U'e': case U'E': case U'f': case U'F': case U'g': case U'G': case U'%':
      return format_float_internal(int_to_double(v), f);
    default:
      unknown_presentation_type(f.type, type_name);
  }
}

std::string format_int(int64_t v, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return int_to_string(v, 10);
  return format_int(mpz_class(static_cast<long>(v)), spec, type_name);
}

std::string format_float(double x, std::string_view spec) {
  if (spec.empty()) return float_repr(x);
  FormatSpec f = parse_format_spec(spec, 0, U'>', "float");
  switch (f.type) {
    case 0: case U'e': case U'E': case U'f': case U'F': case U'g': case U'G': case U'n': case U'%':
      return format_float_internal(x, f);
    default:
      unknown_presentation_type(f.type, "float");
  }
}

std::string format_str(std::string_view s, std::string_view spec) {
  if (spec.empty()) return std::string(s);
  FormatSpec f = parse_format_spec(spec, U's', U'<', "str");
  if (f.type != U's') unknown_presentation_type(f.type, "str");
  // format_string_internal
  if (f.sign) {
    if (f.sign == U' ') raise("ValueError", "Space not allowed in string format specifier");
    raise("ValueError", "Sign not allowed in string format specifier");
  }
  if (f.no_neg_0) raise("ValueError", "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) raise("ValueError", "Alternate form (#) not allowed in string format specifier");
  if (f.align == U'=') raise("ValueError", "'=' alignment not allowed in string format specifier");
  std::u32string cps = utf8_decode(s);
  int64_t len = static_cast<int64_t>(cps.size());
  if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len)) return std::string(s);
  if (f.precision >= 0 && len >= f.precision) len = f.precision;
  int64_t total = f.width >= 0 && f.width > len ? f.width : len;
  if (total > kMaxFieldSize) raise_memory();
  int64_t lpad = 0;
  if (f.align == U'>')
    lpad = total - len;
  else if (f.align == U'^')
    lpad = (total - len) / 2;
  int64_t rpad = total - len - lpad;
  std::string out = repeat(f.fill, lpad);
  out += utf8_encode(std::u32string_view(cps).substr(0, static_cast<std::size_t>(len)));
  out += repeat(f.fill, rpad);
  return out;
}

// ---------------------------------------------------------------------------------------------
// printf-style formatting (Objects/unicodeobject.c: PyUnicode_Format and helpers)
// ---------------------------------------------------------------------------------------------
std::size_t parse_percent_spec(std::u32string_view fmt, std::size_t pos0, PercentSpec& arg,
                               const std::function<void(std::string_view key)>& on_key,
                               const std::function<int64_t()>& star_value) {
  const auto len = static_cast<std::ptrdiff_t>(fmt.size());
  auto pos = static_cast<std::ptrdiff_t>(pos0);
  std::ptrdiff_t cnt = len - pos;  // characters left, as CPython's fmtcnt
  auto read = [&](std::ptrdiff_t p) -> char32_t { return p < len ? fmt[static_cast<std::size_t>(p)] : U'\0'; };
  auto next_star = [&]() -> int64_t {
    if (!star_value) raise("TypeError", msg::kNotEnoughArguments);
    return star_value();
  };
  char32_t ch = read(pos);
  if (ch == U'(') {
    int pcount = 1;
    ++pos;
    --cnt;
    std::ptrdiff_t keystart = pos;
    while (pcount > 0 && --cnt >= 0) {
      ch = read(pos);
      if (ch == U')')
        --pcount;
      else if (ch == U'(')
        ++pcount;
      pos++;
    }
    std::ptrdiff_t keylen = pos - keystart - 1;
    if (cnt < 0 || pcount > 0) raise("ValueError", msg::kIncompleteFormatKey);
    arg.has_key = true;
    arg.key = utf8_encode(fmt.substr(static_cast<std::size_t>(keystart), static_cast<std::size_t>(keylen)));
    if (on_key) on_key(arg.key);
  }
  while (--cnt >= 0) {
    ch = read(pos);
    pos++;
    if (ch == U'-') { arg.ljust = true; continue; }
    if (ch == U'+') { arg.plus = true; continue; }
    if (ch == U' ') { arg.blank = true; continue; }
    if (ch == U'#') { arg.alt = true; continue; }
    if (ch == U'0') { arg.zero = true; continue; }
    break;
  }
  if (ch == U'*') {
    int64_t w = next_star();
    if (w < 0) {
      arg.ljust = true;
      w = w == INT64_MIN ? INT64_MAX : -w;
    }
    arg.width = w;
    if (--cnt >= 0) {
      ch = read(pos);
      pos++;
    }
  } else if (ch >= U'0' && ch <= U'9') {
    arg.width = ch - U'0';
    while (--cnt >= 0) {
      ch = read(pos);
      pos++;
      if (ch < U'0' || ch > U'9') break;
      int digit = static_cast<int>(ch - U'0');
      if (arg.width > (INT64_MAX - digit) / 10) raise("ValueError", msg::kWidthTooBig);
      arg.width = arg.width * 10 + digit;
    }
  }
  if (ch == U'.') {
    arg.precision = 0;
    if (--cnt >= 0) {
      ch = read(pos);
      pos++;
    }
    if (ch == U'*') {
      int64_t p = next_star();
      if (p > INT_MAX || p < INT_MIN) raise("OverflowError", msg::kIntTooLargeForCInt);
      arg.precision = p < 0 ? 0 : static_cast<int>(p);
      if (--cnt >= 0) {
        ch = read(pos);
        pos++;
      }
    } else if (ch >= U'0' && ch <= U'9') {
      arg.precision = static_cast<int>(ch - U'0');
      while (--cnt >= 0) {
        ch = read(pos);
        pos++;
        if (ch < U'0' || ch > U'9') break;
        int digit = static_cast<int>(ch - U'0');
        if (arg.precision > (INT_MAX - digit) / 10) raise("ValueError", msg::kPrecisionTooBig);
        arg.precision = arg.precision * 10 + digit;
      }
    }
  }
  if (cnt >= 0) {
    if (ch == U'h' || ch == U'l' || ch == U'L') {
      if (--cnt >= 0) {
        ch = read(pos);
        pos++;
      }
    }
  }
  if (cnt < 0) raise("ValueError", msg::kIncompleteFormat);
  arg.type = ch;
  arg.type_index = static_cast<std::size_t>(pos - 1);
  return static_cast<std::size_t>(pos);
}

std::string percent_format(std::string_view fmt_utf8, std::ptrdiff_t arglen, bool is_mapping,
                           const PercentCallbacks& cb) {
  const std::u32string fmt = utf8_decode(fmt_utf8);
  const bool dict = is_mapping && arglen < 0;
  std::ptrdiff_t argidx = arglen >= 0 ? 0 : -2;
  if (arglen < 0) arglen = -1;
  auto next_arg = [&]() -> std::ptrdiff_t {
    if (argidx < arglen) {
      argidx++;
      return arglen < 0 ? kCurrentObject : argidx - 1;
    }
    raise("TypeError", msg::kNotEnoughArguments);
  };
  auto on_key = [&](std::string_view key) {
    if (!dict) raise("TypeError", msg::kFormatRequiresMapping);
    if (cb.select_key) cb.select_key(key);
    arglen = -1;
    argidx = -2;
  };
  auto star = [&]() -> int64_t {
    std::ptrdiff_t a = next_arg();
    if (!cb.star_value) raise("TypeError", msg::kStarWantsInt);
    return cb.star_value(a);
  };
  std::string out;
  out.reserve(fmt_utf8.size());
  std::size_t pos = 0;
  while (pos < fmt.size()) {
    if (fmt[pos] != U'%') {
      std::size_t end = pos;
      while (end < fmt.size() && fmt[end] != U'%') utf8_append(out, fmt[end++]);
      pos = end;
      continue;
    }
    ++pos;
    if (pos < fmt.size() && fmt[pos] == U'%') {
      out += '%';
      ++pos;
      continue;
    }
    PercentSpec spec;
    pos = parse_percent_spec(fmt, pos, spec, on_key, star);
    std::ptrdiff_t a = next_arg();
    switch (spec.type) {
      case U's': case U'r': case U'a': case U'c':
      case U'd': case U'i': case U'u': case U'o': case U'x': case U'X':
      case U'e': case U'E': case U'f': case U'F': case U'g': case U'G':
        break;
      default:
        raise("ValueError", msg::unsupported_format_character(spec.type, spec.type_index));
    }
    if (cb.render) out += cb.render(spec, a);
    if (dict && argidx < arglen) raise("TypeError", msg::kNotAllConverted);
  }
  if (argidx < arglen && !dict) raise("TypeError", msg::kNotAllConverted);
  return out;
}

namespace {

// Port of unicode_format_arg_output. `sign` is true for the numeric conversions.
std::string percent_output(const PercentSpec& arg, const std::u32string& str, bool sign) {
  char32_t fill = (sign && arg.zero) ? U'0' : U' ';
  auto len = static_cast<int64_t>(str.size());
  int64_t width = arg.width;
  if ((width == -1 || width <= len) && (arg.precision == -1 || arg.precision >= len) && !(arg.plus || arg.blank))
    return utf8_encode(str);
  if (width > kMaxFieldSize) raise_memory();
  if (arg.type == U's' || arg.type == U'r' || arg.type == U'a') {
    if (arg.precision >= 0 && len > arg.precision) len = arg.precision;
  }
  std::size_t pindex = 0;
  char32_t signchar = 0;
  if (sign) {
    char32_t ch = str.empty() ? U'\0' : str[0];
    if (ch == U'-' || ch == U'+') {
      signchar = ch;
      len--;
      pindex++;
    } else if (arg.plus) {
      signchar = U'+';
    } else if (arg.blank) {
      signchar = U' ';
    } else {
      sign = false;
    }
  }
  if (width < len) width = len;
  std::string out;
  if (sign) {
    if (fill != U' ') utf8_append(out, signchar);
    if (width > len) width--;
  }
  bool prefix = arg.alt && (arg.type == U'x' || arg.type == U'X' || arg.type == U'o');
  if (prefix) {
    if (fill != U' ') {
      out += '0';
      utf8_append(out, arg.type);
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !arg.ljust) {
    out += repeat(fill, width - len);
    width = len;
  }
  if (fill == U' ') {
    if (sign) utf8_append(out, signchar);
    if (prefix) {
      out += '0';
      utf8_append(out, arg.type);
      pindex += 2;
    }
  }
  if (len > 0) out += utf8_encode(std::u32string_view(str).substr(pindex, static_cast<std::size_t>(len)));
  if (width > len) out += repeat(U' ', width - len);
  return out;
}

std::u32string ascii_to_u32(const std::string& s) { return std::u32string(s.begin(), s.end()); }

}  // namespace

std::string render_percent_int(const PercentSpec& arg, const mpz_class& v) {
  // _PyUnicode_FormatLong
  if (arg.precision > INT_MAX - 3) raise("OverflowError", "precision too large");
  int base = 10;
  if (arg.type == U'o') base = 8;
  if (arg.type == U'x' || arg.type == U'X') base = 16;
  std::string digits = int_to_string(v, base);
  std::string sign;
  if (digits[0] == '-') {
    sign = "-";
    digits.erase(0, 1);
  }
  if (arg.precision > static_cast<int>(digits.size())) {
    if (arg.precision > kMaxFieldSize) raise_memory();
    digits.insert(0, static_cast<std::size_t>(arg.precision) - digits.size(), '0');
  }
  std::string prefix;
  if (arg.alt && base != 10) prefix = base == 8 ? "0o" : "0x";
  std::string s = sign + prefix + digits;
  if (arg.type == U'X')
    for (char& c : s)
      if (c >= 'a' && c <= 'x') c = static_cast<char>(c - 'a' + 'A');
  return percent_output(arg, ascii_to_u32(s), true);
}

std::string render_percent_float(const PercentSpec& arg, double x) {
  int prec = arg.precision < 0 ? 6 : arg.precision;
  std::string s = double_to_string(x, static_cast<char>(arg.type), prec, false, false, arg.alt, false);
  return percent_output(arg, ascii_to_u32(s), true);
}

std::string render_percent_str(const PercentSpec& arg, std::string_view text) {
  return percent_output(arg, utf8_decode(text), false);
}

std::string render_percent_char(const PercentSpec& arg, char32_t ch) {
  return percent_output(arg, std::u32string(1, ch), false);
}

char32_t percent_char_from_int(const mpz_class& v) {
  if (sgn(v) < 0 || v > 0x10FFFF) raise("OverflowError", msg::kCharArgNotInRange);
  return static_cast<char32_t>(v.get_ui());
}

// ---------------------------------------------------------------------------------------------
// round()
// ---------------------------------------------------------------------------------------------
namespace {

// Nearest integer to num/den (den > 0), ties to even.
mpz_class div_round_half_even(const mpz_class& num, const mpz_class& den) {
  mpz_class q, r;
  mpz_fdiv_qr(q.get_mpz_t(), r.get_mpz_t(), num.get_mpz_t(), den.get_mpz_t());
  mpz_class twice = r * 2;
  int c = cmp(twice, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q.get_mpz_t()))) q += 1;
  return q;
}

// |x| == mant * 2**exp2 exactly, mant a non-negative integer (x finite).
void decompose(double x, mpz_class& mant, long& exp2) {
  int e = 0;
  double m = std::frexp(std::fabs(x), &e);
  mant = mpz_class(std::ldexp(m, 53));
  exp2 = e - 53;
}

// The double nearest to (q + f) * 2**exp2 with 0 <= f < 1 (f > 0 iff inexact), ties to even,
// subnormals included. q must have at least 55 bits when inexact. Returns inf on overflow.
double make_double(const mpz_class& q, long exp2, bool inexact, bool negative) {
  if (q == 0) return negative ? -0.0 : 0.0;
  long nb = static_cast<long>(mpz_sizeinbase(q.get_mpz_t(), 2));
  long top = nb + exp2;  // q * 2**exp2 is in [2**(top-1), 2**top)
  double result;
  if (top > 1025) {
    result = HUGE_VAL;
  } else {
    long p = top - 1 >= -1022 ? 53 : top + 1074;  // significant bits the result can keep
    long drop = nb - p;
    if (drop <= 0) {
      result = std::ldexp(q.get_d(), static_cast<int>(exp2));  // exact (q < 2**53)
    } else {
      mpz_class m = q >> static_cast<mp_bitcnt_t>(drop);
      mpz_class rem = q - (m << static_cast<mp_bitcnt_t>(drop));
      mpz_class half = mpz_class(1) << static_cast<mp_bitcnt_t>(drop - 1);
      int c = cmp(rem, half);
      if (c > 0 || (c == 0 && (inexact || mpz_odd_p(m.get_mpz_t())))) m += 1;
      result = std::ldexp(m.get_d(), static_cast<int>(exp2 + drop));  // exact unless it overflows
    }
  }
  return negative ? -result : result;
}

}  // namespace

double round_half_even(double x, int64_t ndigits) {
  if (!std::isfinite(x)) return x;
  constexpr int64_t kNdigitsMax = 323;   // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
  constexpr int64_t kNdigitsMin = -308;  // -(DBL_MAX_EXP + 1) * 0.30103
  if (ndigits > kNdigitsMax) return x;
  if (ndigits < kNdigitsMin) return 0.0 * x;
  // double_round: round to a decimal string with dtoa mode 3, then back with strtod.
  mpz_class mant;
  long exp2 = 0;
  decompose(x, mant, exp2);
  mpz_class num = mant, den = 1, p10;
  mpz_ui_pow_ui(p10.get_mpz_t(), 10, static_cast<unsigned long>(ndigits >= 0 ? ndigits : -ndigits));
  if (ndigits >= 0)
    num *= p10;
  else
    den = p10;
  if (exp2 >= 0)
    num <<= static_cast<mp_bitcnt_t>(exp2);
  else
    den <<= static_cast<mp_bitcnt_t>(-exp2);
  mpz_class n = div_round_half_even(num, den);
  std::string text = std::signbit(x) ? "-" : "";
  text += mpz_digits(n, 10);
  text += "e" + std::to_string(-ndigits);
  errno = 0;
  double rounded = std::strtod(text.c_str(), nullptr);
  if (errno == ERANGE && std::fabs(rounded) >= 1.) raise("OverflowError", msg::kRoundedTooLarge);
  return rounded;
}

double round_to_integral(double x) {
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
  return rounded;
}

mpz_class round_int(const mpz_class& v, int64_t ndigits) {
  if (ndigits >= 0) return v;
  uint64_t k = static_cast<uint64_t>(-(ndigits + 1)) + 1;
  // |v| < 10**(k-1) <= 10**k / 2 rounds to 0; mpz_sizeinbase may be one too big.
  if (k > mpz_sizeinbase(v.get_mpz_t(), 10) + 1) return 0;
  mpz_class p10;
  mpz_ui_pow_ui(p10.get_mpz_t(), 10, static_cast<unsigned long>(k));
  return div_round_half_even(v, p10) * p10;
}

// ---------------------------------------------------------------------------------------------
// Float arithmetic (Objects/floatobject.c) and int <-> float (Objects/longobject.c)
// ---------------------------------------------------------------------------------------------
namespace {
void float_div_mod(double vx, double wx, double* floordiv, double* mod) {
  double div;
  *mod = std::fmod(vx, wx);
  div = (vx - *mod) / wx;
  if (*mod) {
    if ((wx < 0) != (*mod < 0)) {
      *mod += wx;
      div -= 1.0;
    }
  } else {
    *mod = std::copysign(0.0, wx);
  }
  if (div) {
    *floordiv = std::floor(div);
    if (div - *floordiv > 0.5) *floordiv += 1.0;
  } else {
    *floordiv = std::copysign(0.0, vx / wx);
  }
}

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }
}  // namespace

double py_fmod(double a, double b) {
  if (b == 0.0) raise("ZeroDivisionError", msg::kFloatModulo);
  double mod = std::fmod(a, b);
  if (mod) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  return mod;
}

double py_floordiv(double a, double b) {
  if (b == 0.0) raise("ZeroDivisionError", msg::kFloatFloorDivisionByZero);
  double div = 0, mod = 0;
  float_div_mod(a, b, &div, &mod);
  return div;
}

std::pair<double, double> py_divmod(double a, double b) {
  if (b == 0.0) raise("ZeroDivisionError", msg::kFloatDivmod);
  double div = 0, mod = 0;
  float_div_mod(a, b, &div, &mod);
  return {div, mod};
}

double py_truediv(double a, double b) {
  if (b == 0.0) raise("ZeroDivisionError", msg::kFloatDivisionByZero);
  return a / b;
}

double py_pow(double iv, double iw) {
  bool negate_result = false;
  if (iw == 0) return 1.0;
  if (std::isnan(iv)) return iv;
  if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return 1.0;
    if ((iw > 0.0) == (iv > 1.0)) return std::fabs(iw);
    return 0.0;
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return odd ? iv : std::fabs(iv);
    return odd ? std::copysign(0.0, iv) : 0.0;
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0) raise("ZeroDivisionError", msg::kZeroNegativePower);
    return odd ? iv : 0.0;
  }
  if (iv < 0.0) {
    if (iw != std::floor(iw)) {
      // CPython returns a complex number, or raises when its modulus overflows.
      if (std::isinf(std::pow(-iv, iw))) raise("OverflowError", msg::kComplexExponentiation);
      raise("ValueError", msg::kComplexPower);
    }
    iv = -iv;
    negate_result = is_odd_integer(iw);
  }
  if (iv == 1.0) return negate_result ? -1.0 : 1.0;
  double ix = std::pow(iv, iw);
  if (std::isinf(ix)) raise("OverflowError", msg::kMathRangeError);
  return negate_result ? -ix : ix;
}

double int_to_double(const mpz_class& v) {
  mpz_class a = abs(v);
  double d = make_double(a, 0, false, sgn(v) < 0);
  if (std::isinf(d)) raise("OverflowError", msg::kIntTooLargeForFloat);
  return d;
}

double int_true_divide(const mpz_class& a, const mpz_class& b) {
  if (b == 0) raise("ZeroDivisionError", msg::kDivisionByZero);
  bool negative = (sgn(a) < 0) != (sgn(b) < 0);
  if (a == 0) return negative ? -0.0 : 0.0;
  mpz_class na = abs(a), nb = abs(b);
  long bits_a = static_cast<long>(mpz_sizeinbase(na.get_mpz_t(), 2));
  long bits_b = static_cast<long>(mpz_sizeinbase(nb.get_mpz_t(), 2));
  // Quotient of at least 56 bits: q = floor(na * 2**s / nb), value = (q + frac) * 2**-s.
  long s = 56 - (bits_a - bits_b) + 1;
  if (s >= 0)
    na <<= static_cast<mp_bitcnt_t>(s);
  else
    nb <<= static_cast<mp_bitcnt_t>(-s);
  mpz_class q, r;
  mpz_tdiv_qr(q.get_mpz_t(), r.get_mpz_t(), na.get_mpz_t(), nb.get_mpz_t());
  double d = make_double(q, -s, r != 0, negative);
  if (std::isinf(d)) raise("OverflowError", msg::kIntDivisionTooLarge);
  return d;
}

mpz_class float_to_int(double x) {
  if (std::isinf(x)) raise("OverflowError", msg::kFloatInfinityToInt);
  if (std::isnan(x)) raise("ValueError", msg::kFloatNanToInt);
  return mpz_class(std::trunc(x));
}

// ---------------------------------------------------------------------------------------------
// repr(str), ascii()
// ---------------------------------------------------------------------------------------------
namespace {
void append_escape(std::string& out, char32_t ch) {
  char buf[16];
  if (ch <= 0xFF)
    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(ch));
  else if (ch <= 0xFFFF)
    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(ch));
  else
    std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(ch));
  out += buf;
}
}  // namespace

std::string str_repr(std::string_view utf8) {
  std::u32string s = utf8_decode(utf8);
  bool squote = false, dquote = false;
  for (char32_t c : s) {
    if (c == U'\'') squote = true;
    if (c == U'"') dquote = true;
  }
  char32_t quote = (squote && !dquote) ? U'"' : U'\'';
  std::string out;
  out.reserve(utf8.size() + 2);
  out += static_cast<char>(quote);
  for (char32_t ch : s) {
    if (ch == quote || ch == U'\\') {
      out += '\\';
      out += static_cast<char>(ch);
    } else if (ch == U'\t') {
      out += "\\t";
    } else if (ch == U'\n') {
      out += "\\n";
    } else if (ch == U'\r') {
      out += "\\r";
    } else if (ch < U' ' || ch == 0x7F) {
      append_escape(out, ch);
    } else if (ch < 0x7F) {
      out += static_cast<char>(ch);
    } else if (is_printable(ch)) {
      utf8_append(out, ch);
    } else {
      append_escape(out, ch);
    }
  }
  out += static_cast<char>(quote);
  return out;
}

std::string ascii_escape(std::string_view utf8) {
  std::string out;
  for (char32_t ch : utf8_decode(utf8)) {
    if (ch < 0x80)
      out += static_cast<char>(ch);
    else
      append_escape(out, ch);
  }
  return out;
}

}  // namespace looplab::pyformat
