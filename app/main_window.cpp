#include "app/main_window.h"

#include <cassert>

#include "app/theme.h"

namespace looplab::app {
namespace {

constexpr const char* kAboutTitle = "About looplab";
constexpr const char* kAboutText =
    "looplab " LOOPLAB_VERSION "\n\n"
    "Steps through Python asyncio programs to show how the event loop runs\n"
    "tasks and coroutines. The built-in lessons are the examples of the article\n"
    "\"对 Python 异步思想的理解\" (understanding async in Python).";
// Fixed menu strings; lesson titles come from the lessons themselves.
constexpr const char* kMenuText = "File Open... Quit Ctrl+Q View Reset layout Lesson Help About... Close";

}  // namespace

MainWindow::MainWindow(WindowRequest content)
    : lessons_(std::move(content.lessons)), opened_file_(std::move(content.opened_file)), panels_(all_panels()) {
  for (size_t i = 0; i < panels_.size(); ++i) assert(static_cast<size_t>(panels_[i]->id()) == i);
  shown_lesson_ = opened_file_ ? kShowOpenedFile : 0;
}

std::string MainWindow::text_for_fonts() const {
  std::string text = std::string(kMenuText) + kAboutTitle + kAboutText;
  for (const auto& panel : panels_) text += panel->text_for_fonts();
  for (const Document& lesson : lessons_) text += lesson.title + lesson.file_name + lesson.source;
  if (opened_file_) text += opened_file_->title + opened_file_->file_name + opened_file_->source;
  return text;
}

const Document* MainWindow::shown_document() const {
  if (shown_lesson_ == kShowOpenedFile) return opened_file_ ? &*opened_file_ : nullptr;
  if (shown_lesson_ >= 0 && shown_lesson_ < static_cast<int>(lessons_.size())) return &lessons_[shown_lesson_];
  return nullptr;
}

void MainWindow::show_lesson(int index) {
  if (index == shown_lesson_) return;
  shown_lesson_ = index;
  ++document_generation_;
}

void MainWindow::draw_frame() {
  draw_menu_bar();

  // Tile the panels below the menu bar whenever the window's size changes (or on request);
  // in between, the user may move and resize them freely.
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const Rect work_area{viewport->Pos.x, viewport->Pos.y + menu_bar_height_, viewport->Size.x,
                       viewport->Size.y - menu_bar_height_};
  const bool place = reset_layout_requested_ || !(work_area == laid_out_area_);
  const PanelLayout layout = default_layout(work_area);
  laid_out_area_ = work_area;
  reset_layout_requested_ = false;

  const PanelContext context{shown_document(), document_generation_, code_font_};
  for (const auto& panel : panels_) panel->draw(context, place ? &slot(layout, panel->id()) : nullptr);
  if (!source_focused_once_) {  // otherwise the last panel drawn would start out focused
    ImGui::SetWindowFocus(panels_[static_cast<int>(PanelId::Source)]->title());
    source_focused_once_ = true;
  }

  draw_about_box();
}

void MainWindow::draw_menu_bar() {
  if (!ImGui::BeginMainMenuBar()) return;
  menu_bar_height_ = ImGui::GetWindowSize().y;

  if (ImGui::BeginMenu("File")) {
    ImGui::MenuItem("Open...", nullptr, false, /*enabled=*/false);  // a file dialog comes later
    ImGui::Separator();
    if (ImGui::MenuItem("Quit", "Ctrl+Q")) quit_requested_ = true;  // the key itself: window.cpp
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    for (const auto& panel : panels_) ImGui::MenuItem(panel->title(), nullptr, &panel->visible());
    ImGui::Separator();
    if (ImGui::MenuItem("Reset layout")) reset_layout_requested_ = true;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Lesson")) {
    if (opened_file_) {
      if (ImGui::MenuItem(opened_file_->title.c_str(), opened_file_->file_name.c_str(),
                          shown_lesson_ == kShowOpenedFile))
        show_lesson(kShowOpenedFile);
      ImGui::Separator();
    }
    if (lessons_.empty()) ImGui::MenuItem("(no built-in lessons found)", nullptr, false, false);
    for (int i = 0; i < static_cast<int>(lessons_.size()); ++i) {
      ImGui::PushID(i);
      if (ImGui::MenuItem(lessons_[i].title.c_str(), lessons_[i].file_name.c_str(), shown_lesson_ == i))
        show_lesson(i);
      ImGui::PopID();
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    // Opening the popup here would tie it to the menu's ID stack; do it after the menu bar.
    if (ImGui::MenuItem("About...")) about_requested_ = true;
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}

void MainWindow::draw_about_box() {
  if (about_requested_) {
    ImGui::OpenPopup(kAboutTitle);
    about_requested_ = false;
  }
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(kAboutTitle, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(kAboutText);
    ImGui::Spacing();
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
      ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
}

}  // namespace looplab::app
