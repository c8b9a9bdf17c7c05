// Saving what OpenGL drew: `looplab render` and the GUI tests look at the app through this.
#pragma once
#include <string>

namespace looplab::app {

// Reads the current context's back buffer (call after rendering, before swapping) and writes
// it as an RGB PNG. On failure returns false and sets `error`.
bool write_back_buffer_png(const std::string& path, int width, int height, std::string& error);

}  // namespace looplab::app
