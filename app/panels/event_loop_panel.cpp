// Event loop: what the loop will run next, and what it is waiting for.
#include "app/panels/panel.h"

namespace looplab::app {
namespace {

class EventLoopPanel final : public Panel {
 public:
  EventLoopPanel() : Panel(PanelId::EventLoop, "Event loop") {}

  std::string text_for_fonts() const override { return std::string(title()) + kPlaceholder; }

 protected:
  void draw_contents(const PanelContext&) override { draw_placeholder(kPlaceholder); }

 private:
  static constexpr const char* kPlaceholder =
      "The event loop's ready queue and timers appear here when the engine records a run.";
};

}  // namespace

std::unique_ptr<Panel> make_event_loop_panel() { return std::make_unique<EventLoopPanel>(); }

}  // namespace looplab::app
