// The lexer, a port of the rules of CPython 3.11's Parser/tokenizer.c (tok_get) to a
// buffer that is read whole. Positions are counted in code points; each error is
// reported where CPython reports it.
#include "core/lexer.h"

#include <algorithm>
#include <cstdio>

namespace looplab {
namespace {

constexpr int kTabSize = 8;         // CPython's tabsize
constexpr int kAltTabSize = 1;      // the "alternate" tab size that detects mixed tabs/spaces
constexpr size_t kMaxIndent = 100;  // MAXINDENT
constexpr size_t kMaxBrackets = 200;  // MAXLEVEL
constexpr int kEof = -1;

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_potential_identifier_start(int c) { return is_ascii_letter(c) || c == '_' || c >= 128; }
bool is_potential_identifier_char(int c) { return is_potential_identifier_start(c) || is_digit(c); }

struct KeywordEntry {
  std::string_view text;
  TokenKind kind;
};
constexpr KeywordEntry kKeywords[] = {
    {"False", TokenKind::KwFalse},   {"None", TokenKind::KwNone},       {"True", TokenKind::KwTrue},
    {"and", TokenKind::KwAnd},       {"as", TokenKind::KwAs},           {"assert", TokenKind::KwAssert},
    {"async", TokenKind::KwAsync},   {"await", TokenKind::KwAwait},     {"break", TokenKind::KwBreak},
    {"class", TokenKind::KwClass},   {"continue", TokenKind::KwContinue}, {"def", TokenKind::KwDef},
    {"del", TokenKind::KwDel},       {"elif", TokenKind::KwElif},       {"else", TokenKind::KwElse},
    {"except", TokenKind::KwExcept}, {"finally", TokenKind::KwFinally}, {"for", TokenKind::KwFor},
    {"from", TokenKind::KwFrom},     {"global", TokenKind::KwGlobal},   {"if", TokenKind::KwIf},
    {"import", TokenKind::KwImport}, {"in", TokenKind::KwIn},           {"is", TokenKind::KwIs},
    {"lambda", TokenKind::KwLambda}, {"nonlocal", TokenKind::KwNonlocal}, {"not", TokenKind::KwNot},
    {"or", TokenKind::KwOr},         {"pass", TokenKind::KwPass},       {"raise", TokenKind::KwRaise},
    {"return", TokenKind::KwReturn}, {"try", TokenKind::KwTry},         {"while", TokenKind::KwWhile},
    {"with", TokenKind::KwWith},     {"yield", TokenKind::KwYield},
};

TokenKind keyword_or_name(std::string_view text) {
  if (text.size() < 2 || text.size() > 8) return TokenKind::Name;
  for (const KeywordEntry& k : kKeywords) {
    if (k.text == text) return k.kind;
  }
  return TokenKind::Name;
}

// PyToken_TwoChars / PyToken_ThreeChars of CPython 3.11; EndMarker means "none".
TokenKind two_chars(int c1, int c2) {
  switch (c1) {
    case '!': return c2 == '=' ? TokenKind::NotEqual : TokenKind::EndMarker;
    case '%': return c2 == '=' ? TokenKind::PercentEqual : TokenKind::EndMarker;
    case '&': return c2 == '=' ? TokenKind::AmperEqual : TokenKind::EndMarker;
    case '*': return c2 == '*' ? TokenKind::DoubleStar : c2 == '=' ? TokenKind::StarEqual : TokenKind::EndMarker;
    case '+': return c2 == '=' ? TokenKind::PlusEqual : TokenKind::EndMarker;
    case '-': return c2 == '=' ? TokenKind::MinEqual : c2 == '>' ? TokenKind::RArrow : TokenKind::EndMarker;
    case '/': return c2 == '/' ? TokenKind::DoubleSlash : c2 == '=' ? TokenKind::SlashEqual : TokenKind::EndMarker;
    case ':': return c2 == '=' ? TokenKind::ColonEqual : TokenKind::EndMarker;
    case '<':
      return c2 == '<' ? TokenKind::LeftShift : c2 == '=' ? TokenKind::LessEqual
             : c2 == '>' ? TokenKind::NotEqualLegacy : TokenKind::EndMarker;
    case '=': return c2 == '=' ? TokenKind::EqEqual : TokenKind::EndMarker;
    case '>': return c2 == '=' ? TokenKind::GreaterEqual : c2 == '>' ? TokenKind::RightShift : TokenKind::EndMarker;
    case '@': return c2 == '=' ? TokenKind::AtEqual : TokenKind::EndMarker;
    case '^': return c2 == '=' ? TokenKind::CircumflexEqual : TokenKind::EndMarker;
    case '|': return c2 == '=' ? TokenKind::VBarEqual : TokenKind::EndMarker;
    default: return TokenKind::EndMarker;
  }
}

TokenKind three_chars(TokenKind two, int c3) {
  if (c3 != '=') return TokenKind::EndMarker;
  switch (two) {
    case TokenKind::DoubleStar: return TokenKind::DoubleStarEqual;
    case TokenKind::DoubleSlash: return TokenKind::DoubleSlashEqual;
    case TokenKind::LeftShift: return TokenKind::LeftShiftEqual;
    case TokenKind::RightShift: return TokenKind::RightShiftEqual;
    default: return TokenKind::EndMarker;
  }
}

TokenKind one_char(int c) {
  switch (c) {
    case '(': return TokenKind::LPar;
    case ')': return TokenKind::RPar;
    case '[': return TokenKind::LSqb;
    case ']': return TokenKind::RSqb;
    case '{': return TokenKind::LBrace;
    case '}': return TokenKind::RBrace;
    case ':': return TokenKind::Colon;
    case ',': return TokenKind::Comma;
    case ';': return TokenKind::Semi;
    case '+': return TokenKind::Plus;
    case '-': return TokenKind::Minus;
    case '*': return TokenKind::Star;
    case '/': return TokenKind::Slash;
    case '|': return TokenKind::VBar;
    case '&': return TokenKind::Amper;
    case '<': return TokenKind::Less;
    case '>': return TokenKind::Greater;
    case '=': return TokenKind::Equal;
    case '.': return TokenKind::Dot;
    case '%': return TokenKind::Percent;
    case '~': return TokenKind::Tilde;
    case '^': return TokenKind::Circumflex;
    case '@': return TokenKind::At;
    default: return TokenKind::UnknownOp;
  }
}

// Length of a valid UTF-8 sequence starting at s[i], or 0 when it is not valid (overlong
// forms, surrogates and code points past U+10FFFF are invalid, as for CPython's decoder).
size_t valid_utf8_length(std::string_view s, size_t i) {
  auto byte = [&](size_t k) -> unsigned { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  unsigned c = byte(i);
  auto cont = [&](size_t k) { return (byte(k) & 0xC0) == 0x80; };
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    unsigned c1 = byte(i + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;
    if (c == 0xED && c1 >= 0xA0) return 0;
    return cont(i + 1) && cont(i + 2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    unsigned c1 = byte(i + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;
    if (c == 0xF4 && c1 >= 0x90) return 0;
    return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  }
  return 0;
}

}  // namespace

TokenCategory token_category(TokenKind kind) {
  switch (kind) {
#define LOOPLAB_TOKEN_CATEGORY(name, spelling, category) \
  case TokenKind::name:                                  \
    return TokenCategory::category;
    LOOPLAB_TOKENS(LOOPLAB_TOKEN_CATEGORY)
#undef LOOPLAB_TOKEN_CATEGORY
  }
  return TokenCategory::Error;
}

std::string_view token_spelling(TokenKind kind) {
  switch (kind) {
#define LOOPLAB_TOKEN_SPELLING(name, spelling, category) \
  case TokenKind::name:                                  \
    return spelling;
    LOOPLAB_TOKENS(LOOPLAB_TOKEN_SPELLING)
#undef LOOPLAB_TOKEN_SPELLING
  }
  return "?";
}

char32_t decode_utf8(std::string_view s, size_t& i) {
  unsigned c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return cp;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::string normalize_identifier(std::string_view name) {
  bool ascii = std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return ascii ? std::string(name) : unicode::nfkc(name);
}

// ---------------------------------------------------------------------------------------
// Set-up: BOM, newlines, and the first line CPython could not even read.

Lexer::Lexer(std::string_view source, std::string path, LexOptions options)
    : path_(std::move(path)), options_(options) {
  if (source.substr(0, 3) == "\xEF\xBB\xBF") source.remove_prefix(3);
  text_.reserve(source.size() + 1);
  for (size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '\r') {
      text_ += '\n';
      if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
    } else {
      text_ += source[i];
    }
  }
  if (!text_.empty() && text_.back() != '\n') text_ += '\n';
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(static_cast<uint32_t>(i + 1));
  }
  if (line_starts_.back() != text_.size()) line_starts_.push_back(static_cast<uint32_t>(text_.size()));
  limit_ = text_.size();

  // CPython reads a file line by line and gives up on the first line holding a NUL byte or
  // bytes that are not UTF-8, as soon as the tokenizer needs that line.
  int line = 1;
  for (size_t i = 0; i < text_.size();) {
    unsigned char c = static_cast<unsigned char>(text_[i]);
    if (c == '\n') {
      ++line;
      ++i;
      continue;
    }
    std::string message;
    if (c == 0) {
      message = "source code cannot contain null bytes";
    } else if (size_t n = valid_utf8_length(text_, i); n > 0) {
      i += n;
      continue;
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "%02x", c);
      message = "Non-UTF-8 code starting with '\\x" + std::string(hex) + "' in file " + path_ + " on line " +
                std::to_string(line) + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
    }
    limit_ = line_starts_[line - 1];
    LexError e;
    e.diagnostic.file = path_;
    e.diagnostic.line = line;
    e.diagnostic.kind = "SyntaxError";
    e.diagnostic.message = std::move(message);
    bad_line_ = std::move(e);
    break;
  }
}

std::string_view Lexer::line_text(int line) const {
  if (line < 1 || line >= static_cast<int>(line_starts_.size())) return {};
  uint32_t b = line_starts_[line - 1], e = line_starts_[line];
  std::string_view s(text_.data() + b, e - b);
  if (!s.empty() && s.back() == '\n') s.remove_suffix(1);
  return s;
}

uint32_t Lexer::line_begin(int line) const {
  if (line < 1) return 0;
  if (line >= static_cast<int>(line_starts_.size())) return static_cast<uint32_t>(text_.size());
  return line_starts_[line - 1];
}

int Lexer::line_of(uint32_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return std::max(1, static_cast<int>(it - line_starts_.begin()));
}

int32_t Lexer::column_of(uint32_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  uint32_t begin = it == line_starts_.begin() ? 0 : *std::prev(it);
  if (offset == text_.size() && !text_.empty() && offset == begin) {
    begin = line_starts_[line_starts_.size() - 2 > 0 ? line_starts_.size() - 2 : 0];
  }
  // Tokens come in order, so continue counting from the previous answer on the same line:
  // a megabyte-long line stays linear.
  uint32_t from = begin;
  int32_t col = 0;
  if (col_cache_line_ == begin && col_cache_offset_ <= offset) {
    from = col_cache_offset_;
    col = col_cache_col_;
  }
  for (uint32_t i = from; i < offset && i < text_.size(); ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++col;
  }
  col_cache_line_ = begin;
  col_cache_offset_ = offset;
  col_cache_col_ = col;
  return col;
}

Diagnostic Lexer::make_diagnostic(std::string kind, std::string message, int line, int col, int end_line,
                                  int end_col) const {
  Diagnostic d;
  d.file = path_;
  d.line = line;
  d.col = col;
  d.kind = std::move(kind);
  d.message = std::move(message);
  d.source_line = std::string(line_text(line));
  if (end_line == line && end_col > 0) {
    d.caret_end_col = end_col;
  } else if (end_line > line && col > 0) {
    // CPython underlines to the end of the first line when the range spans lines.
    int32_t len = column_of(line_begin(line) + static_cast<uint32_t>(d.source_line.size()));
    d.caret_end_col = len + 1;
  }
  return d;
}

Diagnostic Lexer::unclosed_bracket_error() const {
  const Bracket& b = brackets_.back();
  return make_diagnostic("SyntaxError", std::string("'") + b.ch + "' was never closed", b.line, b.col + 1, b.line, 0);
}

// ---------------------------------------------------------------------------------------
// Errors

bool Lexer::fail(std::string kind, std::string message, int line, int col, int end_line, int end_col, bool raised) {
  if (!error_) {
    LexError e;
    e.diagnostic = make_diagnostic(std::move(kind), std::move(message), line, col, end_line, end_col);
    e.raised = raised;
    error_ = std::move(e);
  }
  return false;
}

bool Lexer::fail_here(std::string message) {
  int32_t col = column_of(pos_);
  return fail("SyntaxError", std::move(message), line_, col, line_, col, true);
}

bool Lexer::fail_at_eof_or_bad_line() {
  if (bad_line_) {
    if (!error_) {
      error_ = *bad_line_;
      error_->diagnostic.source_line = std::string(line_text(bad_line_->diagnostic.line));
    }
    return false;
  }
  return true;
}

int Lexer::eof_line() const { return std::max(1, line_count()); }

void Lexer::consume_newline() {
  ++pos_;
  ++line_;
  line_start_ = pos_;
}

void Lexer::make_token(Token& out, TokenKind kind, uint32_t begin, int line) {
  out = Token{};
  out.kind = kind;
  out.begin = begin;
  out.end = pos_;
  out.line = line;
  out.col = column_of(begin);
  out.end_line = line_;
  out.end_col = column_of(pos_);
  out.level = static_cast<int16_t>(brackets_.size());
}

// ---------------------------------------------------------------------------------------
// tok_get

bool Lexer::next(Token& out) {
  if (error_ && !options_.recover) return false;
  if (ended_) {
    out = last_;
    return true;
  }
  if (scan(out)) {
    if (out.kind == TokenKind::EndMarker) ended_ = true;
    last_ = out;
    return true;
  }
  return options_.recover && recover(out);
}

bool Lexer::scan(Token& out) {
  for (;;) {
    if (at_line_start_) {
      at_line_start_ = false;
      if (!scan_indentation()) return false;
    }
    if (pending_indents_ != 0) {
      bool indent = pending_indents_ > 0;
      pending_indents_ += indent ? -1 : 1;
      out = Token{};
      out.kind = indent ? TokenKind::Indent : TokenKind::Dedent;
      out.begin = out.end = indent_end_;
      bool at_eof = indent_end_ >= limit_;
      out.line = out.end_line = at_eof ? eof_line() : line_;
      out.col = out.end_col = at_eof ? 0 : column_of(indent_end_);
      out.virtual_position = true;
      out.level = static_cast<int16_t>(brackets_.size());
      return true;
    }

    while (peek() == ' ' || peek() == '\t' || peek() == '\f') ++pos_;
    uint32_t start = pos_;
    token_start_ = start;
    token_line_ = line_;
    token_line_start_ = line_start_;
    if (peek() == '#') {
      comment_start_ = pos_;
      while (!at_end() && peek() != '\n') ++pos_;
      if (options_.keep_trivia) {
        make_token(out, TokenKind::Comment, start, line_);
        return true;
      }
    }

    if (at_end()) {
      if (!fail_at_eof_or_bad_line()) return false;
      if (!brackets_.empty()) {
        if (!error_) error_ = LexError{unclosed_bracket_error(), false};
        recovery_ = Recovery::EndOfFile;
        return false;
      }
      out = Token{};
      out.kind = TokenKind::EndMarker;
      out.begin = out.end = static_cast<uint32_t>(pos_);
      out.line = out.end_line = eof_line();
      out.virtual_position = true;
      return true;
    }

    char c = peek();
    if (c == '\n') {
      if (blank_line_ || !brackets_.empty()) {
        uint32_t nl = pos_;
        int line = line_;
        consume_newline();
        at_line_start_ = true;
        if (options_.keep_trivia) {
          out = Token{};
          out.kind = TokenKind::NL;
          out.begin = nl;
          out.end = nl + 1;
          out.line = out.end_line = line;
          out.col = column_of(nl);
          out.end_col = out.col + 1;
          out.level = static_cast<int16_t>(brackets_.size());
          return true;
        }
        continue;
      }
      uint32_t begin = (comment_start_ != UINT32_MAX && !options_.keep_trivia) ? comment_start_ : pos_;
      out = Token{};
      out.kind = TokenKind::Newline;
      out.begin = begin;
      out.end = pos_;
      out.line = out.end_line = line_;
      out.col = column_of(begin);
      out.end_col = column_of(pos_);
      consume_newline();
      at_line_start_ = true;
      return true;
    }

    if (c == '\\') {
      // Explicit line joining: a backslash must end the line.
      ++pos_;
      if (peek() != '\n') {
        if (!at_end()) ++pos_;
        int32_t col = column_of(pos_);
        return fail("SyntaxError", "unexpected character after line continuation character", line_, col, line_, 0,
                    false);
      }
      consume_newline();
      if (at_end()) {
        if (!fail_at_eof_or_bad_line()) return false;
        recovery_ = Recovery::EndOfFile;
        if (!brackets_.empty()) {
          if (!error_) error_ = LexError{unclosed_bracket_error(), false};
          return false;
        }
        // CPython points past the end of the last line (its read position).
        int line = eof_line();
        int32_t col = column_of(line_begin(line) + static_cast<uint32_t>(line_text(line).size())) + 1;
        return fail("SyntaxError", "unexpected EOF while parsing", line, col, line, 0, false);
      }
      continue;
    }

    unsigned char uc = static_cast<unsigned char>(c);
    if (is_potential_identifier_start(uc)) return scan_name_or_string(out, start);
    if (is_digit(uc) || (c == '.' && is_digit(peek(1)))) return scan_number(out, start);
    if (c == '"' || c == '\'') return scan_string(out, start);
    return scan_operator(out, start);
  }
}

// The indentation of a new logical line: CPython compares both the column with tabs to
// multiples of 8 and with tabs counted as 1; disagreeing comparisons mean mixed tabs/spaces.
bool Lexer::scan_indentation() {
  recovery_ = Recovery::Continue;  // a bad indentation does not stop the colouring
  int col = 0;
  int alt_col = 0;
  comment_start_ = UINT32_MAX;
  blank_line_ = false;
  for (;;) {
    char c = peek();
    if (c == ' ') {
      ++col;
      ++alt_col;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      alt_col = (alt_col / kAltTabSize + 1) * kAltTabSize;
    } else if (c == '\f') {
      col = alt_col = 0;
    } else {
      break;
    }
    ++pos_;
  }
  indent_end_ = pos_;
  if (at_end() && !fail_at_eof_or_bad_line()) return false;
  if (peek() == '#' || peek() == '\n') blank_line_ = true;
  if (blank_line_ || !brackets_.empty()) return true;

  auto tab_error = [&] {
    return fail("TabError", "inconsistent use of tabs and spaces in indentation", line_, 1, line_, 0, false);
  };
  if (col == indents_.back()) {
    if (alt_col != alt_indents_.back()) return tab_error();
  } else if (col > indents_.back()) {
    if (indents_.size() >= kMaxIndent) {
      return fail("IndentationError", "too many levels of indentation", line_, 1, line_, 0, false);
    }
    if (alt_col <= alt_indents_.back()) return tab_error();
    ++pending_indents_;
    indents_.push_back(col);
    alt_indents_.push_back(alt_col);
  } else {
    while (indents_.size() > 1 && col < indents_.back()) {
      --pending_indents_;
      indents_.pop_back();
      alt_indents_.pop_back();
    }
    if (col != indents_.back()) {
      // CPython points past the end of the line (its read position).
      int32_t end = column_of(line_begin(line_) + static_cast<uint32_t>(line_text(line_).size())) + 1;
      return fail("IndentationError", "unindent does not match any outer indentation level", line_, end, line_, 0,
                  false);
    }
    if (alt_col != alt_indents_.back()) return tab_error();
  }
  recovery_ = Recovery::SkipToken;
  return true;
}

bool Lexer::scan_name_or_string(Token& out, uint32_t start) {
  // String prefixes: any case of b, r, u, f, br/rb, fr/rf.
  bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
  for (;;) {
    char c = peek();
    if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
      saw_b = true;
    } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
      saw_u = true;
    } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
      saw_r = true;
    } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
      saw_f = true;
    } else {
      break;
    }
    ++pos_;
    if (peek() == '"' || peek() == '\'') return scan_string(out, start);
  }
  bool non_ascii = false;
  while (!at_end() && is_potential_identifier_char(static_cast<unsigned char>(peek()))) {
    if (static_cast<unsigned char>(peek()) >= 128) non_ascii = true;
    ++pos_;
  }
  if (non_ascii && !verify_identifier(start)) return false;
  make_token(out, keyword_or_name(std::string_view(text_).substr(start, pos_ - start)), start, line_);
  return true;
}

bool Lexer::verify_identifier(uint32_t start) {
  std::string_view name(text_.data() + start, pos_ - start);
  size_t i = 0;
  bool first = true;
  while (i < name.size()) {
    char32_t c = decode_utf8(name, i);
    bool ok = first ? is_identifier_start(c) : is_identifier_continue(c);
    first = false;
    if (ok) continue;
    pos_ = start + static_cast<uint32_t>(i);  // just after the bad character
    char hex[16];
    std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(c));
    if (is_printable(c)) {
      std::string ch;
      append_utf8(ch, c);
      return fail_here("invalid character '" + ch + "' (U+" + hex + ")");
    }
    return fail_here(std::string("invalid non-printable character U+") + hex);
  }
  return true;
}

bool Lexer::scan_string(Token& out, uint32_t start) {
  int first_line = line_;
  uint32_t first_line_start = line_start_;
  token_start_ = start;
  char quote = peek();
  ++pos_;
  int quote_size = 1;
  int end_quote_size = 0;
  if (peek() == quote) {
    ++pos_;
    if (peek() == quote) {
      ++pos_;
      quote_size = 3;
    } else {
      end_quote_size = 1;  // the empty string
    }
  }
  while (end_quote_size != quote_size) {
    bool eof = at_end();
    if (eof && !fail_at_eof_or_bad_line()) return false;
    char c = peek();
    if (eof || (quote_size == 1 && c == '\n')) {
      int detected = eof ? eof_line() : line_;
      recovery_ = Recovery::SkipLine;
      int32_t col = column_of(start) + 1;
      line_ = first_line;
      line_start_ = first_line_start;
      std::string what = quote_size == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
      return fail("SyntaxError", what + " (detected at line " + std::to_string(detected) + ")", first_line, col,
                  first_line, col, true);
    }
    if (c == '\n') {
      consume_newline();
    } else {
      ++pos_;
    }
    if (c == quote) {
      ++end_quote_size;
    } else {
      end_quote_size = 0;
      if (c == '\\' && !at_end()) {
        if (peek() == '\n') {
          consume_newline();
        } else {
          ++pos_;
        }
      }
    }
  }
  out = Token{};
  out.kind = TokenKind::String;
  out.begin = start;
  out.end = pos_;
  out.line = first_line;
  out.col = column_of(start);
  out.end_line = line_;
  out.end_col = column_of(pos_);
  out.level = static_cast<int16_t>(brackets_.size());
  return true;
}

// ---------------------------------------------------------------------------------------
// Operators and brackets

bool Lexer::scan_operator(Token& out, uint32_t start) {
  int c = nextc();
  TokenKind kind;
  if (c == '.') {
    kind = TokenKind::Dot;
    if (peek() == '.' && peek(1) == '.') {
      pos_ += 2;
      kind = TokenKind::Ellipsis;
    }
    make_token(out, kind, start, line_);
    return true;
  }
  TokenKind two = two_chars(c, pos_ < limit_ ? static_cast<unsigned char>(text_[pos_]) : kEof);
  if (two != TokenKind::EndMarker) {
    ++pos_;
    TokenKind three = three_chars(two, pos_ < limit_ ? static_cast<unsigned char>(text_[pos_]) : kEof);
    if (three != TokenKind::EndMarker) ++pos_;
    make_token(out, three != TokenKind::EndMarker ? three : two, start, line_);
    return true;
  }
  switch (c) {
    case '(':
    case '[':
    case '{':
      if (brackets_.size() >= kMaxBrackets) return fail_here("too many nested parentheses");
      brackets_.push_back(Bracket{static_cast<char>(c), line_, column_of(start)});
      break;
    case ')':
    case ']':
    case '}': {
      if (brackets_.empty()) return fail_here(std::string("unmatched '") + static_cast<char>(c) + "'");
      Bracket open = brackets_.back();
      brackets_.pop_back();
      char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
      if (c != want) {
        std::string message = std::string("closing parenthesis '") + static_cast<char>(c) +
                              "' does not match opening parenthesis '" + open.ch + "'";
        if (open.line != line_) message += " on line " + std::to_string(open.line);
        return fail_here(std::move(message));
      }
      break;
    }
    default:
      break;
  }
  if (c < 0x20 || c == 0x7F) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(c));
    return fail_here(std::string("invalid non-printable character U+") + hex);
  }
  make_token(out, one_char(c), start, line_);
  return true;
}

// ---------------------------------------------------------------------------------------
// Recovery, for syntax colouring only: skip what could not be scanned and carry on.

bool Lexer::recover(Token& out) {
  Recovery how = recovery_;
  recovery_ = Recovery::SkipToken;
  if (bad_line_ && pos_ >= limit_) {
    limit_ = text_.size();
    bad_line_.reset();
    return next(out);
  }
  switch (how) {
    case Recovery::Continue:
      return next(out);
    case Recovery::EndOfFile:
      ended_ = true;
      out = Token{};
      out.kind = TokenKind::EndMarker;
      out.begin = out.end = static_cast<uint32_t>(text_.size());
      out.line = out.end_line = eof_line();
      out.virtual_position = true;
      last_ = out;
      return true;
    case Recovery::SkipLine:
    case Recovery::SkipToken:
      break;
  }
  pos_ = token_start_;
  line_ = token_line_;
  line_start_ = token_line_start_;
  if (how == Recovery::SkipLine) {
    while (pos_ < limit_ && text_[pos_] != '\n') ++pos_;
  } else {
    size_t i = pos_;
    if (i < limit_) decode_utf8(text_, i);
    pos_ = static_cast<uint32_t>(std::min(i, limit_));
    while (pos_ < limit_ && is_potential_identifier_char(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }
  if (pos_ == token_start_) {
    if (pos_ >= limit_) return recover_at_end(out);
    ++pos_;
  }
  make_token(out, TokenKind::ErrorText, token_start_, line_);
  last_ = out;
  return true;
}

bool Lexer::recover_at_end(Token& out) {
  recovery_ = Recovery::EndOfFile;
  return recover(out);
}

TokenizeResult tokenize(std::string_view source, const std::string& path, LexOptions options) {
  TokenizeResult result;
  Lexer lexer(source, path, options);
  Token t;
  // Every token consumes text or is one of a bounded number of layout tokens per line.
  size_t budget = 4 * source.size() + 1000;
  while (budget-- > 0 && lexer.next(t)) {
    result.tokens.push_back(t);
    if (t.kind == TokenKind::EndMarker) break;
  }
  if (lexer.error()) result.error = lexer.error()->diagnostic;
  result.text = std::string(lexer.text());
  return result;
}

}  // namespace looplab
