// The look of looplab in one place: the dark ImGui style, and the semantic colours that panels
// use (task states, line numbers, placeholders). Panels never pick raw colours themselves.
#pragma once
#include <imgui.h>

#include <array>

namespace looplab::app {

// The states a task is drawn in. Every panel that shows a task colours it with task_state_color().
enum class TaskState { Running, Ready, Sleeping, Waiting, Done, Cancelled, Failed };
inline constexpr std::array kAllTaskStates = {TaskState::Running,  TaskState::Ready,     TaskState::Sleeping,
                                              TaskState::Waiting,  TaskState::Done,      TaskState::Cancelled,
                                              TaskState::Failed};

const char* task_state_name(TaskState state);  // "running", "ready", ...
ImVec4 task_state_color(TaskState state);

// Colours for parts of the UI that are not tasks.
struct UiColors {
  ImVec4 line_number;     // the Source panel's gutter
  ImVec4 placeholder;     // "X appears here when ..." text
  ImVec4 heading;         // a panel's own heading line (e.g. the lesson title)
  ImVec4 window_background;  // behind the panels (glClearColor)
};
const UiColors& ui_colors();

// Applies the dark style, with every size multiplied by `scale` (the window's content scale).
void apply_dark_theme(float scale);

}  // namespace looplab::app
