#include "app/terminal_run.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string_view>

#include "core/trace.h"
#include "core/trace_export.h"

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

int record_in_terminal(const Document& document, const RunLimits& limits, const TraceExport& what) {
  if (what.format == "text" && !what.stats && what.output.empty())
    return run_in_terminal(document, limits, TerminalMode::Trace);
  // Refuse an unwritable OUT before spending the run on it.
  std::ofstream file;
  if (!what.output.empty()) {
    file.open(what.output, std::ios::binary);
    if (!file) {
      std::fprintf(stderr, "looplab trace: cannot write '%s'\n", what.output.c_str());
      return 2;
    }
  }
  Trace trace;
  std::string text_trace;
  RunRequest request;
  request.path = document.path;
  request.source = document.source;
  request.limits = limits;
  request.err = [](std::string_view text) { write_to(stderr, text); };
  request.out = [](std::string_view) {};
  request.record = &trace;
  if (what.format == "text" && !what.stats)
    request.trace = [&text_trace](std::string_view line) {
      text_trace.append(line);
      text_trace += '\n';
    };
  auto started = std::chrono::steady_clock::now();
  const RunOutcome outcome = run_scenario(request);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::fflush(stderr);

  std::ostream& out = what.output.empty() ? std::cout : file;
  if (what.stats) {
    size_t bytes = trace.memory_bytes();
    out << "steps: " << trace.size() << "\n"
        << "trace_bytes: " << bytes << "\n"
        << "bytes_per_step: " << (trace.empty() ? 0.0 : double(bytes) / double(trace.size())) << "\n"
        << "record_seconds: " << seconds << "\n";
  } else if (what.format == "json") {
    write_trace_json(trace, out);
  } else if (what.format == "chrome") {
    write_chrome_trace(trace, out);
  } else {
    out << text_trace;
  }
  out.flush();
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
