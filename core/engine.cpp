#include "core/engine.h"

#include <pthread.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/compiler.h"
#include "core/parser.h"
#include "core/pyformat.h"
#include "core/text_trace.h"
#include "core/trace_recorder.h"
#include "core/vm.h"

namespace looplab {

std::string Diagnostic::format() const {
  std::ostringstream os;
  os << file << ':' << line << ':' << col << ": " << kind << ": " << message << '\n';
  if (!source_line.empty()) {
    size_t indent = source_line.find_first_not_of(" \t\f");
    if (indent == std::string::npos) indent = source_line.size();
    std::string shown = source_line.substr(indent);
    int indent_cp = int(pyformat::utf8_length(source_line.substr(0, indent)));
    os << "    " << shown << '\n';
    int caret_col = std::max(0, col - 1 - indent_cp);
    int width = caret_end_col > col ? caret_end_col - col : 1;
    // Wide (CJK) characters take two columns in a terminal; count them so the caret lines up.
    std::u32string prefix = pyformat::utf8_decode(shown);
    int pad = 0;
    for (int i = 0; i < caret_col && i < int(prefix.size()); ++i) {
      char32_t c = prefix[size_t(i)];
      pad += (c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                              (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60) ||
                              (c >= 0x20000 && c <= 0x3FFFD)))
                 ? 2
                 : 1;
    }
    pad += std::max(0, caret_col - int(prefix.size()));
    os << "    " << std::string(size_t(pad), ' ') << std::string(size_t(width), '^') << '\n';
  }
  return os.str();
}

std::string source_line_at(std::string_view source, int line) {
  size_t start = 0;
  for (int current = 1; current < line; ++current) {
    size_t nl = source.find('\n', start);
    if (nl == std::string_view::npos) return "";
    start = nl + 1;
  }
  size_t end = source.find('\n', start);
  std::string text(source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
  while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) text.pop_back();
  return text;
}

bool read_source_file(const std::string& path, std::string& out, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open '" + path + "'";
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return true;
}

namespace {

// Lets the text trace and the recorder listen to the same run.
class ObserverPair : public ExecutionObserver {
 public:
  ObserverPair(ExecutionObserver* a, ExecutionObserver* b) : a_(a), b_(b) {}
  void on_line(Frame& f, int line) override { a_->on_line(f, line), b_->on_line(f, line); }
  void on_enter(Frame& f, bool resumed) override { a_->on_enter(f, resumed), b_->on_enter(f, resumed); }
  void on_leave(Frame& f, bool suspended, const Value& v) override {
    a_->on_leave(f, suspended, v), b_->on_leave(f, suspended, v);
  }
  void on_exception(Frame& f, const Value& exc) override { a_->on_exception(f, exc), b_->on_exception(f, exc); }
  void on_unwind(Frame& f) override { a_->on_unwind(f), b_->on_unwind(f); }
  void on_unwind_at_yield(Frame& f) override { a_->on_unwind_at_yield(f), b_->on_unwind_at_yield(f); }
  void on_output_line(std::string_view line) override { a_->on_output_line(line), b_->on_output_line(line); }
  void on_spawn(const Value& task, const Value& coro) override {
    a_->on_spawn(task, coro), b_->on_spawn(task, coro);
  }

 private:
  ExecutionObserver* a_;
  ExecutionObserver* b_;
};

// Output after the trace's `end` line. What CPython's shutdown runs (finalizers: core/lifetime.h)
// comes after pytrace's end line too; its tracer is off by then, but its stdout capture still turns
// the lines of the first collection into print events, and the later ones are plain lines (the
// interpreter restores sys.stdout before the module globals go).
class ShutdownOutput : public ExecutionObserver {
 public:
  explicit ShutdownOutput(std::function<void(std::string_view)> line) : line_(std::move(line)) {}
  void on_line(Frame&, int) override {}
  void on_enter(Frame&, bool) override {}
  void on_leave(Frame&, bool, const Value&) override {}
  void on_exception(Frame&, const Value&) override {}
  void on_unwind(Frame&) override {}
  void on_output_line(std::string_view line) override { line_(line); }
  void on_spawn(const Value&, const Value&) override {}

 private:
  std::function<void(std::string_view)> line_;
};

// CPython's interpreter shutdown: a collection while the globals are alive, then the globals go.
// False when a finalizer ran into a resource limit.
bool run_shutdown(VM& vm, TextTraceWriter* trace, const RunRequest& request) {
  bool finished = true;
  ShutdownOutput print_events([&](std::string_view line) { trace->on_output_line(line); });
  ShutdownOutput plain_lines([&](std::string_view line) { request.trace(line); });
  try {
    vm.set_observer(trace ? &print_events : nullptr);
    vm.finalize_cycles_at_exit();
    vm.flush_output();
    vm.set_observer(trace ? &plain_lines : nullptr);
    vm.finalize_globals_at_exit();
    vm.flush_output();
  } catch (LimitExceeded& limit) {
    vm.flush_output();
    if (request.err) request.err("looplab: " + limit.message + "\n");
    finished = false;
  }
  vm.set_observer(nullptr);
  vm.stop_finalizers();
  return finished;
}

RunOutcome run_on_this_thread(const RunRequest& request) {
  RunOutcome outcome;
  auto err = [&](const std::string& text) {
    if (request.err) request.err(text);
  };
  ParseResult parsed = parse_module(request.source, request.path);
  if (parsed.error) {
    err(parsed.error->format());
    outcome.exit = ExitCode::SyntaxError;
    outcome.end_line = "error " + parsed.error->kind + ": " + parsed.error->message;
    return outcome;
  }
  CompileResult compiled = compile_module(*parsed.module, request.path, request.source);
  if (compiled.error) {
    err(compiled.error->format());
    outcome.exit = ExitCode::SyntaxError;
    outcome.end_line = "error " + compiled.error->kind + ": " + compiled.error->message;
    return outcome;
  }
  if (std::getenv("LOOPLAB_DISASSEMBLE")) std::fputs(disassemble(*compiled.code.as<Code>()).c_str(), stderr);
  VM vm(request.limits, request.out, request.err);
  vm.source_path = request.path;
  vm.source_text = request.source;
  std::unique_ptr<TextTraceWriter> trace;
  if (request.trace) trace = std::make_unique<TextTraceWriter>(vm, request.trace);
  std::unique_ptr<TraceRecorder> recorder;
  if (request.record) recorder = std::make_unique<TraceRecorder>(vm, *request.record);
  std::unique_ptr<ObserverPair> both;
  if (trace && recorder) both = std::make_unique<ObserverPair>(trace.get(), recorder.get());
  vm.set_observer(both ? static_cast<ExecutionObserver*>(both.get())
                  : trace ? static_cast<ExecutionObserver*>(trace.get())
                          : recorder.get());
  auto end_traces = [&](const std::string& outcome) {
    if (trace) trace->end(outcome);
    if (recorder) recorder->end(outcome);
  };
  bool stopped_by_limit = false;
  try {
    vm.run_module(compiled.code);
    vm.flush_output();
    outcome.exit = ExitCode::Ok;
    outcome.end_line = "ok";
  } catch (PyException& e) {
    vm.flush_output();
    // Reporting the exception may call the scenario's __str__; CPython does not trace that.
    vm.set_observer(nullptr);
    if (isinstance(e.exc, T.SystemExit)) {
      // sys.exit()-style ending: no traceback; an int code is the exit status, anything else is
      // printed and the status is 1 (CPython's rules).
      const auto& args = e.exc.as<ExceptionObj>()->args.as<Tuple>()->items;
      int code = 0;
      if (args.size() == 1 && args[0].is_small_int()) code = int(args[0].as_int() & 0xff);
      else if (!args.empty() && !(args.size() == 1 && args[0].is_none())) {
        err(str_text(vm, args.size() == 1 ? args[0] : e.exc.as<ExceptionObj>()->args) + "\n");
        code = 1;
      }
      outcome.exit = static_cast<ExitCode>(code);
      // The trace ends as CPython's reference ends it: `ok` for status 0, else the exception.
      std::string message;
      try {
        message = str_text(vm, e.exc);
      } catch (...) {
      }
      outcome.end_line = code == 0 ? "ok" : "exception SystemExit" + (message.empty() ? "" : ": " + message);
      outcome.final_time = vm.now;
      outcome.steps = vm.steps;
      e.exc = Value();  // freed before the shutdown, with the locals its traceback keeps
      end_traces(outcome.end_line);
      if (!run_shutdown(vm, trace.get(), request)) outcome.exit = ExitCode::LimitReached;
      return outcome;
    }
    err(vm.format_exception(e.exc));
    outcome.exit = ExitCode::UncaughtException;
    std::string message;
    try {
      message = str_text(vm, e.exc);
    } catch (...) {
    }
    // The type as the traceback's last line names it: asyncio.exceptions.CancelledError, ValueError.
    Class* type = type_of(e.exc);
    std::string type_name = type->qualname;
    if (type->module != "builtins" && type->module != "__main__") type_name = type->module + "." + type_name;
    outcome.end_line = "exception " + type_name + (message.empty() ? "" : ": " + message);
  } catch (LimitExceeded& limit) {
    vm.flush_output();
    vm.stop_finalizers();  // CPython would still be running (or hang): its shutdown never comes
    err("looplab: " + limit.message + "\n");
    stopped_by_limit = true;
    bool deadlock = limit.which == "deadlock";
    outcome.exit = deadlock ? ExitCode::Deadlock : ExitCode::LimitReached;
    outcome.end_line = deadlock ? "deadlock" : "limit " + limit.which;
  }
  outcome.final_time = vm.now;
  outcome.steps = vm.steps;
  end_traces(outcome.end_line);
  if (stopped_by_limit) vm.set_observer(nullptr);
  else if (!run_shutdown(vm, trace.get(), request)) outcome.exit = ExitCode::LimitReached;
  return outcome;
}

struct ThreadJob {
  const RunRequest* request;
  RunOutcome outcome;
};

void* thread_main(void* arg) {
  auto* job = static_cast<ThreadJob*>(arg);
  job->outcome = run_on_this_thread(*job->request);
  return nullptr;
}

}  // namespace

RunOutcome run_scenario(const RunRequest& request) {
  // Scenario code may recurse deeply through natives (__repr__, key functions); a large stack
  // turns that into a clean RecursionError instead of a crash.
  constexpr size_t kStackBytes = size_t(512) << 20;
  ThreadJob job{&request, {}};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kStackBytes);
  pthread_t thread;
  if (pthread_create(&thread, &attr, thread_main, &job) != 0) {
    pthread_attr_destroy(&attr);
    return run_on_this_thread(request);
  }
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
  return job.outcome;
}

}  // namespace looplab
