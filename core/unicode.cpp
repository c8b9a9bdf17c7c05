// Unicode character properties for str methods and the lexer, all read from ICU. The only data
// kept here are the formal name aliases that ICU does not carry (it knows the "correction" ones)
// and the few changes a newer Unicode made to characters CPython 3.11 already had.
// tests/reference/check_unicode.py compares every code point with python3: run it after an ICU
// upgrade, which may bring more such changes.
#include "core/unicode.h"

#include <unicode/uchar.h>
#include <unicode/ucasemap.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cstdint>

namespace looplab::unicode {
namespace {

// CPython 3.11's unicodedata is Unicode 14.0; ICU may be newer. A code point assigned after 14.0
// is unassigned for CPython, whatever ICU says about it.
constexpr uint8_t kPythonUnicodeMajor = 14;

bool known_to_python(char32_t c) {
  if (c > 0x10FFFF) return false;
  UVersionInfo age;
  u_charAge(static_cast<UChar32>(c), age);
  return age[0] <= kPythonUnicodeMajor;  // unassigned code points have age 0.0
}

// Unicode 15.0 made these modifier letters of Unicode 14.0 Lowercase (Other_Lowercase), and so
// Cased; for CPython 3.11 they are neither.
constexpr char32_t kLowercaseAfter14[] = {0x10FC, 0xA7F2, 0xA7F3, 0xA7F4, 0xAB69};

bool has_property(char32_t c, UProperty property) {
  if (!known_to_python(c)) return false;
  if ((property == UCHAR_LOWERCASE || property == UCHAR_CASED) &&
      std::find(std::begin(kLowercaseAfter14), std::end(kLowercaseAfter14), c) != std::end(kLowercaseAfter14))
    return false;
  return u_hasBinaryProperty(static_cast<UChar32>(c), property);
}

uint32_t category_mask(char32_t c) {
  return known_to_python(c) ? U_MASK(u_charType(static_cast<UChar32>(c))) : U_MASK(U_UNASSIGNED);
}

int numeric_type(char32_t c) {
  return known_to_python(c) ? u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NUMERIC_TYPE) : U_NT_NONE;
}

UCharDirection bidi_class(char32_t c) {
  return known_to_python(c) ? u_charDirection(static_cast<UChar32>(c)) : U_LEFT_TO_RIGHT;
}

bool ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

// ---------------------------------------------------------------------------------------------
// Case mappings through ICU's root locale, one code point at a time: CPython maps each
// character on its own (the caller deals with the one contextual rule, Final_Sigma).

enum class Mapping { Upper, Lower, Title, Fold };

// Title-cases the first code point as such, whatever it is, and leaves the rest alone: with
// one code point in, that is its full titlecase mapping.
UCaseMap* title_case_map() {
  static UCaseMap* map = [] {
    UErrorCode error = U_ZERO_ERROR;
    return ucasemap_open("", U_TITLECASE_WHOLE_STRING | U_TITLECASE_NO_BREAK_ADJUSTMENT | U_TITLECASE_NO_LOWERCASE,
                         &error);
  }();
  return map;
}

void append_mapping(char32_t c, Mapping mapping, std::u32string& out) {
  if (!known_to_python(c)) {
    out.push_back(c);
    return;
  }
  UChar source[2];
  int32_t source_length = 0;
  U16_APPEND_UNSAFE(source, source_length, static_cast<UChar32>(c));
  UChar mapped[32];  // full mappings are at most three code points
  UErrorCode error = U_ZERO_ERROR;
  int32_t length = 0;
  switch (mapping) {
    case Mapping::Upper: length = u_strToUpper(mapped, 32, source, source_length, "", &error); break;
    case Mapping::Lower: length = u_strToLower(mapped, 32, source, source_length, "", &error); break;
    case Mapping::Fold: length = u_strFoldCase(mapped, 32, source, source_length, U_FOLD_CASE_DEFAULT, &error); break;
    case Mapping::Title:
      length = ucasemap_toTitle(title_case_map(), mapped, 32, source, source_length, &error);
      break;
  }
  if (U_FAILURE(error)) {
    out.push_back(c);
    return;
  }
  for (int32_t i = 0; i < length;) {
    UChar32 m;
    U16_NEXT(mapped, i, length, m);
    out.push_back(static_cast<char32_t>(m));
  }
}

std::u16string to_utf16(std::string_view utf8) {
  std::u16string out(utf8.size(), u'\0');  // UTF-16 never needs more units than UTF-8 bytes
  int32_t length = 0;
  UErrorCode error = U_ZERO_ERROR;
  u_strFromUTF8WithSub(reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()), &length, utf8.data(),
                       static_cast<int32_t>(utf8.size()), 0xFFFD, nullptr, &error);
  out.resize(U_SUCCESS(error) ? static_cast<size_t>(length) : 0);
  return out;
}

std::string to_utf8(std::u16string_view utf16) {
  std::string out(utf16.size() * 3, '\0');
  int32_t length = 0;
  UErrorCode error = U_ZERO_ERROR;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &length, reinterpret_cast<const UChar*>(utf16.data()),
              static_cast<int32_t>(utf16.size()), &error);
  out.resize(U_SUCCESS(error) ? static_cast<size_t>(length) : 0);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Names

// The formal name aliases of Unicode 14.0 that are not corrections (controls, abbreviations,
// figments and alternates), which CPython accepts in \N{...} and ICU does not know. The
// variation selectors' VS1..VS256 are computed in variation_selector().
struct NameAliases {
  char32_t code_point;
  const char* names;  // separated by '|'
};
const NameAliases kNameAliases[] = {
    {0x0, "NULL|NUL"}, {0x1, "START OF HEADING|SOH"}, {0x2, "START OF TEXT|STX"}, {0x3, "END OF TEXT|ETX"},
    {0x4, "END OF TRANSMISSION|EOT"}, {0x5, "ENQUIRY|ENQ"}, {0x6, "ACKNOWLEDGE|ACK"}, {0x7, "ALERT|BEL"},
    {0x8, "BACKSPACE|BS"}, {0x9, "CHARACTER TABULATION|HORIZONTAL TABULATION|HT|TAB"},
    {0xA, "LINE FEED|NEW LINE|END OF LINE|LF|NL|EOL"}, {0xB, "LINE TABULATION|VERTICAL TABULATION|VT"},
    {0xC, "FORM FEED|FF"}, {0xD, "CARRIAGE RETURN|CR"}, {0xE, "SHIFT OUT|LOCKING-SHIFT ONE|SO"},
    {0xF, "SHIFT IN|LOCKING-SHIFT ZERO|SI"}, {0x10, "DATA LINK ESCAPE|DLE"}, {0x11, "DEVICE CONTROL ONE|DC1"},
    {0x12, "DEVICE CONTROL TWO|DC2"}, {0x13, "DEVICE CONTROL THREE|DC3"}, {0x14, "DEVICE CONTROL FOUR|DC4"},
    {0x15, "NEGATIVE ACKNOWLEDGE|NAK"}, {0x16, "SYNCHRONOUS IDLE|SYN"}, {0x17, "END OF TRANSMISSION BLOCK|ETB"},
    {0x18, "CANCEL|CAN"}, {0x19, "END OF MEDIUM|EOM"}, {0x1A, "SUBSTITUTE|SUB"}, {0x1B, "ESCAPE|ESC"},
    {0x1C, "INFORMATION SEPARATOR FOUR|FILE SEPARATOR|FS"},
    {0x1D, "INFORMATION SEPARATOR THREE|GROUP SEPARATOR|GS"},
    {0x1E, "INFORMATION SEPARATOR TWO|RECORD SEPARATOR|RS"},
    {0x1F, "INFORMATION SEPARATOR ONE|UNIT SEPARATOR|US"}, {0x20, "SP"}, {0x7F, "DELETE|DEL"},
    {0x80, "PADDING CHARACTER|PAD"}, {0x81, "HIGH OCTET PRESET|HOP"}, {0x82, "BREAK PERMITTED HERE|BPH"},
    {0x83, "NO BREAK HERE|NBH"}, {0x84, "INDEX|IND"}, {0x85, "NEXT LINE|NEL"},
    {0x86, "START OF SELECTED AREA|SSA"}, {0x87, "END OF SELECTED AREA|ESA"},
    {0x88, "CHARACTER TABULATION SET|HORIZONTAL TABULATION SET|HTS"},
    {0x89, "CHARACTER TABULATION WITH JUSTIFICATION|HORIZONTAL TABULATION WITH JUSTIFICATION|HTJ"},
    {0x8A, "LINE TABULATION SET|VERTICAL TABULATION SET|VTS"},
    {0x8B, "PARTIAL LINE FORWARD|PARTIAL LINE DOWN|PLD"}, {0x8C, "PARTIAL LINE BACKWARD|PARTIAL LINE UP|PLU"},
    {0x8D, "REVERSE LINE FEED|REVERSE INDEX|RI"}, {0x8E, "SINGLE SHIFT TWO|SINGLE-SHIFT-2|SS2"},
    {0x8F, "SINGLE SHIFT THREE|SINGLE-SHIFT-3|SS3"}, {0x90, "DEVICE CONTROL STRING|DCS"},
    {0x91, "PRIVATE USE ONE|PRIVATE USE-1|PU1"}, {0x92, "PRIVATE USE TWO|PRIVATE USE-2|PU2"},
    {0x93, "SET TRANSMIT STATE|STS"}, {0x94, "CANCEL CHARACTER|CCH"}, {0x95, "MESSAGE WAITING|MW"},
    {0x96, "START OF GUARDED AREA|START OF PROTECTED AREA|SPA"},
    {0x97, "END OF GUARDED AREA|END OF PROTECTED AREA|EPA"}, {0x98, "START OF STRING|SOS"},
    {0x99, "SINGLE GRAPHIC CHARACTER INTRODUCER|SGC"}, {0x9A, "SINGLE CHARACTER INTRODUCER|SCI"},
    {0x9B, "CONTROL SEQUENCE INTRODUCER|CSI"}, {0x9C, "STRING TERMINATOR|ST"},
    {0x9D, "OPERATING SYSTEM COMMAND|OSC"}, {0x9E, "PRIVACY MESSAGE|PM"},
    {0x9F, "APPLICATION PROGRAM COMMAND|APC"}, {0xA0, "NBSP"}, {0xAD, "SHY"}, {0x34F, "CGJ"}, {0x61C, "ALM"},
    {0x180B, "FVS1"}, {0x180C, "FVS2"}, {0x180D, "FVS3"}, {0x180E, "MVS"}, {0x180F, "FVS4"}, {0x200B, "ZWSP"},
    {0x200C, "ZWNJ"}, {0x200D, "ZWJ"}, {0x200E, "LRM"}, {0x200F, "RLM"}, {0x202A, "LRE"}, {0x202B, "RLE"},
    {0x202C, "PDF"}, {0x202D, "LRO"}, {0x202E, "RLO"}, {0x202F, "NNBSP"}, {0x205F, "MMSP"}, {0x2060, "WJ"},
    {0x2066, "LRI"}, {0x2067, "RLI"}, {0x2068, "FSI"}, {0x2069, "PDI"}, {0xFEFF, "BYTE ORDER MARK|BOM|ZWNBSP"},
};

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x >= 'a' && x <= 'z' ? x - 32 : x) == (y >= 'a' && y <= 'z' ? y - 32 : y);
         });
}

// VS1..VS16 are U+FE00..U+FE0F, VS17..VS256 are U+E0100..U+E01EF.
bool variation_selector(std::string_view name, char32_t& out) {
  if (name.size() < 3 || name.size() > 5 || !equal_ignoring_case(name.substr(0, 2), "VS") || name[2] == '0')
    return false;
  unsigned number = 0;
  for (char c : name.substr(2)) {
    if (!ascii_digit(static_cast<unsigned char>(c))) return false;
    number = number * 10 + unsigned(c - '0');
  }
  if (number < 1 || number > 256) return false;
  out = number <= 16 ? 0xFE00 + number - 1 : 0xE0100 + number - 17;
  return true;
}

bool alias_from_table(std::string_view name, char32_t& out) {
  for (const NameAliases& entry : kNameAliases) {
    std::string_view names(entry.names);
    for (size_t start = 0; start <= names.size();) {
      size_t bar = std::min(names.find('|', start), names.size());
      if (equal_ignoring_case(names.substr(start, bar - start), name)) {
        out = entry.code_point;
        return true;
      }
      start = bar + 1;
    }
  }
  return variation_selector(name, out);
}

std::string char_name(char32_t c) {
  char buffer[128];
  UErrorCode error = U_ZERO_ERROR;
  int32_t length = u_charName(static_cast<UChar32>(c), U_UNICODE_CHAR_NAME, buffer, sizeof buffer, &error);
  return U_SUCCESS(error) ? std::string(buffer, static_cast<size_t>(length)) : std::string();
}

// ICU's correction aliases that Unicode added after 14.0, by the code point they name.
constexpr char32_t kCorrectionsAfter14[] = {0x0616, 0x1BBD};

constexpr std::string_view kHangulPrefix = "HANGUL SYLLABLE ";
constexpr std::string_view kUnifiedPrefix = "CJK UNIFIED IDEOGRAPH-";
// ICU computes these names too, CPython 3.11 has none for them.
constexpr std::string_view kTangutPrefix = "TANGUT IDEOGRAPH-";

// CPython computes the names of Hangul syllables and unified ideographs and accepts them only
// as spelled in capitals (with 4 or 5 hex digits for the ideographs).
bool computed_name(std::string_view name, char32_t& out) {
  if (name.substr(0, kUnifiedPrefix.size()) == kUnifiedPrefix) {
    std::string_view hex = name.substr(kUnifiedPrefix.size());
    if (hex.size() != 4 && hex.size() != 5) return false;
    char32_t value = 0;
    for (char c : hex) {
      if (ascii_digit(static_cast<unsigned char>(c))) value = value * 16 + char32_t(c - '0');
      else if (c >= 'A' && c <= 'F') value = value * 16 + char32_t(c - 'A' + 10);
      else return false;
    }
    if (!known_to_python(value) || char_name(value).substr(0, kUnifiedPrefix.size()) != kUnifiedPrefix) return false;
    out = value;
    return true;
  }
  UErrorCode error = U_ZERO_ERROR;
  UChar32 c = u_charFromName(U_UNICODE_CHAR_NAME, std::string(name).c_str(), &error);
  if (U_FAILURE(error) || char_name(static_cast<char32_t>(c)) != name) return false;
  out = static_cast<char32_t>(c);
  return true;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Character classes

bool is_identifier_start(char32_t c) {
  if (c < 0x80) return ascii_letter(c) || c == '_';
  return has_property(c, UCHAR_XID_START);
}

bool is_identifier_continue(char32_t c) {
  if (c < 0x80) return ascii_letter(c) || ascii_digit(c) || c == '_';
  return has_property(c, UCHAR_XID_CONTINUE);
}

bool is_printable(char32_t c) {
  if (c < 0x80) return c >= 0x20 && c < 0x7F;
  return (category_mask(c) & (U_GC_C_MASK | U_GC_Z_MASK)) == 0;
}

bool is_alpha(char32_t c) {
  if (c < 0x80) return ascii_letter(c);
  return (category_mask(c) & U_GC_L_MASK) != 0;
}

bool is_decimal(char32_t c) {
  if (c < 0x80) return ascii_digit(c);
  return numeric_type(c) == U_NT_DECIMAL;
}

bool is_digit(char32_t c) {
  if (c < 0x80) return ascii_digit(c);
  int type = numeric_type(c);
  return type == U_NT_DECIMAL || type == U_NT_DIGIT;
}

bool is_numeric(char32_t c) {
  if (c < 0x80) return ascii_digit(c);
  return numeric_type(c) != U_NT_NONE;
}

bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  UCharDirection bidi = bidi_class(c);
  return (category_mask(c) & U_GC_ZS_MASK) != 0 || bidi == U_WHITE_SPACE_NEUTRAL || bidi == U_BLOCK_SEPARATOR ||
         bidi == U_SEGMENT_SEPARATOR;
}

bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return has_property(c, UCHAR_LOWERCASE);
}

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return has_property(c, UCHAR_UPPERCASE);
}

bool is_title(char32_t c) { return c >= 0x80 && (category_mask(c) & U_GC_LT_MASK) != 0; }

bool is_cased(char32_t c) {
  if (c < 0x80) return ascii_letter(c);
  return has_property(c, UCHAR_CASED);
}

bool is_case_ignorable(char32_t c) { return has_property(c, UCHAR_CASE_IGNORABLE); }

bool is_linebreak(char32_t c) {
  if (!known_to_python(c)) return false;
  int line_break = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_LINE_BREAK);
  return line_break == U_LB_MANDATORY_BREAK || line_break == U_LB_CARRIAGE_RETURN || line_break == U_LB_LINE_FEED ||
         line_break == U_LB_NEXT_LINE || bidi_class(c) == U_BLOCK_SEPARATOR;
}

int display_width(char32_t c) {
  if (c < 0x80 || !known_to_python(c)) return 1;
  int width = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

int decimal_value(char32_t c) {
  if (c < 0x80) return ascii_digit(c) ? int(c - '0') : -1;
  return is_decimal(c) ? u_charDigitValue(static_cast<UChar32>(c)) : -1;
}

// ---------------------------------------------------------------------------------------------
// Case mappings

void append_upper(char32_t c, std::u32string& out) {
  if (c < 0x80) out.push_back(c >= 'a' && c <= 'z' ? c - 32 : c);
  else append_mapping(c, Mapping::Upper, out);
}

void append_lower(char32_t c, std::u32string& out) {
  if (c < 0x80) out.push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
  else append_mapping(c, Mapping::Lower, out);
}

void append_title(char32_t c, std::u32string& out) {
  if (c < 0x80) out.push_back(c >= 'a' && c <= 'z' ? c - 32 : c);
  else append_mapping(c, Mapping::Title, out);
}

void append_casefold(char32_t c, std::u32string& out) {
  if (c < 0x80) out.push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
  else append_mapping(c, Mapping::Fold, out);
}

// ---------------------------------------------------------------------------------------------
// Normalisation and names

std::string nfkc(std::string_view utf8) {
  UErrorCode error = U_ZERO_ERROR;
  const UNormalizer2* normalizer = unorm2_getNFKCInstance(&error);
  if (U_FAILURE(error)) return std::string(utf8);
  std::u16string source = to_utf16(utf8);
  // NFKC can grow the text (U+FDFA becomes 18 code points); ask for the size when it does not fit.
  std::u16string result(source.size() * 2 + 16, u'\0');
  for (int attempt = 0; attempt < 2; ++attempt) {
    error = U_ZERO_ERROR;
    int32_t length =
        unorm2_normalize(normalizer, reinterpret_cast<const UChar*>(source.data()), static_cast<int32_t>(source.size()),
                         reinterpret_cast<UChar*>(result.data()), static_cast<int32_t>(result.size()), &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
      result.resize(static_cast<size_t>(length));
      continue;
    }
    if (U_FAILURE(error)) return std::string(utf8);
    result.resize(static_cast<size_t>(length));
    return to_utf8(result);
  }
  return std::string(utf8);
}

bool lookup_name(std::string_view name, char32_t& out) {
  // Every character name and alias is ASCII; ICU wants a C string.
  if (name.empty() || std::any_of(name.begin(), name.end(), [](char c) { return c == 0 || (c & 0x80); }))
    return false;
  if (name.substr(0, kHangulPrefix.size()) == kHangulPrefix || name.substr(0, kUnifiedPrefix.size()) == kUnifiedPrefix)
    return computed_name(name, out);
  std::string c_name(name);
  UErrorCode error = U_ZERO_ERROR;
  UChar32 c = u_charFromName(U_UNICODE_CHAR_NAME, c_name.c_str(), &error);
  if (U_SUCCESS(error) && known_to_python(static_cast<char32_t>(c))) {
    std::string canonical = char_name(static_cast<char32_t>(c));
    for (std::string_view computed : {kHangulPrefix, kUnifiedPrefix, kTangutPrefix}) {
      if (canonical.substr(0, computed.size()) == computed) return false;  // spelled other than in capitals
    }
    out = static_cast<char32_t>(c);
    return true;
  }
  error = U_ZERO_ERROR;
  c = u_charFromName(U_CHAR_NAME_ALIAS, c_name.c_str(), &error);
  if (U_SUCCESS(error) && known_to_python(static_cast<char32_t>(c)) &&
      std::find(std::begin(kCorrectionsAfter14), std::end(kCorrectionsAfter14), c) == std::end(kCorrectionsAfter14)) {
    out = static_cast<char32_t>(c);
    return true;
  }
  return alias_from_table(name, out);
}

}  // namespace looplab::unicode
