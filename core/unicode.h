// Unicode character properties, case mappings, NFKC and character names as CPython 3.11
// reports them. The one source of truth is ICU; CPython 3.11 ships Unicode 14.0, so a code
// point that a newer ICU knows but Unicode 14.0 did not have is treated as unassigned.
#pragma once

#include <string>
#include <string_view>

namespace looplab::unicode {

// Character classes (CPython's _PyUnicode_Is* on one code point).
bool is_identifier_start(char32_t c);     // XID_Start or '_'
bool is_identifier_continue(char32_t c);  // XID_Continue
bool is_printable(char32_t c);            // str.isprintable()
bool is_alpha(char32_t c);                // general category L*
bool is_decimal(char32_t c);              // Numeric_Type=Decimal
bool is_digit(char32_t c);                // Numeric_Type=Decimal or Digit
bool is_numeric(char32_t c);              // any Numeric_Type
bool is_space(char32_t c);                // Zs, or bidirectional class WS, B or S
bool is_lower(char32_t c);                // Lowercase
bool is_upper(char32_t c);                // Uppercase
bool is_title(char32_t c);                // general category Lt
bool is_cased(char32_t c);
bool is_case_ignorable(char32_t c);
bool is_linebreak(char32_t c);            // what str.splitlines() splits at
int decimal_value(char32_t c);            // -1 when not a decimal digit
// Terminal columns, as traceback carets count them: 2 for East Asian Wide and Fullwidth.
int display_width(char32_t c);

// Full case mappings of one code point (SpecialCasing without conditions, CaseFolding C+F),
// appended to `out`. Lower-casing U+03A3 here gives the non-final sigma: the Final_Sigma rule
// needs the neighbours, which the caller has.
void append_upper(char32_t c, std::u32string& out);
void append_lower(char32_t c, std::u32string& out);
void append_title(char32_t c, std::u32string& out);
void append_casefold(char32_t c, std::u32string& out);

// NFKC of valid UTF-8 text (what CPython applies to every non-ASCII identifier).
std::string nfkc(std::string_view utf8);

// The code point of a \N{...} name: a character name, matched without regard to case except
// for the CJK UNIFIED IDEOGRAPH-XXXX and HANGUL SYLLABLE forms, or a formal name alias.
bool lookup_name(std::string_view name, char32_t& out);

}  // namespace looplab::unicode
