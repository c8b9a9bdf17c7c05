// Stand-in for window.cpp when the project is configured with -DLOOPLAB_BUILD_GUI=OFF.
#include "app/window.h"

namespace looplab::app {
namespace {

WindowResult not_built() {
  return {WindowResult::Status::NotBuilt,
          "the window is not built in (this looplab was configured with -DLOOPLAB_BUILD_GUI=OFF)"};
}

}  // namespace

bool window_is_built_in() { return false; }
WindowResult open_main_window(const WindowRequest&) { return not_built(); }
WindowResult render_screenshot(const RenderRequest&) { return not_built(); }

}  // namespace looplab::app
