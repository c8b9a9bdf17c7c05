#include "app/cli.h"

#include <CLI/CLI.hpp>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "app/documents.h"
#include "app/terminal_run.h"
#include "app/window.h"

namespace looplab::app {
namespace {

constexpr const char* kVersionLine = "looplab " LOOPLAB_VERSION;
constexpr int kExitCannotOpen = 2;  // same code as a syntax error: the program could not be run
constexpr int kExitNoWindow = 1;

// Reads a file named on the command line, or says why not on stderr.
std::optional<Document> load_or_complain(const std::string& path) {
  Document document;
  std::string error;
  if (!load_document(path, document, error)) {
    std::fprintf(stderr, "looplab: %s\n", error.c_str());
    return std::nullopt;
  }
  return document;
}

bool display_variables_unset() {
  auto unset = [](const char* name) {
    const char* value = std::getenv(name);
    return value == nullptr || *value == '\0';
  };
  return unset("DISPLAY") && unset("WAYLAND_DISPLAY");
}

std::string no_display_explanation(const std::string& detail) {
  return "looplab: no display found (" + detail + "), so the window cannot open.\n"
         "To open it on a machine without a screen, run it under a virtual X server:\n"
         "    xvfb-run -a build/looplab";
}

std::string not_built_explanation() {
  return "looplab: the window is not built in (configured with -DLOOPLAB_BUILD_GUI=OFF).\n"
         "Use `looplab run FILE` or `looplab trace FILE`, or rebuild with -DLOOPLAB_BUILD_GUI=ON.";
}

// "1600x900" -> 1600, 900.
bool parse_size(const std::string& text, int& width, int& height) {
  const char* begin = text.data();
  const char* end = begin + text.size();
  auto [after_width, error1] = std::from_chars(begin, end, width);
  if (error1 != std::errc() || after_width == end || (*after_width != 'x' && *after_width != 'X')) return false;
  auto [after_height, error2] = std::from_chars(after_width + 1, end, height);
  return error2 == std::errc() && after_height == end && width > 0 && height > 0 && width <= 16384 &&
         height <= 16384;
}

void add_limit_options(CLI::App* command, RunLimits& limits) {
  command->add_option("--max-steps", limits.max_steps, "Stop after N line events")->type_name("N");
  command->add_option("--max-output", limits.max_output_bytes, "Stop after the program printed BYTES")
      ->type_name("BYTES");
  command->add_option("--max-memory", limits.max_memory_bytes, "Stop when the program uses more than BYTES")
      ->type_name("BYTES");
}

int command_run(const std::string& path, const RunLimits& limits, TerminalMode mode) {
  std::optional<Document> document = load_or_complain(path);
  if (!document) return kExitCannotOpen;
  return run_in_terminal(*document, limits, mode);
}

WindowRequest window_content(std::optional<Document> opened_file) {
  WindowRequest request;
  std::string warnings;
  request.lessons = load_builtin_lessons(warnings);
  std::fputs(warnings.c_str(), stderr);
  request.opened_file = std::move(opened_file);
  return request;
}

// `looplab [FILE]`: the window, or, where there is none, the program run in the terminal.
int command_window(const std::string& path) {
  std::optional<Document> opened_file;
  if (!path.empty()) {
    opened_file = load_or_complain(path);
    if (!opened_file) return kExitCannotOpen;
  }
  WindowRequest request = window_content(std::move(opened_file));

  std::string explanation;
  if (!window_is_built_in()) {
    explanation = not_built_explanation();
  } else if (display_variables_unset()) {
    explanation = no_display_explanation("DISPLAY and WAYLAND_DISPLAY are not set");
  } else {
    WindowResult result = open_main_window(request);
    switch (result.status) {
      case WindowResult::Status::Closed: return 0;
      case WindowResult::Status::NoDisplay: explanation = no_display_explanation(result.reason); break;
      case WindowResult::Status::NotBuilt: explanation = not_built_explanation(); break;
      case WindowResult::Status::Failed:
        std::fprintf(stderr, "looplab: %s\n", result.reason.c_str());
        return kExitNoWindow;
    }
  }
  const Document* shown = request.opened_file ? &*request.opened_file
                          : request.lessons.empty() ? nullptr
                                                    : &request.lessons.front();
  if (shown == nullptr) {
    std::fprintf(stderr, "%s\n", explanation.c_str());
    return kExitNoWindow;
  }
  return run_instead_of_window(explanation, *shown);
}

int command_render(const std::string& path, const std::string& png_path, const std::string& size, int frames) {
  RenderRequest request;
  if (!parse_size(size, request.width, request.height)) {
    std::fprintf(stderr, "looplab render: --size must look like 1600x900, not '%s'\n", size.c_str());
    return kExitCannotOpen;
  }
  request.png_path = png_path;
  request.frames = frames;
  std::optional<Document> opened_file;
  if (!path.empty()) {
    opened_file = load_or_complain(path);
    if (!opened_file) return kExitCannotOpen;
  }
  request.content = window_content(std::move(opened_file));
  if (!window_is_built_in()) {
    std::fprintf(stderr, "%s\n", not_built_explanation().c_str());
    return kExitNoWindow;
  }
  if (display_variables_unset()) {
    std::fprintf(stderr, "looplab render: no display found (DISPLAY and WAYLAND_DISPLAY are not set); "
                         "run it under a virtual X server: xvfb-run -a build/looplab render ...\n");
    return kExitNoWindow;
  }
  WindowResult result = render_screenshot(request);
  if (result.status != WindowResult::Status::Closed) {
    std::fprintf(stderr, "looplab render: %s\n", result.reason.c_str());
    return kExitNoWindow;
  }
  return 0;
}

}  // namespace

int run_command_line(int argc, char** argv) {
  CLI::App app{"looplab: step through Python asyncio programs and watch the tasks, stacks and event loop.\n"
               "Without a command, opens the window (on FILE, or on the built-in lessons).",
               "looplab"};
  app.set_version_flag("--version", kVersionLine, "Print the version and exit");
  app.require_subcommand(0, 1);

  std::string window_file;
  app.add_option("FILE", window_file, "Python file to open in the window")->type_name("FILE.py");

  RunLimits run_limits;
  std::string run_file;
  CLI::App* run = app.add_subcommand("run", "Run FILE; its stdout and stderr go to this terminal");
  run->add_option("FILE", run_file, "Python file to run")->required()->type_name("FILE.py");
  add_limit_options(run, run_limits);

  RunLimits trace_limits;
  std::string trace_file;
  CLI::App* trace = app.add_subcommand("trace", "Run FILE and print its text trace, one event per line");
  trace->add_option("FILE", trace_file, "Python file to trace")->required()->type_name("FILE.py");
  add_limit_options(trace, trace_limits);
  TraceExport trace_export;
  trace->add_flag("--stats", trace_export.stats,
                  "Record the full trace and print its size (steps, trace_bytes, bytes_per_step, record_seconds)");
  trace->add_option("--format", trace_export.format,
                    "text: the text trace; json: the full recorded trace; chrome: Chrome trace events (Perfetto)")
      ->check(CLI::IsMember({"text", "json", "chrome"}))
      ->capture_default_str();
  trace->add_option("-o,--output", trace_export.output, "Write to OUT instead of standard output")->type_name("OUT");

  std::string render_file, render_png, render_size = "1600x900";
  int render_frames = 3;
  CLI::App* render = app.add_subcommand("render", "Draw the window off screen and save it as a PNG");
  render->add_option("FILE", render_file, "Python file to show (default: the first lesson)")->type_name("FILE.py");
  render->add_option("-o,--output", render_png, "PNG file to write")->required()->type_name("OUT.png");
  render->add_option("--size", render_size, "Window size in pixels")->capture_default_str()->type_name("WxH");
  render->add_option("--frames", render_frames, "Frames to draw before the screenshot")->capture_default_str()
      ->type_name("N")
      ->check(CLI::Range(1, 1000));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error);
  }

  if (*run) return command_run(run_file, run_limits, TerminalMode::ProgramOutput);
  if (*trace) {
    std::optional<Document> document = load_or_complain(trace_file);
    if (!document) return kExitCannotOpen;
    return record_in_terminal(*document, trace_limits, trace_export);
  }
  if (*render) return command_render(render_file, render_png, render_size, render_frames);
  return command_window(window_file);
}

}  // namespace looplab::app
