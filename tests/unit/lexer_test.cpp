// Tests of core/lexer: token streams for tricky inputs and CPython 3.11's tokenizer errors
// (messages and positions checked against `python3` 3.11.7 running the same text as a file).
#include "core/lexer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace looplab {
namespace {

// The parser's view of a stream: "name:x = num:1 NEWLINE END".
std::string stream(std::string_view source, LexOptions options = {}) {
  Lexer lexer(source, "t.py", options);
  std::string out;
  Token t;
  for (int guard = 0; guard < 10000 && lexer.next(t); ++guard) {
    if (!out.empty()) out += ' ';
    std::string text(lexer.token_text(t));
    switch (t.kind) {
      case TokenKind::Name: out += "name:" + text; break;
      case TokenKind::Number: out += "num:" + text; break;
      case TokenKind::String: out += "str:" + text; break;
      case TokenKind::Comment: out += "comment:" + text; break;
      case TokenKind::ErrorText: out += "error:" + text; break;
      case TokenKind::Newline: out += "NEWLINE"; break;
      case TokenKind::NL: out += "NL"; break;
      case TokenKind::Indent: out += "INDENT"; break;
      case TokenKind::Dedent: out += "DEDENT"; break;
      case TokenKind::EndMarker: out += "END"; break;
      default: out += std::string(token_spelling(t.kind)); break;
    }
    if (t.kind == TokenKind::EndMarker) break;
  }
  if (lexer.error()) out += " !" + lexer.error()->diagnostic.message;
  return out;
}

std::vector<Token> all_tokens(std::string_view source) {
  Lexer lexer(source, "t.py");
  std::vector<Token> tokens;
  Token t;
  while (lexer.next(t)) {
    tokens.push_back(t);
    if (t.kind == TokenKind::EndMarker) break;
  }
  return tokens;
}

// The first error for `source`, as "Kind: message @ line:col:caret_end".
std::string error_of(std::string_view source) {
  Lexer lexer(source, "t.py");
  Token t;
  while (lexer.next(t) && t.kind != TokenKind::EndMarker) {
  }
  if (!lexer.error()) return "no error";
  const Diagnostic& d = lexer.error()->diagnostic;
  return d.kind + ": " + d.message + " @ " + std::to_string(d.line) + ":" + std::to_string(d.col) + ":" +
         std::to_string(d.caret_end_col);
}

TEST(Lexer, SimpleStatement) {
  EXPECT_EQ(stream("x = 1 + 2\n"), "name:x = num:1 + num:2 NEWLINE END");
}

TEST(Lexer, MissingFinalNewlineIsAdded) { EXPECT_EQ(stream("x"), "name:x NEWLINE END"); }

TEST(Lexer, EmptySource) { EXPECT_EQ(stream(""), "END"); }

TEST(Lexer, TokenPositionsAreCodePoints) {
  auto tokens = all_tokens("s = 'é' + 变量\n");
  ASSERT_GE(tokens.size(), 5u);
  EXPECT_EQ(tokens[2].col, 4);      // 'é'
  EXPECT_EQ(tokens[2].end_col, 7);  // three code points, four bytes
  EXPECT_EQ(tokens[4].col, 10);     // 变量
  EXPECT_EQ(tokens[4].end_col, 12);
  EXPECT_EQ(tokens[4].line, 1);
}

TEST(Lexer, IndentAndDedent) {
  EXPECT_EQ(stream("if x:\n    y\n    if z:\n        w\nv\n"),
            "if name:x : NEWLINE INDENT name:y NEWLINE if name:z : NEWLINE INDENT name:w NEWLINE DEDENT DEDENT "
            "name:v NEWLINE END");
}

TEST(Lexer, DedentsAtEndOfFile) {
  EXPECT_EQ(stream("if x:\n  if y:\n    z"), "if name:x : NEWLINE INDENT if name:y : NEWLINE INDENT name:z NEWLINE DEDENT DEDENT END");
}

TEST(Lexer, BlankAndCommentLinesDoNotIndent) {
  EXPECT_EQ(stream("if x:\n\n      # comment\n  y\n\n# c\nz\n"),
            "if name:x : NEWLINE INDENT name:y NEWLINE DEDENT name:z NEWLINE END");
}

TEST(Lexer, IndentTokenPositionIsIndentationWidth) {
  auto tokens = all_tokens("if x:\n\ty\n");
  ASSERT_EQ(tokens[4].kind, TokenKind::Indent);
  EXPECT_TRUE(tokens[4].virtual_position);
  EXPECT_EQ(tokens[4].line, 2);
  EXPECT_EQ(tokens[4].col, 1);
}

TEST(Lexer, TabsGoToMultiplesOfEight) {
  // A tab then 8 spaces deeper is consistent; a tab equals 8 spaces only by accident.
  EXPECT_EQ(stream("if x:\n\ty\n\tif z:\n\t\tw\n"),
            "if name:x : NEWLINE INDENT name:y NEWLINE if name:z : NEWLINE INDENT name:w NEWLINE DEDENT DEDENT END");
}

TEST(Lexer, TabError) {
  EXPECT_EQ(error_of("if x:\n\tif y:\n        pass\n"),
            "TabError: inconsistent use of tabs and spaces in indentation @ 3:1:0");
}

TEST(Lexer, TabErrorOnEqualColumn) {
  EXPECT_EQ(error_of("if x:\n        a\n\tb\n"), "TabError: inconsistent use of tabs and spaces in indentation @ 3:1:0");
}

TEST(Lexer, UnindentDoesNotMatch) {
  EXPECT_EQ(error_of("if x:\n        a\n    b\n"),
            "IndentationError: unindent does not match any outer indentation level @ 3:6:0");
}

TEST(Lexer, TooManyLevelsOfIndentation) {
  std::string src;
  for (int i = 0; i < 100; ++i) src += std::string(i, ' ') + "if x:\n";
  src += std::string(100, ' ') + "pass\n";
  EXPECT_EQ(error_of(src), "IndentationError: too many levels of indentation @ 101:1:0");
}

TEST(Lexer, FormFeedResetsIndentation) {
  EXPECT_EQ(stream("x = \f1\n\fif x:\n  \f  y\n"), "name:x = num:1 NEWLINE if name:x : NEWLINE INDENT name:y NEWLINE DEDENT END");
}

TEST(Lexer, ImplicitLineJoiningInBrackets) {
  EXPECT_EQ(stream("x = (1,\n        2\n)\ny = [\n]\n"), "name:x = ( num:1 , num:2 ) NEWLINE name:y = [ ] NEWLINE END");
}

TEST(Lexer, BracketsIgnoreIndentation) {
  EXPECT_EQ(stream("f(a,\n\tb,\n  c)\n"), "name:f ( name:a , name:b , name:c ) NEWLINE END");
}

TEST(Lexer, ExplicitLineJoining) {
  EXPECT_EQ(stream("x = 1 + \\\n    2\nif a and \\\n   b:\n  pass\n"),
            "name:x = num:1 + num:2 NEWLINE if name:a and name:b : NEWLINE INDENT pass NEWLINE DEDENT END");
}

TEST(Lexer, LineContinuationMustEndTheLine) {
  EXPECT_EQ(error_of("x = 1 \\ 2\n"), "SyntaxError: unexpected character after line continuation character @ 1:8:0");
}

TEST(Lexer, LineContinuationAtEndOfFile) {
  EXPECT_EQ(error_of("x = \\"), "SyntaxError: unexpected EOF while parsing @ 1:6:0");
}

TEST(Lexer, CrLfAndLoneCr) {
  const char* expected = "name:x = num:1 NEWLINE if name:x : NEWLINE INDENT name:y NEWLINE DEDENT END";
  EXPECT_EQ(stream("x = 1\r\nif x:\r\n  y\r\n"), expected);
  EXPECT_EQ(stream("x = 1\rif x:\r  y\r"), expected);
  auto tokens = all_tokens("a\r\nbc\r\n");
  EXPECT_EQ(tokens[2].line, 2);
  EXPECT_EQ(tokens[2].col, 0);
}

TEST(Lexer, CrLfInsideTripleQuotedString) {
  Lexer lexer("s = '''a\r\nb'''\r\n", "t.py");
  Token t;
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(lexer.next(t));
  EXPECT_EQ(lexer.token_text(t), "'''a\nb'''");
  EXPECT_EQ(t.line, 1);
  EXPECT_EQ(t.end_line, 2);
  EXPECT_EQ(t.end_col, 4);
}

TEST(Lexer, ByteOrderMarkIsSkipped) {
  auto tokens = all_tokens("\xEF\xBB\xBFx = 1\n");
  EXPECT_EQ(tokens[0].kind, TokenKind::Name);
  EXPECT_EQ(tokens[0].col, 0);
}

TEST(Lexer, NewlineStartsAtTrailingComment) {
  auto tokens = all_tokens("x  # note\n");
  ASSERT_EQ(tokens[1].kind, TokenKind::Newline);
  EXPECT_EQ(tokens[1].col, 3);
  EXPECT_EQ(tokens[1].end_col, 9);
}

TEST(Lexer, StringPrefixes) {
  EXPECT_EQ(stream("r'a' b'b' f'c' rb'd' Br'e' fR'f' Rf'g' u'h' U\"i\"\n"),
            "str:r'a' str:b'b' str:f'c' str:rb'd' str:Br'e' str:fR'f' str:Rf'g' str:u'h' str:U\"i\" NEWLINE END");
}

TEST(Lexer, InvalidPrefixesAreNames) {
  EXPECT_EQ(stream("ub'x' bf'y'\n"), "name:ub str:'x' name:bf str:'y' NEWLINE END");
}

TEST(Lexer, QuotesAndEscapesInStrings) {
  EXPECT_EQ(stream("'a\\'b' \"c\\\"d\" '''e'f''' \"\"\"g\"\"\" '' \"\"\n"),
            "str:'a\\'b' str:\"c\\\"d\" str:'''e'f''' str:\"\"\"g\"\"\" str:'' str:\"\" NEWLINE END");
}

TEST(Lexer, BackslashNewlineContinuesAString) {
  auto tokens = all_tokens("x = 'a\\\nb'\n");
  ASSERT_EQ(tokens[2].kind, TokenKind::String);
  EXPECT_EQ(tokens[2].end_line, 2);
}

TEST(Lexer, FStringIsOneToken) {
  EXPECT_EQ(stream("f'{x!r:>{w}} {{}}'\n"), "str:f'{x!r:>{w}} {{}}' NEWLINE END");
}

TEST(Lexer, UnterminatedString) {
  EXPECT_EQ(error_of("s = 'abc\n"), "SyntaxError: unterminated string literal (detected at line 1) @ 1:5:5");
  EXPECT_EQ(error_of("s = rb'abc\n"), "SyntaxError: unterminated string literal (detected at line 1) @ 1:5:5");
}

TEST(Lexer, UnterminatedStringWithContinuation) {
  EXPECT_EQ(error_of("s = 'abc\\\ndef\n"), "SyntaxError: unterminated string literal (detected at line 2) @ 1:5:5");
}

TEST(Lexer, UnterminatedTripleQuotedString) {
  EXPECT_EQ(error_of("x = 1\ns = '''abc\n\ndef"),
            "SyntaxError: unterminated triple-quoted string literal (detected at line 4) @ 2:5:5");
}

TEST(Lexer, Numbers) {
  EXPECT_EQ(stream("0 00 0_0 1_000 0x1F 0X_f 0o17 0O_7 0b101 0B_1 1. .5 1e10 1_000.5 1E-3 1.5e+3 00.5 1j 1.5J\n"),
            "num:0 num:00 num:0_0 num:1_000 num:0x1F num:0X_f num:0o17 num:0O_7 num:0b101 num:0B_1 num:1. num:.5 "
            "num:1e10 num:1_000.5 num:1E-3 num:1.5e+3 num:00.5 num:1j num:1.5J NEWLINE END");
}

TEST(Lexer, NumberFollowedByKeyword) {
  EXPECT_EQ(stream("1if x else 2\n"), "num:1 if name:x else num:2 NEWLINE END");
  EXPECT_EQ(stream("[1for x in y]\n"), "[ num:1 for name:x in name:y ] NEWLINE END");
  EXPECT_EQ(stream("1else\n"), "num:1 else NEWLINE END");
}

TEST(Lexer, AttributeOfNumberNeedsSpace) {
  EXPECT_EQ(stream("1 .real\n"), "num:1 . name:real NEWLINE END");
  EXPECT_EQ(stream("x.1\n"), "name:x num:.1 NEWLINE END");
  EXPECT_EQ(stream("...\n"), "... NEWLINE END");
  EXPECT_EQ(stream("a..b\n"), "name:a . . name:b NEWLINE END");
}

struct NumberError {
  const char* source;
  const char* expected;
};

class LexerNumberErrors : public ::testing::TestWithParam<NumberError> {};

TEST_P(LexerNumberErrors, MatchesCPython) { EXPECT_EQ(error_of(GetParam().source), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(
    Lexer, LexerNumberErrors,
    ::testing::Values(
        NumberError{"012\n",
                    "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
                    "octal integers @ 1:1:2"},
        NumberError{"00_1\n",
                    "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
                    "octal integers @ 1:1:4"},
        NumberError{"1abc\n", "SyntaxError: invalid decimal literal @ 1:1:1"},
        NumberError{"0x\n", "SyntaxError: invalid hexadecimal literal @ 1:2:2"},
        NumberError{"0x1g\n", "SyntaxError: invalid hexadecimal literal @ 1:3:3"},
        NumberError{"0o8\n", "SyntaxError: invalid digit '8' in octal literal @ 1:3:3"},
        NumberError{"0o1_\n", "SyntaxError: invalid octal literal @ 1:4:4"},
        NumberError{"0b102\n", "SyntaxError: invalid digit '2' in binary literal @ 1:5:5"},
        NumberError{"1_\n", "SyntaxError: invalid decimal literal @ 1:2:2"},
        NumberError{"1__0\n", "SyntaxError: invalid decimal literal @ 1:2:2"},
        NumberError{"1e\n", "SyntaxError: invalid decimal literal @ 1:1:1"},
        NumberError{"1e+\n", "SyntaxError: invalid decimal literal @ 1:3:3"},
        NumberError{"1jx\n", "SyntaxError: invalid imaginary literal @ 1:2:2"},
        NumberError{"1.__class__\n", "SyntaxError: invalid decimal literal @ 1:2:2"}));

TEST(Lexer, UnicodeIdentifiers) {
  EXPECT_EQ(stream("变量 = café + π + Ωmega_1 + ä\n"), "name:变量 = name:café + name:π + name:Ωmega_1 + name:ä NEWLINE END");
}

TEST(Lexer, InvalidCharacter) {
  EXPECT_EQ(error_of("€ = 1\n"), "SyntaxError: invalid character '€' (U+20AC) @ 1:1:1");
  EXPECT_EQ(error_of("abc€ = 1\n"), "SyntaxError: invalid character '€' (U+20AC) @ 1:4:4");
  EXPECT_EQ(error_of("x = 1，2\n"), "SyntaxError: invalid character '，' (U+FF0C) @ 1:6:6");  // not a number error
  EXPECT_EQ(error_of("x = a，b\n"), "SyntaxError: invalid character '，' (U+FF0C) @ 1:6:6");
}

TEST(Lexer, InvalidNonPrintableCharacter) {
  EXPECT_EQ(error_of("a\xC2\xA0= 1\n"), "SyntaxError: invalid non-printable character U+00A0 @ 1:2:2");
  EXPECT_EQ(error_of("a \x01 b\n"), "SyntaxError: invalid non-printable character U+0001 @ 1:3:3");
}

TEST(Lexer, KeywordsAndSoftKeywords) {
  auto tokens = all_tokens("async await match case _ None lambda\n");
  EXPECT_EQ(tokens[0].kind, TokenKind::KwAsync);
  EXPECT_EQ(tokens[1].kind, TokenKind::KwAwait);
  EXPECT_EQ(tokens[2].kind, TokenKind::Name);
  EXPECT_EQ(tokens[3].kind, TokenKind::Name);
  EXPECT_EQ(tokens[4].kind, TokenKind::Name);
  EXPECT_EQ(tokens[5].kind, TokenKind::KwNone);
  EXPECT_EQ(tokens[6].kind, TokenKind::KwLambda);
  EXPECT_EQ(token_category(TokenKind::KwAsync), TokenCategory::Keyword);
}

TEST(Lexer, Operators) {
  EXPECT_EQ(stream("a **= b //= c >>= d <<= e -> f := g != h <> i ... @= j\n"),
            "name:a **= name:b //= name:c >>= name:d <<= name:e -> name:f := name:g != name:h <> name:i ... @= name:j "
            "NEWLINE END");
  EXPECT_EQ(stream("a!b$c?d\n"), "name:a operator name:b operator name:c operator name:d NEWLINE END");
}

TEST(Lexer, BracketErrors) {
  EXPECT_EQ(error_of("x = )\n"), "SyntaxError: unmatched ')' @ 1:5:5");
  EXPECT_EQ(error_of("x = (]\n"), "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @ 1:6:6");
  EXPECT_EQ(error_of("x = {\n)\n"),
            "SyntaxError: closing parenthesis ')' does not match opening parenthesis '{' on line 1 @ 2:1:1");
}

TEST(Lexer, TooManyNestedParentheses) {
  EXPECT_EQ(error_of(std::string(200, '(') + std::string(200, ')') + "\n"), "no error");
  EXPECT_EQ(error_of(std::string(201, '[') + "\n"), "SyntaxError: too many nested parentheses @ 1:201:201");
}

TEST(Lexer, UnclosedBracketAtEndOfFileIsNotRaised) {
  Lexer lexer("x = [1,\n  2\n", "t.py");
  Token t;
  while (lexer.next(t)) {
  }
  ASSERT_TRUE(lexer.error());
  EXPECT_FALSE(lexer.error()->raised);  // an earlier parser error would stand
  EXPECT_EQ(lexer.error()->diagnostic.message, "'[' was never closed");
  EXPECT_EQ(lexer.error()->diagnostic.line, 1);
  EXPECT_EQ(lexer.error()->diagnostic.col, 5);
}

TEST(Lexer, NullByte) {
  const char late[] = "x = 1\ny = 2\n\x00\n";
  const char early[] = "x = 1\x00\n";
  EXPECT_EQ(error_of(std::string(late, sizeof late - 1)), "SyntaxError: source code cannot contain null bytes @ 3:0:0");
  EXPECT_EQ(error_of(std::string(early, sizeof early - 1)), "SyntaxError: source code cannot contain null bytes @ 1:0:0");
}

TEST(Lexer, InvalidUtf8NamesTheLine) {
  Lexer lexer("x = 1\ny = \"\xff\"\n", "prog.py");
  Token t;
  int count = 0;
  while (lexer.next(t)) ++count;
  EXPECT_EQ(count, 4);  // line 1 reads fine: CPython only fails when it reads line 2
  ASSERT_TRUE(lexer.error());
  EXPECT_EQ(lexer.error()->diagnostic.message,
            "Non-UTF-8 code starting with '\\xff' in file prog.py on line 2, but no encoding declared; see "
            "https://peps.python.org/pep-0263/ for details");
  EXPECT_EQ(lexer.error()->diagnostic.line, 2);
}

TEST(Lexer, OverlongAndSurrogateUtf8AreInvalid) {
  EXPECT_NE(error_of("x = '\xC0\xAF'\n"), "no error");
  EXPECT_NE(error_of("x = '\xED\xA0\x80'\n"), "no error");
  EXPECT_NE(error_of("x = '\xF4\x90\x80\x80'\n"), "no error");
  EXPECT_EQ(error_of("x = '\xF0\x9F\x98\x80'\n"), "no error");
}

TEST(Lexer, DiagnosticCarriesTheSourceLine) {
  Lexer lexer("a = 1\nb = )\n", "t.py");
  Token t;
  while (lexer.next(t)) {
  }
  ASSERT_TRUE(lexer.error());
  EXPECT_EQ(lexer.error()->diagnostic.source_line, "b = )");
  EXPECT_EQ(lexer.error()->diagnostic.file, "t.py");
}

TEST(Lexer, ErrorIsSticky) {
  Lexer lexer("x = )\ny = 1\n", "t.py");
  Token t;
  while (lexer.next(t)) {
  }
  EXPECT_FALSE(lexer.next(t));
  EXPECT_FALSE(lexer.next(t));
}

TEST(Lexer, EndMarkerRepeats) {
  Lexer lexer("x\n", "t.py");
  Token t;
  while (lexer.next(t) && t.kind != TokenKind::EndMarker) {
  }
  ASSERT_TRUE(lexer.next(t));
  EXPECT_EQ(t.kind, TokenKind::EndMarker);
}

TEST(Lexer, BracketLevelOnTokens) {
  auto tokens = all_tokens("f(a[1])\n");
  EXPECT_EQ(tokens[0].level, 0);
  EXPECT_EQ(tokens[1].level, 1);  // after '('
  EXPECT_EQ(tokens[3].level, 2);  // after '['
  EXPECT_EQ(tokens[6].level, 0);  // after ')'
}

TEST(Lexer, NormalizeIdentifier) {
  EXPECT_EQ(normalize_identifier("ｗｉｄｔｈ_１"), "width_1");
  EXPECT_EQ(normalize_identifier("\xC2\xB5"), "\xCE\xBC");  // MICRO SIGN -> GREEK SMALL LETTER MU
  EXPECT_EQ(normalize_identifier("café"), "café");
  EXPECT_EQ(normalize_identifier("ﬁle"), "file");  // full NFKC: ligatures too
  EXPECT_EQ(normalize_identifier("ℌ"), "H");
}

TEST(Lexer, UnicodeClasses) {
  EXPECT_TRUE(is_identifier_start(U'变'));
  EXPECT_TRUE(is_identifier_start(U'é'));
  EXPECT_FALSE(is_identifier_start(U'€'));
  EXPECT_FALSE(is_identifier_start(U'1'));
  EXPECT_TRUE(is_identifier_continue(U'1'));
  EXPECT_TRUE(is_identifier_continue(0x0301));  // combining acute accent
  EXPECT_FALSE(is_printable(0xA0));
  EXPECT_TRUE(is_printable(U'€'));
}

// ---------------------------------------------------------------------------------------
// tokenize(): the syntax-colouring stream

TEST(Tokenize, KeepsCommentsAndBlankLines) {
  TokenizeResult r = tokenize("# head\nx = 1  # note\n\nif x:\n    pass\n", "t.py");
  ASSERT_FALSE(r.error);
  std::vector<TokenCategory> categories;
  std::string kinds;
  for (const Token& t : r.tokens) {
    if (!kinds.empty()) kinds += ' ';
    kinds += std::string(token_spelling(t.kind));
  }
  EXPECT_EQ(kinds,
            "comment blank line name = number comment newline blank line if name : newline indent pass newline "
            "dedent end of file");
}

TEST(Tokenize, Categories) {
  TokenizeResult r = tokenize("def f(): return 'a' + 1  # c\n", "t.py");
  ASSERT_GE(r.tokens.size(), 9u);
  EXPECT_EQ(token_category(r.tokens[0].kind), TokenCategory::Keyword);
  EXPECT_EQ(token_category(r.tokens[1].kind), TokenCategory::Name);
  EXPECT_EQ(token_category(r.tokens[2].kind), TokenCategory::Operator);
  EXPECT_EQ(token_category(r.tokens[6].kind), TokenCategory::String);
  EXPECT_EQ(token_category(r.tokens[8].kind), TokenCategory::Number);
  EXPECT_EQ(token_category(r.tokens[9].kind), TokenCategory::Comment);
}

TEST(Tokenize, RecoversAfterErrors) {
  TokenizeResult r = tokenize("x = 'open\ny = 1 € 2\nz = )\n", "t.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->line, 1);  // the first problem
  ASSERT_FALSE(r.tokens.empty());
  EXPECT_EQ(r.tokens.back().kind, TokenKind::EndMarker);
  bool saw_y = false, saw_z = false;
  for (const Token& t : r.tokens) {
    std::string_view text = std::string_view(r.text).substr(t.begin, t.end - t.begin);
    saw_y = saw_y || text == "y";
    saw_z = saw_z || text == "z";
  }
  EXPECT_TRUE(saw_y);
  EXPECT_TRUE(saw_z);
}

TEST(Tokenize, RecoversFromBadIndentationAndOpenBrackets) {
  TokenizeResult r = tokenize("if x:\n        a\n    b\nc = (1,\n", "t.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->kind, "IndentationError");
  EXPECT_EQ(r.tokens.back().kind, TokenKind::EndMarker);
}

TEST(Tokenize, RecoversFromBytesThatAreNotUtf8) {
  const char source[] = "x = 1\n\xff\xfe y \x00 = 2\n";
  TokenizeResult r = tokenize(std::string(source, sizeof source - 1), "t.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.tokens.back().kind, TokenKind::EndMarker);
}

TEST(Tokenize, RandomBytesAlwaysEnd) {
  std::mt19937 rng(1234);
  std::string alphabet = "abc(){}[]'\"\\#:\n\r\t \f0123456789.eExj_=+-*/%<>!@$?,;\xff\xc3\xa9";
  alphabet.push_back('\0');
  for (int round = 0; round < 300; ++round) {
    std::string s;
    int n = static_cast<int>(rng() % 120);
    for (int i = 0; i < n; ++i) s += alphabet[rng() % alphabet.size()];
    TokenizeResult r = tokenize(s, "t.py");
    ASSERT_FALSE(r.tokens.empty());
    EXPECT_EQ(r.tokens.back().kind, TokenKind::EndMarker) << "input #" << round;
    Lexer lexer(s, "t.py");
    Token t;
    int guard = 0;
    while (lexer.next(t) && t.kind != TokenKind::EndMarker && ++guard < 100000) {
    }
    EXPECT_LT(guard, 100000);
  }
}

TEST(Tokenize, MegabyteLineIsLinear) {
  std::string line = "x = [";
  for (int i = 0; i < 150000; ++i) line += "a1, ";
  line += "]\n";
  TokenizeResult r = tokenize(line, "t.py");
  ASSERT_FALSE(r.error);
  EXPECT_GT(r.tokens.size(), 300000u);
  EXPECT_EQ(r.tokens[r.tokens.size() - 3].col, static_cast<int32_t>(line.size() - 2));  // the ']'
}

}  // namespace
}  // namespace looplab
