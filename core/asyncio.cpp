// asyncio on the virtual clock. The library itself (loop, futures, tasks, gather, locks, queues,
// asyncio.run) is Python in asyncio_lib.py, run by this interpreter as invisible library code;
// this file is its native side, the `_looplab` module: the clock, driving coroutines, and the
// hooks through which the trace learns about tasks.
#include <cstdint>

#include "core/code.h"
#include "core/compiler.h"
#include "core/lifetime.h"
#include "core/parser.h"
#include "core/vm.h"

namespace looplab {
namespace {

// The library's source, embedded at build time from asyncio_lib.py.
const char* const kAsyncioSource =
#include "asyncio_lib.inc"
    ;

Value arg(CallArgs& a, size_t i, const char* fname) {
  if (i >= a.nargs) raise(T.TypeError, std::string(fname) + "() missing an argument");
  return a.args[i];
}

Generator* coroutine_arg(CallArgs& a, const char* fname) {
  Value c = arg(a, 0, fname);
  if (!c.is(K_Generator)) raise(T.TypeError, std::string(fname) + "(): a coroutine was expected, got " + type_name(c));
  return c.as<Generator>();
}

[[noreturn]] void raise_stop_iteration(const Value& value) {
  Value stop = new_exception(T.StopIteration, value.is_none() ? std::vector<Value>{} : std::vector<Value>{value});
  stop.as<ExceptionObj>()->value = value;
  raise_value(stop);
}

Value now(VM& vm, CallArgs&) { return Value::real(vm.now); }

Value advance_to(VM& vm, CallArgs& a) {
  double when = to_double(arg(a, 0, "advance_to"));
  if (when > vm.now) vm.now = when;  // the clock never goes backwards
  return Value::none();
}

Value deadlock(VM&, CallArgs&) {
  throw LimitExceeded{"deadlock",
                      "deadlock: no task can run and no timer is pending, but the main task has not "
                      "finished (CPython would wait forever)"};
}

Value enter_task(VM& vm, CallArgs& a) {
  vm.current_task = arg(a, 0, "enter_task");
  return Value::none();
}

Value leave_task(VM& vm, CallArgs&) {
  vm.current_task = Value();
  return Value::none();
}

Value coro_send(VM& vm, CallArgs& a) {
  Generator* g = coroutine_arg(a, "coro_send");
  Value out;
  if (vm.gen_send(g, Value::none(), out)) return out;
  raise_stop_iteration(out);
}

Value coro_throw(VM& vm, CallArgs& a) {
  Generator* g = coroutine_arg(a, "coro_throw");
  Value out;
  if (vm.gen_throw(g, arg(a, 1, "coro_throw"), out)) return out;
  raise_stop_iteration(out);
}

// CPython's coroutine description inside a Task repr: "<main() running at FILE:LINE>" or
// "<boom() done, defined at FILE:LINE>".
Value coro_repr(VM&, CallArgs& a) {
  Generator* g = coroutine_arg(a, "coro_repr");
  Frame* f = g->frame.get();
  std::string name = g->qualname.as<Str>()->s + "()";
  if (g->state == Generator::State::Closed || !f)
    return new_str("<" + name + " done, defined at " + (f ? f->code->filename : "?") + ":" +
                   std::to_string(f ? f->code->firstlineno : 0) + ">");
  // A coroutine that has not started yet stands on its `def` line, as in CPython.
  int line = g->state != Generator::State::Created && f->current_line() > 0 ? f->current_line()
                                                                            : f->code->firstlineno;
  return new_str("<" + name + " running at " + f->code->filename + ":" + std::to_string(line) + ">");
}

// Where a plain function is defined, (filename, first line), as CPython's asyncio adds it to a
// callback's description; None for builtins and bound methods, which it shows without.
Value function_source(VM&, CallArgs& a) {
  Value v = arg(a, 0, "function_source");
  if (!v.is(K_Function)) return Value::none();
  Code* code = v.as<Function>()->code.as<Code>();
  return new_tuple({new_str(code->filename), Value::integer(code->firstlineno)});
}

Value iscoroutine(VM&, CallArgs& a) {
  Value v = arg(a, 0, "iscoroutine");
  return Value::boolean(v.is(K_Generator) && v.as<Generator>()->type == Generator::Type::Coroutine);
}

Value iscoroutinefunction(VM&, CallArgs& a) {
  Value v = arg(a, 0, "iscoroutinefunction");
  if (v.is(K_BoundMethod)) v = v.as<BoundMethod>()->func;
  return Value::boolean(v.is(K_Function) && (v.as<Function>()->code.as<Code>()->flags & CO_COROUTINE));
}

// A number identifying an object for the lifetime of the run (gather's de-duplication).
Value identity(VM&, CallArgs& a) {
  Value v = arg(a, 0, "identity");
  if (!v.is_obj()) return v;
  return Value::integer(int64_t(reinterpret_cast<uintptr_t>(v.obj())));
}

Value trace_spawn(VM& vm, CallArgs& a) {
  if (vm.observer()) vm.observer()->on_spawn(arg(a, 0, "trace_spawn"), arg(a, 1, "trace_spawn"));
  return Value::none();
}

Value write_stderr(VM& vm, CallArgs& a) {
  vm.write_stderr(str_text(vm, arg(a, 0, "write_stderr")));
  return Value::none();
}

// An event-loop error report: the message lines, then the exception's traceback.
Value write_exception(VM& vm, CallArgs& a) {
  std::string text = str_text(vm, arg(a, 0, "write_exception"));
  vm.write_stderr(text + "\n" + vm.format_exception(arg(a, 1, "write_exception")));
  return Value::none();
}

Value make_native_module(VM&) {
  auto* m = new Module();
  m->name = "_looplab";
  m->dict = new_dict();
  Value module(m);
  Dict* d = m->dict.as<Dict>();
  auto fn = [&](const char* name, NativeFn f) { dict_set_str(d, intern(name), make_native(name, f)); };
  fn("now", now);
  fn("advance_to", advance_to);
  fn("deadlock", deadlock);
  fn("enter_task", enter_task);
  fn("leave_task", leave_task);
  fn("coro_send", coro_send);
  fn("coro_throw", coro_throw);
  fn("coro_repr", coro_repr);
  fn("function_source", function_source);
  fn("iscoroutine", iscoroutine);
  fn("iscoroutinefunction", iscoroutinefunction);
  fn("identity", identity);
  fn("trace_spawn", trace_spawn);
  fn("write_stderr", write_stderr);
  fn("write_exception", write_exception);
  fn("register_task", asyncio_register_task);  // core/lifetime.h
  fn("live_tasks", asyncio_live_tasks);
  auto cls = [&](const char* name, Class* c) { dict_set_str(d, intern(name), Value(static_cast<Object*>(c))); };
  cls("CancelledError", T.CancelledError);
  cls("InvalidStateError", T.InvalidStateError);
  cls("TimeoutError", T.TimeoutError);
  cls("QueueEmpty", T.QueueEmpty);
  cls("QueueFull", T.QueueFull);
  cls("LimitOverrunError", T.LimitOverrunError);
  return module;
}

}  // namespace

Value make_asyncio_module(VM& vm) {
  vm.register_module("_looplab", make_native_module(vm));
  static const std::string path = "<looplab asyncio>";
  ParseResult parsed = parse_module(kAsyncioSource, path);
  if (parsed.error) raise(T.ImportError, "looplab's asyncio failed to load: " + parsed.error->format());
  CompileResult compiled = compile_module(*parsed.module, path, kAsyncioSource, /*library=*/true);
  if (compiled.error) raise(T.ImportError, "looplab's asyncio failed to load: " + compiled.error->format());
  return vm.run_library_module("asyncio", compiled.code);
}

}  // namespace looplab
