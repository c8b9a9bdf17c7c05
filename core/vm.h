// The virtual machine: executes code objects frame by frame. Python-to-Python calls never use
// the C++ stack (frames link to their caller), so generators and coroutines can suspend anywhere
// in Python code. Natives that call back into Python (a key function, __repr__) re-enter
// execute() with an "entry" frame; such frames cannot suspend across the native call, exactly
// like CPython.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/code.h"
#include "core/engine.h"
#include "core/runtime.h"

namespace looplab {

// What the recorder (text trace today, the full trace later) hears about execution.
// Only frames of the scenario file itself are reported.
class ExecutionObserver {
 public:
  virtual ~ExecutionObserver() = default;
  virtual void on_line(Frame& frame, int line) = 0;
  // A frame starts (first entry) or resumes (generator/coroutine re-entry).
  virtual void on_enter(Frame& frame, bool resumed) = 0;
  // A frame returns, or suspends at a yield/await (suspended == true, `value` is what it yields).
  virtual void on_leave(Frame& frame, bool suspended, const Value& value) = 0;
  // An exception is raised in, or passes through, this frame.
  virtual void on_exception(Frame& frame, const Value& exc) = 0;
  // The frame is left because of an exception.
  virtual void on_unwind(Frame& frame) = 0;
  // The same, for an exception thrown into a generator at its yield (close(), throw()) that
  // leaves at once. CPython's tracer sees the frame still at the yield and reports it like one
  // (`return` for a generator, `suspend` for a coroutine); a recorder may treat it as a raise.
  virtual void on_unwind_at_yield(Frame& frame) { on_unwind(frame); }
  // One complete line of program output (without the newline).
  virtual void on_output_line(std::string_view line) = 0;
  // asyncio created a task (its name may still change before the creator's next step).
  virtual void on_spawn(const Value& task, const Value& coro) = 0;
};

// Raised (as a C++ exception) when a resource limit stops the run. Not catchable by Python.
struct LimitExceeded {
  std::string which;    // "steps", "memory", "output", "recursion"
  std::string message;  // one line naming the limit and the flag that raises it
};

class VM {
 public:
  VM(const RunLimits& limits, TextSink out, TextSink err);
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  // Runs a module's code with fresh globals (`__name__ == "__main__"`).
  void run_module(const Value& code);
  // Runs looplab's own library code (asyncio) as module `name` and returns the module.
  Value run_library_module(const std::string& name, const Value& code);

  // Calls any callable. Throws PyException when the call raises.
  Value call(const Value& callable, CallArgs& args);
  Value call(const Value& callable, std::vector<Value> args);
  Value call0(const Value& callable) { return call(callable, std::vector<Value>{}); }
  Value call1(const Value& callable, Value a) { return call(callable, std::vector<Value>{std::move(a)}); }
  Value call2(const Value& callable, Value a, Value b) {
    return call(callable, std::vector<Value>{std::move(a), std::move(b)});
  }
  // Calls a method by name: obj.name(args...)
  Value call_method(const Value& obj, const char* name, std::vector<Value> args);

  // Drives a generator or coroutine one step. Returns true when it yielded (`out` = yielded
  // value), false when it returned (`out` = return value). Throws PyException when it raised.
  bool gen_send(Generator* gen, Value sent, Value& out);
  bool gen_throw(Generator* gen, Value exc, Value& out);
  void gen_close(Generator* gen);

  // Finalization (core/lifetime.cpp). An object that needs a finalizer when its last reference
  // goes is queued, and the queue runs at the next instruction boundary: CPython runs it at once,
  // in the middle of the instruction that dropped the reference, and nothing of the program can
  // run in between. A frame running at that moment is the one warnings name.
  void run_pending_finalizers();
  // gc.collect(): finalizes the objects only reference cycles keep alive, then frees them.
  // Returns how many objects it freed.
  int64_t collect_cycles();
  // The end of the program, as CPython 3.11 shuts down: first a collection while the module
  // globals are still alive (finalizing unreachable cycles), then the finalizers of everything
  // the globals hold, in the order CPython's collector visits them, then the globals go.
  void finalize_cycles_at_exit();
  void finalize_globals_at_exit();
  // After the end (or when the run stops on a limit): objects are freed without finalizers.
  void stop_finalizers();
  // Frees what only reference cycles keep alive, without finalizers (the VM's last act: nothing of
  // a run may be found by the next run's collections).
  static void free_cycles();

  // Program output; splits it into lines for the observer.
  void write_stdout(std::string_view text);
  void write_stderr(std::string_view text);
  void flush_output();

  // The innermost frame currently executing (null between runs).
  Frame* current_frame() const { return frame_; }
  // The exception currently being handled (for bare `raise` and implicit chaining).
  Value current_handled_exception() const;

  void set_observer(ExecutionObserver* observer) { observer_ = observer; }
  ExecutionObserver* observer() const { return observer_; }

  // Builtins and imported modules.
  Dict* builtins() const { return builtins_.as<Dict>(); }
  Value import_module(const std::string& name);
  void register_module(const std::string& name, Value module);

  // Formats an uncaught exception as CPython does ("Traceback (most recent call last): ...").
  std::string format_exception(const Value& exc);
  std::string suggestion_for(const Value& exc);  // "Did you mean" hint, or ""

  // Virtual clock (seconds); the event loop and the time module read and advance it.
  double now = 0.0;
  Value current_task;  // the asyncio Task whose step is running, or None
  uint64_t steps = 0;  // line events so far
  const RunLimits& limits() const { return limits_; }

  // Source text of the scenario, for tracebacks.
  std::string source_path;
  std::string source_text;

  // The event loop hooks itself in here (asyncio.cpp).
  void* asyncio_state = nullptr;
  std::function<void()> at_exit_hook;

 private:
  friend struct VMInternals;
  Value execute(Frame* entry);  // runs until `entry` returns or yields
  Frame* push_function_frame(Function* fn, CallArgs& args, Value& out_generator);
  void pop_frame(Frame* f);
  bool unwind(Frame* entry, Value exc);
  void enter_generator(Generator* gen, Frame* back);
  enum class ResumeMode { Send, Throw, Continue };
  bool resume(Generator* gen, ResumeMode mode, Value value, Value& out);
  void check_resumable(Generator* gen);
  Value instantiate(Class* cls, CallArgs& args);
  [[noreturn]] void raise_recursion();
  void run_frame_loop(Frame* entry, Value& result);
  void add_traceback(Frame* f, const Value& exc);
  void fire_line(Frame* f, int line);
  Value get_awaitable(const Value& v, uint32_t where);
  bool send_to_iterator(const Value& it, Value sent, Value& out);
  Value make_class(const Value& body, const Value& name, const Value& bases, const Value& kwargs);
  Value exception_instance(const Value& v);
  void run_finalizer(Object* o);
  void close_dropped_generator(Generator* gen);
  void warn_never_awaited(Generator* coro);
  void write_unraisable(const std::string& where, Value exc);
  void finalize_in_order(const std::vector<Object*>& objects);
  void keep_locals_with(Frame* f, const Value& exc);
  Value exception_instance_or_type_error(const Value& v);
  void check_except_type(const Value& type);
  bool exception_matches(const Value& exc, const Value& type);

  RunLimits limits_;
  TextSink out_;
  TextSink err_;
  std::string pending_line_;
  uint64_t output_bytes_ = 0;
  Frame* frame_ = nullptr;
  int depth_ = 0;        // Python frames alive on the call chain
  int native_depth_ = 0;  // nested execute() calls
  bool yielded_ = false;  // how the last execute() ended
  bool reraising_ = false;  // the exception in flight keeps its traceback (bare raise, RERAISE)
  Value pending_throw_;     // raised at the resumption point when execute() starts
  Value main_globals_;
  Value last_unwound_;      // the exception that escaped the last unwind()
  ExecutionObserver* observer_ = nullptr;
  Value builtins_;
  Value modules_;  // Dict name -> Module
  // After the program: its first collection still warns like a running program; in the second,
  // CPython's warnings module is gone and its fallback writes shorter warnings.
  enum class ExitPhase : uint8_t { Running, Cycles, Globals };
  ExitPhase exit_phase_ = ExitPhase::Running;
  // Warnings already shown, as CPython's "default" action shows each (text, place) once.
  std::vector<std::string> warned_;
};

// gc.collect() and friends (core/lifetime.cpp).
Value make_gc_module(VM& vm);

// Installs the builtin functions into `builtins` (builtins.cpp).
void install_builtins(VM& vm, Dict* builtins);
// Builds the `time`, `random` and `asyncio` modules (modules.cpp / asyncio.cpp).
Value make_time_module(VM& vm);
Value make_random_module(VM& vm);
Value make_asyncio_module(VM& vm);

}  // namespace looplab
