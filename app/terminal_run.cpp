#include "app/terminal_run.h"

#include <cstdio>
#include <string_view>

namespace looplab::app {
namespace {

void write_to(FILE* stream, std::string_view text) { std::fwrite(text.data(), 1, text.size(), stream); }

}  // namespace

int run_in_terminal(const Document& document, const RunLimits& limits, TerminalMode mode) {
  RunRequest request;
  request.path = document.path;
  request.source = document.source;
  request.limits = limits;
  request.err = [](std::string_view text) { write_to(stderr, text); };
  if (mode == TerminalMode::Trace) {
    request.out = [](std::string_view) {};  // prints show up as trace events instead
    request.trace = [](std::string_view line) {
      write_to(stdout, line);
      std::fputc('\n', stdout);
    };
  } else {
    request.out = [](std::string_view text) { write_to(stdout, text); };
  }
  const RunOutcome outcome = run_scenario(request);
  std::fflush(stdout);
  std::fflush(stderr);
  return static_cast<int>(outcome.exit);
}

int run_instead_of_window(const std::string& explanation, const Document& document) {
  std::fprintf(stderr, "%s\nMeanwhile, here is %s (%s) run in the terminal:\n\n", explanation.c_str(),
               document.file_name.c_str(), document.title.c_str());
  std::fflush(stderr);

  bool printed_anything = false;
  RunRequest request;
  request.path = document.path;
  request.source = document.source;
  request.out = [&printed_anything](std::string_view text) {
    printed_anything = printed_anything || !text.empty();
    write_to(stdout, text);
  };
  request.err = [](std::string_view text) { write_to(stderr, text); };
  const RunOutcome outcome = run_scenario(request);
  std::fflush(stdout);
  if (!printed_anything && outcome.exit == ExitCode::Ok) std::fprintf(stderr, "(the program printed nothing)\n");
  std::fflush(stderr);
  return static_cast<int>(outcome.exit);
}

}  // namespace looplab::app
