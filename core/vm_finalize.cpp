// The VM's side of finalization (core/lifetime.h): running queued finalizers, closing dropped
// generators, warning about coroutines never awaited, reporting the errors nobody can catch, and
// the end of the program as CPython 3.11 shuts down.
#include <algorithm>
#include <unordered_set>

#include "core/lifetime.h"
#include "core/vm.h"

namespace looplab {

namespace {

// gc.isenabled(): looplab never collects on its own, so the switch only reads back what was set.
bool g_gc_switch = true;

std::string strip(std::string text) {
  size_t start = text.find_first_not_of(" \t\f");
  if (start == std::string::npos) return "";
  size_t end = text.find_last_not_of(" \t\f\r");
  return text.substr(start, end - start + 1);
}

// What "Exception ignored in:" names; a failing __repr__ must not escape a finalizer.
std::string describe(VM& vm, const Value& v) {
  try {
    return repr_text(vm, v);
  } catch (PyException&) {
    return "<" + type_name(v) + " object>";
  }
}

}  // namespace

void VM::run_pending_finalizers() {
  std::vector<Object*> batch = take_pending_finalizers();
  size_t next = 0;
  // A resource limit inside a finalizer ends the run: the others are released without running.
  struct ReleaseRest {
    std::vector<Object*>& batch;
    size_t& next;
    ~ReleaseRest() {
      while (next < batch.size()) decref(batch[next++]);
    }
  } release_rest{batch, next};
  while (next < batch.size()) {
    Object* o = batch[next];
    if (needs_finalizer(o)) run_finalizer(o);
    if (g_finalizers_due) run_pending_finalizers();  // what the finalizer's own frame dropped
    ++next;
    decref(o);
    // What it held and needs a finalizer comes before its siblings, as in CPython's recursive frees.
    if (g_finalizers_due) run_pending_finalizers();
  }
}

void VM::run_finalizer(Object* o) {
  o->lifetime |= kFinalized;
  if (o->kind == K_Generator) {
    auto* gen = static_cast<Generator*>(o);
    // A coroutine that never started only warns (CPython's _PyGen_Finalize); anything else is closed.
    if (gen->type == Generator::Type::Coroutine && gen->state == Generator::State::Created)
      warn_never_awaited(gen);
    else
      close_dropped_generator(gen);
    return;
  }
  Value self(o);
  Value del;
  if (!class_lookup(static_cast<Instance*>(o)->klass(), intern("__del__"), del)) return;
  try {
    if (del.is(K_Function)) call(del, std::vector<Value>{self});
    else call0(getattr(*this, self, intern("__del__")));
  } catch (PyException& e) {
    write_unraisable(describe(*this, del), e.exc);
  }
}

void VM::close_dropped_generator(Generator* gen) {
  Value keep(static_cast<Object*>(gen));
  try {
    gen_close(gen);
  } catch (PyException& e) {
    // An error of the interpreter's own ("generator ignored GeneratorExit") has no traceback;
    // CPython's report then shows the frame that was running.
    if (e.exc.as<ExceptionObj>()->traceback.empty() && frame_) add_traceback(frame_, e.exc);
    write_unraisable(describe(*this, keep), e.exc);
  }
}

void VM::warn_never_awaited(Generator* coro) {
  std::string text = "coroutine '" + coro->qualname.as<Str>()->s + "' was never awaited";
  // warnings.warn() names the scenario's frame that was running when the coroutine was freed; with
  // none (after the program), CPython says "sys:1".
  Frame* f = frame_;
  while (f && !f->code->user_code) f = f->back;
  std::string place = "sys";
  int line = 1;
  std::string source;
  if (f) {
    place = f->code->filename;
    line = f->current_line();
    if (line <= 0) line = f->last_line > 0 ? f->last_line : f->code->firstlineno;
    if (place == source_path) source = strip(source_line_at(source_text, line));
  }
  std::string where = place + ":" + std::to_string(line);
  // The "default" warning action: each message once per place.
  std::string key = where + ": " + text;
  if (std::find(warned_.begin(), warned_.end(), key) != warned_.end()) return;
  warned_.push_back(key);
  std::string out = where + ": RuntimeWarning: " + text + "\n";
  if (!source.empty()) out += "  " + source + "\n";
  if (exit_phase_ != ExitPhase::Globals)
    out += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
  write_stderr(out);
}

void VM::write_unraisable(const std::string& where, Value exc) {
  // CPython's default unraisable hook prints the traceback and the exception, not its chain.
  auto* e = exc.as<ExceptionObj>();
  Value cause = std::move(e->cause), context = std::move(e->context);
  e->cause = Value();
  e->context = Value();
  std::string text = format_exception(exc);
  e->cause = std::move(cause);
  e->context = std::move(context);
  write_stderr("Exception ignored in: " + where + "\n" + text);
}

void VM::keep_locals_with(Frame* f, const Value& exc) {
  if (!exc.is(K_Exception)) return;
  auto& kept = exc.as<ExceptionObj>()->frame_locals;
  for (Value* v = f->slots.get(); v < f->stack_base; ++v)
    if (v->is_obj()) kept.push_back(std::move(*v));
}

void VM::finalize_in_order(const std::vector<Object*>& objects) {
  // Each stays alive until all have run, as in a collection: a finalizer may drop another's last
  // outside reference.
  std::vector<Value> keep;
  keep.reserve(objects.size());
  for (Object* o : objects) keep.emplace_back(o);
  for (Object* o : objects) {
    if (needs_finalizer(o)) run_finalizer(o);
    if (g_finalizers_due) run_pending_finalizers();
  }
}

int64_t VM::collect_cycles() {
  if (g_finalizers_due) run_pending_finalizers();
  // Finalizers may create garbage of their own; CPython's next collection would take it. A bound
  // keeps a __del__ that keeps making more from looping forever.
  for (int round = 0; round < 100; ++round) {
    std::vector<Object*> due;
    for (Object* o : find_cyclic_garbage().finalizable)
      if (needs_finalizer(o)) due.push_back(o);
    if (due.empty()) break;
    finalize_in_order(due);
  }
  // Only what is still garbage afterwards is freed: a finalizer may have stored an object away.
  CyclicGarbage garbage = find_cyclic_garbage();
  std::vector<Value> keep(garbage.all.size());
  for (size_t i = 0; i < garbage.all.size(); ++i) keep[i] = Value(garbage.all[i]);
  // CPython counts an instance's attributes as part of the instance.
  std::unordered_set<Object*> attribute_dicts;
  for (Object* o : garbage.all)
    if ((o->kind == K_Instance || o->kind == K_Exception) && static_cast<Instance*>(o)->dict.is_obj())
      attribute_dicts.insert(static_cast<Instance*>(o)->dict.obj());
  int64_t found = 0;
  for (Object* o : garbage.all) {
    if (!attribute_dicts.count(o)) ++found;
    clear_references(o);
  }
  keep.clear();
  if (g_finalizers_due) run_pending_finalizers();
  return found;
}

void VM::finalize_cycles_at_exit() {
  exit_phase_ = ExitPhase::Cycles;
  if (g_finalizers_due) run_pending_finalizers();
  collect_cycles();
}

void VM::finalize_globals_at_exit() {
  exit_phase_ = ExitPhase::Globals;
  if (g_finalizers_due) run_pending_finalizers();
  std::vector<Object*> roots;
  if (main_globals_.is(K_Dict)) roots.push_back(main_globals_.obj());
  for (auto& e : modules_.as<Dict>()->entries)
    if (e.live && e.value.is(K_Module)) roots.push_back(e.value.as<Module>()->dict.obj());
  std::vector<Object*> due;
  for (Object* o : shutdown_order(roots))
    if (needs_finalizer(o)) due.push_back(o);
  finalize_in_order(due);
  // Whatever only something else kept alive (the interpreter's own state) last, oldest first.
  due.clear();
  for (Object* o : live_finalizables())
    if (needs_finalizer(o)) due.push_back(o);
  finalize_in_order(due);
  // Then the globals and all they hold go, cycles included, as after CPython's last collection.
  clear_all_reachable(roots);
  if (g_finalizers_due) run_pending_finalizers();
}

void VM::free_cycles() {
  CyclicGarbage garbage = find_cyclic_garbage();
  std::vector<Value> keep;
  keep.reserve(garbage.all.size());
  for (Object* o : garbage.all) {
    o->lifetime |= kFinalized;
    keep.emplace_back(o);
  }
  for (Object* o : garbage.all) clear_references(o);
}

void VM::stop_finalizers() {
  set_finalizers_enabled(false);
  for (Object* o : take_pending_finalizers()) decref(o);
}

// ----- the gc module -------------------------------------------------------------------------------
namespace {

Value gc_collect(VM& vm, CallArgs& a) {
  if (a.nargs > 1) raise(T.TypeError, "collect() takes at most 1 argument (" + std::to_string(a.nargs) + " given)");
  return Value::integer(vm.collect_cycles());
}

Value gc_enable(VM&, CallArgs&) {
  g_gc_switch = true;
  return Value::none();
}

Value gc_disable(VM&, CallArgs&) {
  g_gc_switch = false;
  return Value::none();
}

Value gc_isenabled(VM&, CallArgs&) { return Value::boolean(g_gc_switch); }

}  // namespace

Value make_gc_module(VM&) {
  g_gc_switch = true;
  auto* m = new Module();
  Value module(m);
  m->name = "gc";
  m->dict = new_dict();
  Dict* d = m->dict.as<Dict>();
  dict_set_str(d, intern("__name__"), intern("gc"));
  // Natives are immortal: made once per process, shared by every run.
  static const Value collect = make_native("collect", gc_collect);
  static const Value enable = make_native("enable", gc_enable);
  static const Value disable = make_native("disable", gc_disable);
  static const Value isenabled = make_native("isenabled", gc_isenabled);
  dict_set_str(d, intern("collect"), collect);
  dict_set_str(d, intern("enable"), enable);
  dict_set_str(d, intern("disable"), disable);
  dict_set_str(d, intern("isenabled"), isenabled);
  return module;
}

}  // namespace looplab
