#include "core/text_trace.h"

#include <cmath>
#include <cstdio>

#include "core/pyformat.h"

namespace looplab {

std::string format_trace_time(double t) {
  double ms = std::round(t * 1000.0);
  if (ms / 1000.0 == t) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f", t);
    return buf;
  }
  return pyformat::float_repr(t);
}

std::string json_quote(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += char(c);
        }
    }
  }
  return out + "\"";
}

std::string task_name_of(const Value& task) {
  if (!task.is(K_Instance)) return "";
  const Value& dict = task.as<Instance>()->dict;
  Value name;
  if (dict.is_none() || !dict_get_str(dict.as<Dict>(), intern("_name"), name) || !name.is(K_Str)) return "";
  return name.as<Str>()->s;
}

std::string TextTraceWriter::task_name() const {
  std::string name = task_name_of(vm_.current_task);
  return name.empty() ? "main" : name;
}

void TextTraceWriter::scenario_location(std::string& func, int& line) {
  Frame* f = vm_.current_frame();
  while (f && !f->code->user_code) f = f->back;
  if (!f) {
    func = "<module>";
    line = last_module_line_;
    return;
  }
  func = f->code->name;
  line = f->current_line();
  if (line <= 0) line = f->last_line > 0 ? f->last_line : f->code->firstlineno;
}

void TextTraceWriter::on_spawn(const Value& task, const Value& coro) {
  PendingSpawn s;
  s.time = format_trace_time(vm_.now);
  s.task = task_name();
  scenario_location(s.func, s.line);
  s.spawned = task;
  s.coro_name = coro.is(K_Generator) ? coro.as<Generator>()->frame->code->name : type_name(coro);
  // Every task is the scenario's, library coroutines included (create_task(asyncio.sleep(1))):
  // asyncio.run's own shutdown tasks are simply never announced by the library.
  pending_spawns_.push_back(std::move(s));
}

// Spawns are written late on purpose: create_task(c, name=...) names the task after creating it,
// and the trace shows the final name. Nothing of the scenario runs in between.
void TextTraceWriter::flush_spawns() {
  std::vector<PendingSpawn> pending = std::move(pending_spawns_);
  pending_spawns_.clear();
  for (auto& s : pending)
    sink_("t=" + s.time + " " + s.task + " " + s.func + ":" + std::to_string(s.line) + " spawn " +
          task_name_of(s.spawned) + " " + s.coro_name);
}

void TextTraceWriter::write(const std::string& func, int line, std::string_view kind, std::string_view detail) {
  flush_spawns();
  std::string text = "t=" + format_trace_time(vm_.now) + " " + task_name() + " " + func + ":" +
                     std::to_string(line) + " " + std::string(kind);
  if (!detail.empty()) {
    text += ' ';
    text += detail;
  }
  sink_(text);
}

void TextTraceWriter::write_at(Frame& frame, std::string_view kind, std::string_view detail) {
  int line = frame.current_line();
  if (line <= 0) line = frame.last_line > 0 ? frame.last_line : frame.code->firstlineno;
  write(frame.code->name, line, kind, detail);
  if (frame.code->name == "<module>") last_module_line_ = line;
}

void TextTraceWriter::on_line(Frame& frame, int line) {
  write(frame.code->name, line, "line");
  if (frame.code->name == "<module>") last_module_line_ = line;
}

void TextTraceWriter::on_enter(Frame& frame, bool resumed) {
  if (frame.code->flags & (CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    write_at(frame, resumed ? "resume" : "start");
    return;
  }
  // Like sys.settrace: a call (or a generator's re-entry) is reported at the first line.
  int line = resumed ? frame.current_line() : frame.code->firstlineno;
  write(frame.code->name, line > 0 ? line : frame.code->firstlineno, "call");
}

void TextTraceWriter::on_leave(Frame& frame, bool suspended, const Value& value) {
  if (suspended && (frame.code->flags & (CO_COROUTINE | CO_ASYNC_GENERATOR))) {
    // What the coroutine now waits on: a bare yield (sleep(0)), a task, or a future's class.
    std::string name = task_name_of(value);
    std::string detail = value.is_none() ? "yield" : !name.empty() ? "task " + name : type_name(value);
    write_at(frame, "suspend", detail);
    return;
  }
  write_at(frame, "return");
}

void TextTraceWriter::on_exception(Frame& frame, const Value& exc) {
  write_at(frame, "exception", type_of(exc)->name);
}

void TextTraceWriter::on_unwind(Frame& frame) { write_at(frame, "raise"); }

// sys.settrace reports this exit as a `return` with the frame at its yield, which CPython's
// tracer tells apart by the instruction: a yield.
void TextTraceWriter::on_unwind_at_yield(Frame& frame) { on_leave(frame, true, Value::none()); }

void TextTraceWriter::on_output_line(std::string_view line) {
  std::string func;
  int at;
  scenario_location(func, at);
  write(func, at, "print", json_quote(line));
}

void TextTraceWriter::end(const std::string& outcome) {
  flush_spawns();
  sink_("t=" + format_trace_time(vm_.now) + " end " + outcome);
}

}  // namespace looplab
