// The parser, part 4: string literals. A port of CPython 3.11's Parser/string_parser.c:
// adjacent literals are concatenated, escapes decoded, and an f-string (one STRING token in
// 3.11) is split into literal parts and replacement fields whose expressions are parsed by a
// nested Parser over the text "(expr)", placed so that node positions point into the file.
#include <algorithm>
#include <cstdio>

#include "core/parse_internal.h"
#include "core/unicode.h"

namespace looplab::parse {

using ast::ExprPtr;
using ast::Span;

namespace {

constexpr int kMaxFStringParens = 200;  // MAXLEVEL

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// What the one-character escapes of str and bytes literals stand for; 0 for any other character.
char simple_escape(char e) {
  switch (e) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return 0;
  }
}

// Literal parts and replacement fields of one JoinedStr, in order (CPython's FstringParser).
struct FStringBuilder {
  std::optional<std::string> last_str;
  ast::ExprList values;
  bool fmode = false;

  void add_text(const std::string& s) {
    if (s.empty()) return;
    if (last_str) {
      *last_str += s;
    } else {
      last_str = s;
    }
  }
  void flush(const Span& span) {
    if (!last_str) return;
    auto c = std::make_unique<ast::Constant>();
    c->type = ast::Constant::Type::Str;
    c->str_value = std::move(*last_str);
    c->span = span;
    values.push_back(std::move(c));
    last_str.reset();
  }
};

}  // namespace

// What a decoding error says: CPython runs the "unicodeescape" codec over the literal with
// every non-ASCII character first rewritten as a 10-byte \UXXXXXXXX escape, and reports
// byte positions in that rewritten text.
struct EscapeError {
  std::string message;
};

static std::string codec_error(size_t start, size_t end, const char* what) {
  char buf[160];
  if (end - start == 1) {
    std::snprintf(buf, sizeof buf, "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %zu: %s",
                  start, what);
  } else {
    std::snprintf(buf, sizeof buf, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                  start, end - 1, what);
  }
  return buf;
}

// The size of `s` in CPython's rewritten text (see EscapeError).
static size_t rewritten_size(std::string_view s) {
  size_t size = 0;
  for (size_t i = 0; i < s.size();) {
    size += static_cast<unsigned char>(s[i]) < 0x80 ? 1 : 10;
    decode_utf8(s, i);
  }
  return size;
}

// Decodes the escapes of a str literal's body into UTF-8. Returns false with `error` set.
static bool decode_str_escapes(std::string_view s, std::string& out, std::string& error) {
  size_t pos = 0;  // position in CPython's rewritten text
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c != '\\') {
      if (c >= 0x80) {
        size_t j = i;
        char32_t cp = decode_utf8(s, j);
        append_utf8(out, cp);
        i = j;
        pos += 10;
      } else {
        out += static_cast<char>(c);
        ++i;
        ++pos;
      }
      continue;
    }
    size_t start = pos;
    if (i + 1 >= s.size() || (static_cast<unsigned char>(s[i + 1]) & 0x80)) {
      out += '\\';  // a backslash before a non-ASCII character (or at the end) stays
      ++i;
      pos += 6;
      continue;
    }
    char e = s[i + 1];
    i += 2;
    pos += 2;
    if (char plain = simple_escape(e)) {
      out += plain;
      continue;
    }
    switch (e) {
      case '\n': break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        char32_t value = static_cast<char32_t>(e - '0');
        for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k) {
          value = value * 8 + static_cast<char32_t>(s[i] - '0');
          ++i;
          ++pos;
        }
        append_utf8(out, value);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        const char* what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                                                          : "truncated \\UXXXXXXXX escape";
        char32_t value = 0;
        for (int k = 0; k < count; ++k) {
          int d = i < s.size() ? hex_value(s[i]) : -1;
          if (d < 0) {
            error = codec_error(start, pos, what);
            return false;
          }
          value = value * 16 + static_cast<char32_t>(d);
          ++i;
          ++pos;
        }
        if (value > 0x10FFFF) {
          error = codec_error(start, pos, "illegal Unicode character");
          return false;
        }
        append_utf8(out, value);
        break;
      }
      case 'N': {
        // \N{name}; a name never holds '}', so the first one closes it.
        size_t close = i < s.size() && s[i] == '{' ? s.find('}', i + 1) : std::string_view::npos;
        if (close == std::string_view::npos || close == i + 1) {
          size_t end = i < s.size() && s[i] == '{' ? std::min(close, s.size()) : i;
          error = codec_error(start, pos + rewritten_size(s.substr(i, end - i)), "malformed \\N character escape");
          return false;
        }
        pos += rewritten_size(s.substr(i, close + 1 - i));
        char32_t named;
        if (!unicode::lookup_name(s.substr(i + 1, close - i - 1), named)) {
          error = codec_error(start, pos, "unknown Unicode character name");
          return false;
        }
        i = close + 1;
        append_utf8(out, named);
        break;
      }
      default:
        out += '\\';  // an invalid escape keeps its backslash (a warning in CPython)
        out += e;
        break;
    }
  }
  return true;
}

// Decodes the escapes of a bytes literal's body (ASCII only; checked before).
static bool decode_bytes_escapes(std::string_view s, std::string& out, std::string& error) {
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c != '\\' || i + 1 >= s.size()) {
      out += c;
      ++i;
      continue;
    }
    char e = s[i + 1];
    size_t backslash = i;
    i += 2;
    if (char plain = simple_escape(e)) {
      out += plain;
      continue;
    }
    switch (e) {
      case '\n': break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned value = static_cast<unsigned>(e - '0');
        for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k) value = value * 8 + (s[i++] - '0');
        out += static_cast<char>(value & 0xFF);
        break;
      }
      case 'x': {
        int d1 = i < s.size() ? hex_value(s[i]) : -1;
        int d2 = i + 1 < s.size() ? hex_value(s[i + 1]) : -1;
        if (d1 < 0 || d2 < 0) {
          error = "(value error) invalid \\x escape at position " + std::to_string(backslash);
          return false;
        }
        out += static_cast<char>(d1 * 16 + d2);
        i += 2;
        break;
      }
      default:
        out += '\\';
        out += e;
        break;
    }
  }
  return true;
}

// One STRING token taken apart.
struct StringToken {
  bool bytes = false, raw = false, fstring = false;
  std::string_view body;
  uint32_t body_offset = 0;  // of body in Lexer::text()
};

static StringToken split_string_token(std::string_view text, uint32_t begin) {
  StringToken s;
  size_t i = 0;
  while (text[i] != '\'' && text[i] != '"') {
    char c = static_cast<char>(text[i] | 0x20);
    s.bytes |= c == 'b';
    s.raw |= c == 'r';
    s.fstring |= c == 'f';
    ++i;
  }
  size_t quote = text.size() - i >= 6 && text[i + 1] == text[i] && text[i + 2] == text[i] ? 3 : 1;
  s.body = text.substr(i + quote, text.size() - i - 2 * quote);
  s.body_offset = begin + static_cast<uint32_t>(i + quote);
  return s;
}

// The f-string machinery works on one token's body; positions are kept as offsets.
class FStringParser {
 public:
  // `span`: all the concatenated literals; `token_span`: this token (a format spec's own span).
  FStringParser(Parser& p, const StringToken& token, const Span& span, const Span& token_span)
      : p_(p), tok_(token), span_(span), token_span_(token_span) {}

  // _PyPegen_FstringParser_ConcatFstring: literal parts and fields from body[*i] on, up to
  // the end (level 0) or a closing '}' (format specs, level 1).
  void concat(FStringBuilder& b, size_t& i, int level) {
    b.fmode = true;
    for (;;) {
      std::string literal;
      bool doubled = find_literal(i, level, literal);
      b.add_text(literal);
      if (doubled) continue;
      if (i >= body().size() || body()[i] == '}') break;
      std::string expr_text;
      ExprPtr field = find_expr(i, level, expr_text);
      b.add_text(expr_text);
      b.flush(span_);
      b.values.push_back(std::move(field));
    }
    if (level == 0 && i + 1 < body().size()) p_.error_last_token("f-string: unexpected end of string");
    if (level != 0 && (i >= body().size() || body()[i] != '}')) p_.error_last_token("f-string: expecting '}'");
  }

 private:
  std::string_view body() const { return tok_.body; }

  // fstring_find_literal: text up to an undoubled '{' (or '}' closing a format spec).
  // Returns true when it stopped after a doubled brace (the caller goes on scanning).
  bool find_literal(size_t& i, int level, std::string& out) {
    std::string_view s = body();
    size_t start = i;
    size_t end = i;
    bool doubled = false;
    while (i < s.size()) {
      char ch = s[i++];
      if (!tok_.raw && ch == '\\' && i < s.size()) {
        ch = s[i++];
        if (ch == 'N') {
          if (i < s.size() && s[i++] == '{') {
            while (i < s.size() && s[i++] != '}') {
            }
            continue;
          }
          continue;
        }
      }
      if (ch == '{' || ch == '}') {
        if (level == 0) {
          if (i < s.size() && s[i] == ch) {
            end = i;
            ++i;
            doubled = true;
            break;
          }
          if (ch == '}') {
            i -= 1;
            p_.error_last_token("f-string: single '}' is not allowed");
          }
        }
        --i;
        break;
      }
    }
    if (!doubled) end = i;
    std::string_view text = s.substr(start, end - start);
    if (text.empty()) return doubled;
    if (tok_.raw) {
      out = std::string(text);
    } else {
      std::string error;
      if (!decode_str_escapes(text, out, error)) p_.error_last_token(error);
    }
    return doubled;
  }

  // fstring_find_expr: one replacement field, body[i] == '{'.
  ExprPtr find_expr(size_t& i, int level, std::string& expr_text) {
    std::string_view s = body();
    if (level >= 2) p_.error_last_token("f-string: expressions nested too deeply");
    size_t brace = i;
    ++i;
    size_t expr_start = i;
    char quote = 0;
    int string_type = 0;
    std::vector<char> parens;
    for (; i < s.size(); ++i) {
      char ch = s[i];
      if (ch == '\\') p_.error_last_token("f-string expression part cannot include a backslash");
      if (quote) {
        if (ch == quote) {
          if (string_type == 3) {
            if (i + 2 < s.size() && s[i + 1] == ch && s[i + 2] == ch) {
              i += 2;
              string_type = 0;
              quote = 0;
            }
          } else {
            string_type = 0;
            quote = 0;
          }
        }
        continue;
      }
      if (ch == '\'' || ch == '"') {
        if (i + 2 < s.size() && s[i + 1] == ch && s[i + 2] == ch) {
          string_type = 3;
          i += 2;
        } else {
          string_type = 1;
        }
        quote = ch;
      } else if (ch == '[' || ch == '{' || ch == '(') {
        if (parens.size() >= static_cast<size_t>(kMaxFStringParens)) {
          p_.error_last_token("f-string: too many nested parenthesis");
        }
        parens.push_back(ch);
      } else if (ch == '#') {
        p_.error_last_token("f-string expression part cannot include '#'");
      } else if (parens.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (i + 1 < s.size()) {
          char next = s[i + 1];
          if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
            ++i;
            continue;
          }
        }
        if (ch == '>' || ch == '<') continue;
        break;
      } else if (ch == ']' || ch == '}' || ch == ')') {
        if (parens.empty()) p_.error_last_token(std::string("f-string: unmatched '") + ch + "'");
        char opening = parens.back();
        parens.pop_back();
        if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
          p_.error_last_token(std::string("f-string: closing parenthesis '") + ch +
                              "' does not match opening parenthesis '" + opening + "'");
        }
      }
    }
    size_t expr_end = i;
    if (quote) p_.error_last_token("f-string: unterminated string");
    if (!parens.empty()) p_.error_last_token(std::string("f-string: unmatched '") + parens.back() + "'");
    if (i >= s.size()) p_.error_last_token("f-string: expecting '}'");

    ExprPtr value = compile_expr(brace, expr_start, expr_end);

    if (s[i] == '=') {
      ++i;
      while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v')) {
        ++i;
      }
      if (i >= s.size()) p_.error_last_token("f-string: expecting '}'");
      expr_text = std::string(s.substr(expr_start, i - expr_start));
    }
    char conversion = 0;
    if (s[i] == '!') {
      ++i;
      if (i >= s.size()) p_.error_last_token("f-string: expecting '}'");
      conversion = s[i++];
      if (conversion != 's' && conversion != 'r' && conversion != 'a') {
        p_.error_last_token("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    ExprPtr spec;
    if (i >= s.size()) p_.error_last_token("f-string: expecting '}'");
    if (s[i] == ':') {
      ++i;
      if (i >= s.size()) p_.error_last_token("f-string: expecting '}'");
      FStringBuilder nested;
      concat(nested, i, level + 1);
      nested.flush(token_span_);
      auto joined = std::make_unique<ast::JoinedStr>();
      joined->values = std::move(nested.values);
      joined->span = token_span_;
      spec = std::move(joined);
    }
    if (i >= s.size() || s[i] != '}') p_.error_last_token("f-string: expecting '}'");
    ++i;
    if (!expr_text.empty() && !spec && conversion == 0) conversion = 'r';
    auto f = std::make_unique<ast::FormattedValue>();
    f->value = std::move(value);
    f->conversion = conversion;
    f->format_spec = std::move(spec);
    f->span = span_;
    return f;
  }

  // fstring_compile_expr: the text between '{' and the end of the expression.
  ExprPtr compile_expr(size_t brace, size_t start, size_t end) {
    std::string_view s = body();
    size_t k = start;
    while (k < end && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\f')) ++k;
    if (k == end) {
      char c = s[end];
      if (c == '!' || c == ':' || c == '=') {
        p_.error_last_token(std::string("f-string: expression required before '") + c + "'");
      }
      p_.error_last_token("f-string: empty expression not allowed");
    }
    return p_.parse_replacement_field(tok_.body_offset + static_cast<uint32_t>(brace),
                                      std::string(s.substr(start, end - start)));
  }

  Parser& p_;
  const StringToken& tok_;
  Span span_;
  Span token_span_;
};

// The expression of an f-string field, whose '{' is at `brace_offset` in this parser's text.
ExprPtr Parser::parse_replacement_field(uint32_t brace_offset, std::string expr) {
  SubSource where;
  where.line = lexer_.line_of(brace_offset);
  where.col = lexer_.column_of(brace_offset);
  if (sub_) {
    if (where.line == 1) where.col += sub_->col;
    where.line += sub_->line - 1;
  }
  Lexer lexer("(" + expr + ")", lexer_.path());
  Parser nested(lexer, where, depth_);
  ExprPtr e = nested.parse_fstring_field();
  if (!deferred_error && nested.deferred_error) deferred_error = nested.deferred_error;
  if (!e) {
    if (speculating_ > 0) throw ParseAbort{false};
    error = nested.error;
    throw ParseAbort{false};
  }
  return e;
}

// fstring: star_expressions
ExprPtr Parser::parse_fstring_field() {
  try {
    size_t start = mark();
    ExprPtr e = star_expressions();
    if (!at(TokenKind::Newline)) fail_after_expression(start, e.get(), fetched());
    return e;
  } catch (const ParseAbort&) {
    finish_error();
    return nullptr;
  }
}

// strings: STRING+
ExprPtr Parser::strings() {
  std::vector<Token> parts;
  while (at(TokenKind::String)) parts.push_back(advance());
  Span span{parts.front().line, parts.front().col, parts.back().end_line, parts.back().end_col};

  FStringBuilder builder;
  std::string bytes;
  bool bytes_mode = false;
  for (size_t n = 0; n < parts.size(); ++n) {
    const Token& t = parts[n];
    StringToken s = split_string_token(text_of(t), t.begin);
    std::string decoded;
    if (s.bytes) {
      for (char c : s.body) {
        if (static_cast<unsigned char>(c) >= 0x80) error_at(t, "bytes can only contain ASCII literal characters");
      }
      std::string error_message;
      if (s.raw) {
        decoded = std::string(s.body);
      } else if (!decode_bytes_escapes(s.body, decoded, error_message)) {
        error_last_token(error_message);
      }
    } else if (!s.fstring) {
      if (s.raw) {
        decoded = std::string(s.body);
      } else {
        std::string error_message;
        if (!decode_str_escapes(s.body, decoded, error_message)) error_last_token(error_message);
      }
    }
    if (n != 0 && bytes_mode != s.bytes) error_last_token("cannot mix bytes and nonbytes literals");
    bytes_mode = s.bytes;
    if (s.fstring) {
      FStringParser fp(*this, s, span, span_of(t));
      size_t i = 0;
      fp.concat(builder, i, 0);
    } else if (s.bytes) {
      bytes += decoded;
    } else {
      builder.add_text(decoded);
    }
  }

  if (bytes_mode) {
    auto c = std::make_unique<ast::Constant>();
    c->type = ast::Constant::Type::Bytes;
    c->str_value = std::move(bytes);
    c->span = span;
    return c;
  }
  if (!builder.fmode) {
    auto c = std::make_unique<ast::Constant>();
    c->type = ast::Constant::Type::Str;
    c->str_value = builder.last_str ? std::move(*builder.last_str) : std::string();
    c->span = span;
    return c;
  }
  builder.flush(span);
  auto j = std::make_unique<ast::JoinedStr>();
  j->values = std::move(builder.values);
  j->span = span;
  return j;
}

}  // namespace looplab::parse
