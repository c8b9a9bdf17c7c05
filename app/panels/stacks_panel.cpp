// Stacks: the frames of each task's call stack.
#include "app/panels/panel.h"

namespace looplab::app {
namespace {

class StacksPanel final : public Panel {
 public:
  StacksPanel() : Panel(PanelId::Stacks, "Stacks") {}

  std::string text_for_fonts() const override { return std::string(title()) + kPlaceholder; }

 protected:
  void draw_contents(const PanelContext&) override { draw_placeholder(kPlaceholder); }

 private:
  static constexpr const char* kPlaceholder =
      "Each task's call stack, one frame (栈帧) per call, appears here when the engine records a run.";
};

}  // namespace

std::unique_ptr<Panel> make_stacks_panel() { return std::make_unique<StacksPanel>(); }

}  // namespace looplab::app
