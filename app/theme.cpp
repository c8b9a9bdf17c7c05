#include "app/theme.h"

namespace looplab::app {
namespace {

ImVec4 rgb(int r, int g, int b) { return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, 1.0f); }

}  // namespace

const char* task_state_name(TaskState state) {
  switch (state) {
    case TaskState::Running: return "running";
    case TaskState::Ready: return "ready";
    case TaskState::Sleeping: return "sleeping";
    case TaskState::Waiting: return "waiting";
    case TaskState::Done: return "done";
    case TaskState::Cancelled: return "cancelled";
    case TaskState::Failed: return "failed";
  }
  return "?";
}

// Chosen to stay apart from each other on the dark background, and not to rely on red/green alone:
// running is the brightest, finished states are muted.
ImVec4 task_state_color(TaskState state) {
  switch (state) {
    case TaskState::Running: return rgb(0x4c, 0xd9, 0x64);    // green
    case TaskState::Ready: return rgb(0x5a, 0xa9, 0xff);      // blue
    case TaskState::Sleeping: return rgb(0xb3, 0x8c, 0xff);   // violet
    case TaskState::Waiting: return rgb(0xff, 0xc1, 0x4d);    // amber
    case TaskState::Done: return rgb(0x8a, 0x8f, 0x98);       // grey
    case TaskState::Cancelled: return rgb(0xc9, 0x7b, 0x4a);  // rust
    case TaskState::Failed: return rgb(0xff, 0x5c, 0x5c);     // red
  }
  return rgb(0xff, 0xff, 0xff);
}

const UiColors& ui_colors() {
  static const UiColors colors{
      .line_number = rgb(0x6e, 0x76, 0x81),
      .placeholder = rgb(0x9a, 0xa1, 0xab),
      .heading = rgb(0xe6, 0xc0, 0x7b),
      .window_background = rgb(0x16, 0x18, 0x1d),
  };
  return colors;
}

void apply_dark_theme(float scale) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 0.0f;  // tiled panels look better with square corners
  style.WindowBorderSize = 1.0f;
  style.FrameRounding = 3.0f;
  style.WindowPadding = ImVec2(10, 8);
  style.ItemSpacing = ImVec2(8, 5);

  ImVec4* colors = style.Colors;
  colors[ImGuiCol_WindowBg] = rgb(0x1e, 0x21, 0x27);
  colors[ImGuiCol_ChildBg] = rgb(0x1a, 0x1d, 0x22);
  colors[ImGuiCol_MenuBarBg] = rgb(0x2a, 0x2e, 0x36);
  colors[ImGuiCol_TitleBg] = rgb(0x25, 0x29, 0x31);
  colors[ImGuiCol_TitleBgActive] = rgb(0x2f, 0x4b, 0x73);
  colors[ImGuiCol_Border] = rgb(0x3a, 0x3f, 0x4a);
  style.ScaleAllSizes(scale);
}

}  // namespace looplab::app
