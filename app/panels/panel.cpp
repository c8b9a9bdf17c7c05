#include "app/panels/panel.h"

#include "app/theme.h"

namespace looplab::app {

void Panel::draw(const PanelContext& context, const Rect* place_at) {
  if (!visible_) return;
  if (place_at != nullptr) {
    ImGui::SetNextWindowPos(ImVec2(place_at->x, place_at->y), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(place_at->width, place_at->height), ImGuiCond_Always);
  }
  // The title is also the ImGui ID (and the key in imgui.ini).
  if (ImGui::Begin(title_, &visible_, ImGuiWindowFlags_NoCollapse)) draw_contents(context);
  ImGui::End();
}

void draw_placeholder(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ui_colors().placeholder);
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

std::vector<std::unique_ptr<Panel>> all_panels() {
  std::vector<std::unique_ptr<Panel>> panels;
  panels.push_back(make_source_panel());
  panels.push_back(make_tasks_panel());
  panels.push_back(make_stacks_panel());
  panels.push_back(make_event_loop_panel());
  panels.push_back(make_console_panel());
  panels.push_back(make_timeline_panel());
  panels.push_back(make_narration_panel());
  return panels;
}

}  // namespace looplab::app
