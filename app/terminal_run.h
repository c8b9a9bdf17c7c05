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

// Prints `explanation` (why there is no window and how to get one) on stderr, then runs
// `document` in the terminal so the user still sees something. Returns the scenario's exit code.
int run_instead_of_window(const std::string& explanation, const Document& document);

}  // namespace looplab::app
