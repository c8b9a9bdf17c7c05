// Console: what the program prints.
#include "app/panels/panel.h"

namespace looplab::app {
namespace {

class ConsolePanel final : public Panel {
 public:
  ConsolePanel() : Panel(PanelId::Console, "Console") {}

  std::string text_for_fonts() const override { return std::string(title()) + kPlaceholder; }

 protected:
  void draw_contents(const PanelContext&) override { draw_placeholder(kPlaceholder); }

 private:
  static constexpr const char* kPlaceholder =
      "The program's output appears here when the engine runs it.";
};

}  // namespace

std::unique_ptr<Panel> make_console_panel() { return std::make_unique<ConsolePanel>(); }

}  // namespace looplab::app
