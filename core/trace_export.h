// Exports of a recorded trace: a versioned JSON document from which every state can be rebuilt
// (and which read_trace_json reads back), and Chrome trace events for Perfetto / chrome://tracing.
#pragma once
#include <iosfwd>
#include <string>

#include "core/trace.h"

namespace looplab {

constexpr int kTraceJsonVersion = 1;

// The JSON export, format "looplab-trace" version 1 (documented in docs of trace_export.cpp).
void write_trace_json(const Trace& trace, std::ostream& out);
// Rebuilds a trace from write_trace_json's output. On failure returns false with `error` set.
bool read_trace_json(std::istream& in, Trace& trace, std::string& error);
// Chrome trace-event JSON: one track per task, a slice per run of consecutive steps of a task,
// instants for prints, time = virtual time in microseconds.
void write_chrome_trace(const Trace& trace, std::ostream& out);

}  // namespace looplab
