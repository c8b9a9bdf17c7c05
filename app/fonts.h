// Fonts that can show Chinese. Found through fontconfig, and built only for the characters that
// are actually displayed: the common Chinese range lacks characters like 栈 and 帧, and the full
// range costs half a second per start.
#pragma once
#include <imgui.h>

#include <string>

namespace looplab::app {

struct Fonts {
  ImFont* ui = nullptr;    // menus, panel text
  ImFont* code = nullptr;  // the Source panel (monospaced where a monospaced CJK font exists)
};

// Replaces the contents of ImGui's font atlas with fonts covering `displayed_text` (UTF-8),
// sized for the window's content `scale`. Call before the renderer creates the font texture.
// When no CJK font is installed, uses ImGui's built-in font and says once on stderr why.
Fonts load_fonts(const std::string& displayed_text, float scale);

}  // namespace looplab::app
