#include "app/fonts.h"

#include <fontconfig/fontconfig.h>

#include <cmath>
#include <cstdio>
#include <optional>

namespace looplab::app {
namespace {

constexpr float kUiFontPixels = 16.0f;
constexpr float kCodeFontPixels = 15.0f;
constexpr float kImGuiDefaultFontPixels = 13.0f;

struct FontFile {
  std::string path;
  int index = 0;  // face inside a .ttc collection: Noto Sans CJK keeps Simplified Chinese at 2
};

// Families in order of preference. fontconfig may answer with a substitute; any answer that has
// the Chinese characters this app needs is good enough.
constexpr const char* kUiFamilies[] = {"Noto Sans CJK SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei"};
constexpr const char* kCodeFamilies[] = {"Noto Sans Mono CJK SC", "WenQuanYi Micro Hei Mono",
                                         "WenQuanYi Zen Hei Mono"};

bool covers_chinese(FcPattern* font) {
  FcCharSet* charset = nullptr;
  if (FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) != FcResultMatch) return false;
  for (FcChar32 c : {U'中', U'栈', U'帧'})
    if (!FcCharSetHasChar(charset, c)) return false;
  return true;
}

// stb_truetype reads TrueType and OpenType/CFF outlines, not bitmap formats.
bool readable_by_imgui(FcPattern* font) {
  FcChar8* format = nullptr;
  if (FcPatternGetString(font, FC_FONTFORMAT, 0, &format) != FcResultMatch) return false;
  const std::string name(reinterpret_cast<const char*>(format));
  return name == "TrueType" || name == "CFF";
}

std::optional<FontFile> match_family(const char* family) {
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family));
  FcPatternAddInteger(pattern, FC_WEIGHT, FC_WEIGHT_REGULAR);
  FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result;
  FcPattern* font = FcFontMatch(nullptr, pattern, &result);
  FcPatternDestroy(pattern);
  if (font == nullptr) return std::nullopt;

  std::optional<FontFile> found;
  FcChar8* file = nullptr;
  int index = 0;
  if (covers_chinese(font) && readable_by_imgui(font) &&
      FcPatternGetString(font, FC_FILE, 0, &file) == FcResultMatch) {
    FcPatternGetInteger(font, FC_INDEX, 0, &index);
    found = FontFile{reinterpret_cast<const char*>(file), index};
  }
  FcPatternDestroy(font);
  return found;
}

template <size_t N>
std::optional<FontFile> find_first(const char* const (&families)[N]) {
  if (!FcInit()) return std::nullopt;
  for (const char* family : families)
    if (std::optional<FontFile> font = match_family(family)) return font;
  return std::nullopt;
}

ImFont* add_font(const FontFile& file, float pixels, const ImWchar* ranges) {
  ImFontConfig config;
  config.FontNo = file.index;
  config.OversampleH = 2;  // CJK glyphs are detailed enough; 3 only grows the atlas
  return ImGui::GetIO().Fonts->AddFontFromFileTTF(file.path.c_str(), pixels, &config, ranges);
}

void warn_once(const char* message) {
  static bool warned = false;
  if (!warned) std::fputs(message, stderr);
  warned = true;
}

}  // namespace

Fonts load_fonts(const std::string& displayed_text, float scale) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();

  // Basic Latin + Latin-1, plus every character the UI and the loaded programs contain.
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(atlas->GetGlyphRangesDefault());
  builder.AddText(displayed_text.c_str(), displayed_text.c_str() + displayed_text.size());
  ImVector<ImWchar> ranges;  // must outlive Build() below
  builder.BuildRanges(&ranges);

  Fonts fonts;
  if (std::optional<FontFile> ui_file = find_first(kUiFamilies)) {
    fonts.ui = add_font(*ui_file, std::round(kUiFontPixels * scale), ranges.Data);
    std::optional<FontFile> code_file = find_first(kCodeFamilies);
    fonts.code = add_font(code_file ? *code_file : *ui_file, std::round(kCodeFontPixels * scale), ranges.Data);
  }
  if (fonts.ui == nullptr || fonts.code == nullptr) {
    warn_once(
        "looplab: no font with Chinese characters was found through fontconfig (looked for Noto Sans CJK SC "
        "and WenQuanYi); Chinese text will show as '?'. Install the Debian package fonts-noto-cjk.\n");
    atlas->Clear();
    ImFontConfig config;
    config.SizePixels = std::round(kImGuiDefaultFontPixels * scale);
    fonts.ui = fonts.code = atlas->AddFontDefault(&config);
  }
  atlas->Build();
  atlas->ClearInputData();  // drops the font files (Noto CJK is ~20 MB each) once the atlas exists
  return fonts;
}

}  // namespace looplab::app
