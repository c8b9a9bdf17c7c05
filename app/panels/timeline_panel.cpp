// Timeline: which task ran at each step.
#include "app/panels/panel.h"

namespace looplab::app {
namespace {

class TimelinePanel final : public Panel {
 public:
  TimelinePanel() : Panel(PanelId::Timeline, "Timeline") {}

  std::string text_for_fonts() const override { return std::string(title()) + kPlaceholder; }

 protected:
  void draw_contents(const PanelContext&) override { draw_placeholder(kPlaceholder); }

 private:
  static constexpr const char* kPlaceholder =
      "A timeline of which task ran when appears here when the engine records a run.";
};

}  // namespace

std::unique_ptr<Panel> make_timeline_panel() { return std::make_unique<TimelinePanel>(); }

}  // namespace looplab::app
