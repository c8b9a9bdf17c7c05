// The text trace of `looplab trace` (../shared/trace-format.md): one line per event,
// `t=<time> <task> <func>:<line> <kind> [detail]`, diffable against CPython.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/engine.h"
#include "core/vm.h"

namespace looplab {

// "3.000" when the clock is a whole number of milliseconds, else Python's repr of the float.
std::string format_trace_time(double t);
// The name of an asyncio Task (its `_name` attribute), or "" for anything else.
std::string task_name_of(const Value& task);
// JSON string literal with non-ASCII kept as is (Python's json.dumps(s, ensure_ascii=False)).
std::string json_quote(std::string_view s);

class TextTraceWriter : public ExecutionObserver {
 public:
  TextTraceWriter(VM& vm, TraceLineSink sink) : vm_(vm), sink_(std::move(sink)) {}

  void on_line(Frame& frame, int line) override;
  void on_enter(Frame& frame, bool resumed) override;
  void on_leave(Frame& frame, bool suspended, const Value& value) override;
  void on_exception(Frame& frame, const Value& exc) override;
  void on_unwind(Frame& frame) override;
  void on_unwind_at_yield(Frame& frame) override;
  void on_output_line(std::string_view line) override;
  void on_spawn(const Value& task, const Value& coro) override;
  // The closing `end` line.
  void end(const std::string& outcome);

 private:
  void write(const std::string& func, int line, std::string_view kind, std::string_view detail = {});
  void write_at(Frame& frame, std::string_view kind, std::string_view detail = {});
  std::string task_name() const;
  void flush_spawns();
  // Frame* and location where the innermost scenario frame stands now.
  void scenario_location(std::string& func, int& line);

  struct PendingSpawn {
    std::string time, task, func;
    int line;
    Value spawned;
    std::string coro_name;
  };
  std::vector<PendingSpawn> pending_spawns_;
  VM& vm_;
  TraceLineSink sink_;
  int last_module_line_ = 0;
};

}  // namespace looplab
