// Running a scenario in the terminal: `looplab run`, `looplab trace`, and what `looplab` shows
// when it cannot open a window.
#pragma once
#include <string>

#include "app/documents.h"
#include "core/engine.h"

namespace looplab::app {

enum class TerminalMode {
  ProgramOutput,  // `run`: the program's stdout to stdout, its stderr to stderr
  Trace,          // `trace`: the text trace to stdout (prints appear as events), stderr as above
};

// Runs `document` through the engine and returns the scenario's exit code.
int run_in_terminal(const Document& document, const RunLimits& limits, TerminalMode mode);

// `looplab trace FILE --stats / --format json|chrome [-o OUT]`: records the full trace, then
// prints its statistics or writes an export (to OUT, or stdout). Returns the scenario's exit code,
// or 2 when OUT cannot be written.
struct TraceExport {
  bool stats = false;
  std::string format = "text";  // text | json | chrome
  std::string output;           // "" = stdout
};
int record_in_terminal(const Document& document, const RunLimits& limits, const TraceExport& what);

// Prints `explanation` (why there is no window and how to get one) on stderr, then runs
// `document` in the terminal so the user still sees something. Returns the scenario's exit code.
int run_instead_of_window(const std::string& explanation, const Document& document);

}  // namespace looplab::app
