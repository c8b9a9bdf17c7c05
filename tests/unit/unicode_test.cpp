// core/unicode.h on characters where CPython 3.11 (Unicode 14.0) and a plain reading of ICU could part
// ways. tests/reference/check_unicode.py compares every code point with python3.
#include "core/unicode.h"

#include <gtest/gtest.h>

namespace looplab::unicode {
namespace {

std::u32string mapped(void (*mapping)(char32_t, std::u32string&), char32_t c) {
  std::u32string out;
  mapping(c, out);
  return out;
}

char32_t named(std::string_view name) {
  char32_t c = 0;
  return lookup_name(name, c) ? c : char32_t(-1);
}

TEST(Unicode, FullCaseMappings) {
  EXPECT_EQ(mapped(append_upper, U'ß'), U"SS");
  EXPECT_EQ(mapped(append_upper, U'ﬃ'), U"FFI");
  EXPECT_EQ(mapped(append_upper, U'ŉ'), U"ʼN");
  EXPECT_EQ(mapped(append_lower, U'İ'), U"i\u0307");
  EXPECT_EQ(mapped(append_lower, U'Σ'), U"σ");  // Final_Sigma is the caller's business
  EXPECT_EQ(mapped(append_title, U'ǆ'), U"ǅ");
  EXPECT_EQ(mapped(append_title, U'ﬓ'), U"Մն");
  EXPECT_EQ(mapped(append_title, 0x345), U"Ι");  // a combining mark with a titlecase mapping
  EXPECT_EQ(mapped(append_casefold, U'ß'), U"ss");
  EXPECT_EQ(mapped(append_upper, 0x1E030), U"\U0001E030");  // new in Unicode 15.0: unassigned here
}

TEST(Unicode, Classes) {
  EXPECT_TRUE(is_decimal(U'٣'));
  EXPECT_EQ(decimal_value(U'٣'), 3);
  EXPECT_TRUE(is_digit(U'²'));
  EXPECT_FALSE(is_decimal(U'²'));
  EXPECT_TRUE(is_numeric(U'½'));
  EXPECT_FALSE(is_digit(U'½'));
  EXPECT_TRUE(is_numeric(U'一'));  // Unihan numeric value
  EXPECT_TRUE(is_space(0x1C));
  EXPECT_TRUE(is_space(0x85));
  EXPECT_FALSE(is_space(0x200B));
  EXPECT_TRUE(is_lower(U'ª'));       // Other_Lowercase
  EXPECT_FALSE(is_lower(0x10FC));    // Lowercase only since Unicode 15.0
  EXPECT_FALSE(is_cased(0xA7F2));
  EXPECT_TRUE(is_title(U'ǅ'));
  EXPECT_FALSE(is_printable(0x378));  // unassigned
  EXPECT_FALSE(is_printable(0x2028));
  EXPECT_FALSE(is_alpha(0x1E030));
  EXPECT_TRUE(is_linebreak(0x2029));
  EXPECT_FALSE(is_linebreak(0x200B));
}

TEST(Unicode, IdentifierCharacters) {
  EXPECT_TRUE(is_identifier_start(U'℘'));      // Other_ID_Start
  EXPECT_TRUE(is_identifier_continue(U'·'));   // Other_ID_Continue
  EXPECT_FALSE(is_identifier_start(U'·'));
  EXPECT_TRUE(is_alpha(0x2E2F));                // VERTICAL TILDE is a letter ...
  EXPECT_FALSE(is_identifier_start(0x2E2F));    // ... and Pattern_Syntax
  EXPECT_FALSE(is_identifier_continue(U'€'));
}

TEST(Unicode, Nfkc) {
  EXPECT_EQ(nfkc("ﬁle"), "file");
  EXPECT_EQ(nfkc("ℌⅨ"), "HIX");
  EXPECT_EQ(nfkc("ｘ"), "x");
  EXPECT_EQ(nfkc("cafe\xCC\x81"), "café");  // composed
  EXPECT_EQ(nfkc("\xEF\xB7\xBA").size(), 33u);  // U+FDFA grows to 18 code points
}

TEST(Unicode, CharacterNames) {
  EXPECT_EQ(named("GREEK SMALL LETTER ALPHA"), U'α');
  EXPECT_EQ(named("greek small letter alpha"), U'α');
  EXPECT_EQ(named("LATIN CAPITAL LETTER GHA"), U'Ƣ');  // correction alias
  EXPECT_EQ(named("nbsp"), 0xA0);                        // abbreviation
  EXPECT_EQ(named("LINE FEED"), U'\n');                  // control
  EXPECT_EQ(named("BYTE ORDER MARK"), 0xFEFF);           // alternate
  EXPECT_EQ(named("VS17"), 0xE0100);
  EXPECT_EQ(named("CJK UNIFIED IDEOGRAPH-4E00"), U'一');
  EXPECT_EQ(named("CJK UNIFIED IDEOGRAPH-04E00"), U'一');
  EXPECT_EQ(named("HANGUL SYLLABLE GAG"), U'각');
  EXPECT_EQ(named("cjk compatibility ideograph-f900"), 0xF900);
  // CPython computes these two forms and only in capitals.
  EXPECT_EQ(named("cjk unified ideograph-4e00"), char32_t(-1));
  EXPECT_EQ(named("CJK UNIFIED IDEOGRAPH-4e00"), char32_t(-1));
  EXPECT_EQ(named("hangul syllable gag"), char32_t(-1));
  // Names CPython 3.11 does not know: computed by ICU only, or from Unicode 15.0.
  EXPECT_EQ(named("TANGUT IDEOGRAPH-17000"), char32_t(-1));
  EXPECT_EQ(named("CJK UNIFIED IDEOGRAPH-2B739"), char32_t(-1));
  EXPECT_EQ(named("ARABIC SMALL HIGH LIGATURE ALEF WITH YEH BARREE"), char32_t(-1));
  EXPECT_EQ(named("<control-0007>"), char32_t(-1));
  EXPECT_EQ(named("VS0"), char32_t(-1));
  EXPECT_EQ(named(" LATIN SMALL LETTER A"), char32_t(-1));
}

}  // namespace
}  // namespace looplab::unicode
