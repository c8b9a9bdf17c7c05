// The engine's public entry point: run one scenario file and report how it ended.
// The CLI and the GUI both go through here; neither prints on the engine's behalf.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace looplab {

// Exit codes of `looplab run`, shared by every front end.
enum class ExitCode : int {
  Ok = 0,
  UncaughtException = 1,
  SyntaxError = 2,   // also "unsupported feature"
  LimitReached = 3,  // step budget, memory, output size
  Deadlock = 4,
};

// A problem found in a scenario file before or while it runs.
// line and col are 1-based (col counts Unicode code points), 0 when unknown.
struct Diagnostic {
  std::string file;
  int line = 0;
  int col = 0;
  std::string kind;     // "SyntaxError", "IndentationError", "TabError", "error"
  std::string message;  // without the file/line prefix
  std::string source_line;
  int caret_end_col = 0;  // 1-based exclusive end of the underline; 0 means one caret

  // "FILE:LINE:COL: KIND: MESSAGE" followed by the source line and a caret line.
  std::string format() const;
};

struct RunLimits {
  uint64_t max_steps = 10'000'000;          // line events; --max-steps
  uint64_t max_output_bytes = 64ull << 20;  // --max-output
  uint64_t max_memory_bytes = 1ull << 30;   // --max-memory
};

// Receives the text trace of `looplab trace` one line at a time (without the newline).
using TraceLineSink = std::function<void(std::string_view)>;
// Receives program output as it is produced.
using TextSink = std::function<void(std::string_view)>;

struct RunRequest {
  std::string path;          // shown in diagnostics and tracebacks
  std::string source;        // the file's bytes
  RunLimits limits;
  TextSink out;              // stdout of the scenario
  TextSink err;              // stderr: tracebacks, warnings, limit messages
  TraceLineSink trace;       // optional: text trace lines
  class Trace* record = nullptr;  // optional: records the full trace here (core/trace.h)
};

struct RunOutcome {
  ExitCode exit = ExitCode::Ok;
  std::string end_line;      // "ok", "exception ValueError: oops", "deadlock", "limit steps"
  double final_time = 0.0;   // virtual clock at the end
  uint64_t steps = 0;        // line events executed
};

// Runs a scenario to completion (or to a limit). Never throws for problems in the scenario itself.
RunOutcome run_scenario(const RunRequest& request);

// The text of line `line` (1-based) of `source`, without its line ending or trailing spaces;
// "" past the end. Diagnostics and tracebacks quote the offending line with it.
std::string source_line_at(std::string_view source, int line);

// Reads a file into `out`; on failure returns false and sets `error` to a readable reason.
bool read_source_file(const std::string& path, std::string& out, std::string& error);

}  // namespace looplab
