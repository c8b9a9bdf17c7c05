// Everything drawn inside the GLFW window: the menu bar, the panels, the About box.
// Knows nothing of GLFW or OpenGL setup (window.cpp does that); one call draws one frame.
#pragma once
#include <imgui.h>

#include <memory>
#include <string>
#include <vector>

#include "app/layout.h"
#include "app/panels/panel.h"
#include "app/window.h"

namespace looplab::app {

class MainWindow {
 public:
  explicit MainWindow(WindowRequest content);

  // Every string this window may show, for building the font atlas.
  std::string text_for_fonts() const;
  void set_code_font(ImFont* font) { code_font_ = font; }

  // Builds one ImGui frame (between ImGui::NewFrame and ImGui::Render).
  void draw_frame();
  bool quit_requested() const { return quit_requested_; }

 private:
  void draw_menu_bar();
  void draw_about_box();
  void show_lesson(int index);
  const Document* shown_document() const;

  std::vector<Document> lessons_;
  std::optional<Document> opened_file_;
  int shown_lesson_ = 0;  // index into lessons_, or kShowOpenedFile
  unsigned document_generation_ = 0;
  ImFont* code_font_ = nullptr;

  std::vector<std::unique_ptr<Panel>> panels_;  // in PanelId order
  float menu_bar_height_ = 0;
  Rect laid_out_area_;  // the work area the panels were last tiled for
  bool reset_layout_requested_ = true;
  bool source_focused_once_ = false;
  bool about_requested_ = false;
  bool quit_requested_ = false;

  static constexpr int kShowOpenedFile = -1;
};

}  // namespace looplab::app
