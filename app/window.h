// The two ways `looplab` uses a real window: interactively, and to render a screenshot.
// Built from window.cpp with the GUI, or from window_not_built.cpp without it.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app/documents.h"

namespace looplab::app {

struct WindowResult {
  enum class Status {
    Closed,     // the user closed the window (or pressed Ctrl+Q); exit 0
    NoDisplay,  // no display, or GLFW could not create the window; `reason` says which
    NotBuilt,   // configured with LOOPLAB_BUILD_GUI=OFF
    Failed,     // something else went wrong; `reason` says what
  };
  Status status = Status::Closed;
  std::string reason;
};

struct WindowRequest {
  std::vector<Document> lessons;          // the Lesson menu
  std::optional<Document> opened_file;    // `looplab FILE.py`: shown instead of the first lesson
};

struct RenderRequest {
  WindowRequest content;
  std::string png_path;
  int width = 1600;
  int height = 900;
  int frames = 3;  // ImGui needs a couple of frames before sizes settle
};

// Whether this binary was built with the window at all.
bool window_is_built_in();

// Opens the main window and runs until it is closed.
WindowResult open_main_window(const WindowRequest& request);

// Draws `frames` frames into a hidden window and writes the last one to a PNG.
WindowResult render_screenshot(const RenderRequest& request);

}  // namespace looplab::app
