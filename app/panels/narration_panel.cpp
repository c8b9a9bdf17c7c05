// Narration: what the current step means.
#include "app/panels/panel.h"

namespace looplab::app {
namespace {

class NarrationPanel final : public Panel {
 public:
  NarrationPanel() : Panel(PanelId::Narration, "Narration") {}

  std::string text_for_fonts() const override { return std::string(title()) + kPlaceholder; }

 protected:
  void draw_contents(const PanelContext&) override { draw_placeholder(kPlaceholder); }

 private:
  static constexpr const char* kPlaceholder =
      "A plain-language explanation of each step appears here when the engine records a run.";
};

}  // namespace

std::unique_ptr<Panel> make_narration_panel() { return std::make_unique<NarrationPanel>(); }

}  // namespace looplab::app
