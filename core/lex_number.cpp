// The lexer, part 2: number literals, scanned exactly as CPython 3.11's tok_get does
// (including which character an error points at). The parser converts the text.
#include "core/lexer.h"

namespace looplab {
namespace {

constexpr int kEof = -1;

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_potential_identifier_char(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128 || is_digit(c);
}

}  // namespace


int Lexer::nextc() { return pos_ < limit_ ? static_cast<unsigned char>(text_[pos_++]) : kEof; }

void Lexer::backup(int c) {
  if (c != kEof) --pos_;
}

bool Lexer::lookahead(std::string_view rest) {
  uint32_t saved = pos_;
  bool match = true;
  for (char want : rest) {
    if (nextc() != want) {
      match = false;
      break;
    }
  }
  if (match) match = !is_potential_identifier_char(nextc());
  pos_ = saved;
  return match;
}

// A number directly followed by a letter is an error, except before the keywords that can
// follow a number in valid code (`1if x else y`), which CPython only warns about.
bool Lexer::verify_end_of_number(int c, const char* kind) {
  bool keyword_follows = false;
  if (c == 'a') {
    keyword_follows = lookahead("nd");
  } else if (c == 'e') {
    keyword_follows = lookahead("lse");
  } else if (c == 'f') {
    keyword_follows = lookahead("or");
  } else if (c == 'i') {
    char c2 = peek();
    keyword_follows = c2 == 'f' || c2 == 'n' || c2 == 's';
  } else if (c == 'o') {
    keyword_follows = lookahead("r");
  } else if (c == 'n') {
    keyword_follows = lookahead("ot");
  }
  if (keyword_follows) return true;
  if (c < 128 && is_potential_identifier_char(c)) {  // a non-ASCII letter is the next token's problem
    backup(c);
    return fail_here(std::string("invalid ") + kind + " literal");
  }
  return true;
}

bool Lexer::decimal_tail(int& c) {
  for (;;) {
    do {
      c = nextc();
    } while (is_digit(c));
    if (c != '_') return true;
    c = nextc();
    if (!is_digit(c)) {
      backup(c);
      return fail_here("invalid decimal literal");
    }
  }
}

bool Lexer::finish_number(Token& out, uint32_t start, int c) {
  backup(c);
  make_token(out, TokenKind::Number, start, line_);
  return true;
}

bool Lexer::number_fraction(Token& out, uint32_t start, int c) {
  if (is_digit(c) && !decimal_tail(c)) return false;
  if (c == 'e' || c == 'E') return number_exponent(out, start, c);
  if (c == 'j' || c == 'J') return number_imaginary(out, start);
  if (!verify_end_of_number(c, "decimal")) return false;
  return finish_number(out, start, c);
}

bool Lexer::number_exponent(Token& out, uint32_t start, int e) {
  int c = nextc();
  if (c == '+' || c == '-') {
    c = nextc();
    if (!is_digit(c)) {
      backup(c);
      return fail_here("invalid decimal literal");
    }
  } else if (!is_digit(c)) {
    backup(c);
    if (!verify_end_of_number(e, "decimal")) return false;
    return finish_number(out, start, e);  // `1else`: the number ends before the `e`
  }
  if (!decimal_tail(c)) return false;
  if (c == 'j' || c == 'J') return number_imaginary(out, start);
  if (!verify_end_of_number(c, "decimal")) return false;
  return finish_number(out, start, c);
}

bool Lexer::number_imaginary(Token& out, uint32_t start) {
  int c = nextc();
  if (!verify_end_of_number(c, "imaginary")) return false;
  return finish_number(out, start, c);
}

// 0x.., 0o.., 0b..: `is_valid` says which digits belong; octal and binary name a bad digit.
bool Lexer::number_radix(Token& out, uint32_t start, bool (*is_valid)(int), const char* kind, bool names_digit) {
  int c = nextc();
  do {
    if (c == '_') c = nextc();
    if (!is_valid(c)) {
      if (names_digit && is_digit(c)) {
        return fail_here(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal");
      }
      backup(c);
      return fail_here(std::string("invalid ") + kind + " literal");
    }
    do {
      c = nextc();
    } while (is_valid(c));
  } while (c == '_');
  if (names_digit && is_digit(c)) {
    return fail_here(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal");
  }
  if (!verify_end_of_number(c, kind)) return false;
  return finish_number(out, start, c);
}

bool Lexer::scan_number(Token& out, uint32_t start) {
  int c = nextc();
  if (c == '.') return number_fraction(out, start, nextc());
  if (c != '0') {
    if (!decimal_tail(c)) return false;
    if (c == '.') return number_fraction(out, start, nextc());
    if (c == 'e' || c == 'E') return number_exponent(out, start, c);
    if (c == 'j' || c == 'J') return number_imaginary(out, start);
    if (!verify_end_of_number(c, "decimal")) return false;
    return finish_number(out, start, c);
  }
  c = nextc();
  if (c == 'x' || c == 'X') return number_radix(out, start, [](int d) { return is_hex_digit(d); }, "hexadecimal", false);
  if (c == 'o' || c == 'O') return number_radix(out, start, [](int d) { return d >= '0' && d <= '7'; }, "octal", true);
  if (c == 'b' || c == 'B') return number_radix(out, start, [](int d) { return d == '0' || d == '1'; }, "binary", true);
  // Zeros, possibly an old-style octal literal (an error now), or a float such as 00.5.
  bool nonzero = false;
  for (;;) {
    if (c == '_') {
      c = nextc();
      if (!is_digit(c)) {
        backup(c);
        return fail_here("invalid decimal literal");
      }
    }
    if (c != '0') break;
    c = nextc();
  }
  uint32_t zeros_end = pos_;
  if (is_digit(c)) {
    nonzero = true;
    if (!decimal_tail(c)) return false;
  }
  if (c == '.') return number_fraction(out, start, nextc());
  if (c == 'e' || c == 'E') return number_exponent(out, start, c);
  if (c == 'j' || c == 'J') return number_imaginary(out, start);
  if (nonzero) {
    backup(c);
    return fail("SyntaxError",
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                line_, column_of(start) + 1, line_, column_of(zeros_end), true);
  }
  if (!verify_end_of_number(c, "decimal")) return false;
  return finish_number(out, start, c);
}

}  // namespace looplab
