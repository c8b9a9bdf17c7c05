// Tasks: every asyncio task of the run and its state.
#include "app/panels/panel.h"
#include "app/theme.h"

namespace looplab::app {
namespace {

class TasksPanel final : public Panel {
 public:
  TasksPanel() : Panel(PanelId::Tasks, "Tasks") {}

  std::string text_for_fonts() const override {
    std::string text = std::string(title()) + kPlaceholder + kKeyHeading;
    for (TaskState state : kAllTaskStates) text += task_state_name(state);
    return text;
  }

 protected:
  void draw_contents(const PanelContext&) override {
    draw_placeholder(kPlaceholder);
    ImGui::Spacing();
    // The colour key is real: it is how every panel will colour a task's state.
    ImGui::TextUnformatted(kKeyHeading);
    for (TaskState state : kAllTaskStates) {
      ImGui::SameLine();
      ImGui::TextColored(task_state_color(state), "%s", task_state_name(state));
    }
  }

 private:
  static constexpr const char* kPlaceholder = "Tasks appear here when the engine records a run.";
  static constexpr const char* kKeyHeading = "Colours:";
};

}  // namespace

std::unique_ptr<Panel> make_tasks_panel() { return std::make_unique<TasksPanel>(); }

}  // namespace looplab::app
