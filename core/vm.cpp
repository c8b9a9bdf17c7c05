#include "core/vm.h"

#include <algorithm>
#include <cstring>

#include "core/builtins.h"
#include "core/exception_group.h"
#include "core/lifetime.h"
#include "core/pyformat.h"

namespace looplab {

namespace {

constexpr int kRecursionLimit = 1000;  // CPython's default sys.getrecursionlimit()

std::string qualname_of(const Function* fn) { return fn->qualname.as<Str>()->s; }

std::string join_names(const std::vector<std::string>& names) {
  // 'a', 'a' and 'b', 'a', 'b', and 'c'
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) {
      if (names.size() == 2) out += " and ";
      else if (i + 1 == names.size()) out += ", and ";
      else out += ", ";
    }
    out += "'" + names[i] + "'";
  }
  return out;
}

}  // namespace

struct VMInternals {
  // Binds call arguments to a new frame's parameters, with CPython's error messages.
  static void bind_arguments(VM& vm, Function* fn, Code* code, Frame* f, CallArgs& a) {
    (void)vm;
    Value* locals = f->locals();
    const int argcount = code->argcount;
    const int kwonly = code->kwonlyargcount;
    const bool has_varargs = code->flags & CO_VARARGS;
    const bool has_varkw = code->flags & CO_VARKEYWORDS;
    const std::string name = qualname_of(fn);
    size_t npos = a.nargs;
    size_t n = std::min<size_t>(npos, size_t(argcount));
    for (size_t i = 0; i < n; ++i) locals[i] = a.args[i];
    int next_slot = argcount + kwonly;
    Value varkw_dict;
    if (has_varargs) {
      std::vector<Value> rest;
      for (size_t i = n; i < npos; ++i) rest.push_back(a.args[i]);
      locals[next_slot++] = new_tuple(std::move(rest));
    } else if (npos > size_t(argcount)) {
      Tuple* defaults = fn->defaults.is_none() ? nullptr : fn->defaults.as<Tuple>();
      size_t ndefaults = defaults ? defaults->items.size() : 0;
      size_t kwonly_given = 0;
      for (size_t k = 0; k < a.nkw(); ++k) {
        const std::string& kw = a.kwnames->items[k].as<Str>()->s;
        for (int j = argcount; j < argcount + kwonly; ++j)
          if (code->varnames[size_t(j)] == kw) ++kwonly_given;
      }
      std::string takes;
      if (ndefaults > 0) {
        takes = "from " + std::to_string(argcount - int(ndefaults)) + " to " + std::to_string(argcount) +
                " positional arguments";
      } else {
        takes = std::to_string(argcount) + " positional argument" + (argcount == 1 ? "" : "s");
      }
      std::string given = std::to_string(npos);
      std::string msg = name + "() takes " + takes + " but " + given;
      if (kwonly_given) {
        msg += " positional argument" + std::string(npos == 1 ? "" : "s") + " (and " +
               std::to_string(kwonly_given) + " keyword-only argument" + (kwonly_given == 1 ? "" : "s") +
               ") were given";
      } else {
        msg += npos == 1 ? " was given" : " were given";
      }
      raise(T.TypeError, msg);
    }
    if (has_varkw) {
      varkw_dict = new_dict();
      locals[next_slot] = varkw_dict;
    }
    // Keywords.
    std::vector<std::string> posonly_as_kw;
    for (size_t k = 0; k < a.nkw(); ++k) {
      const Value& kwname = a.kwnames->items[k];
      const std::string& kw = kwname.as<Str>()->s;
      int slot = -1;
      for (int j = code->posonlyargcount; j < argcount + kwonly; ++j) {
        if (code->varnames[size_t(j)] == kw) {
          slot = j;
          break;
        }
      }
      if (slot < 0) {
        if (has_varkw) {
          dict_set_str(varkw_dict.as<Dict>(), kwname, a.kwvalues[k]);
          continue;
        }
        bool is_posonly = false;
        for (int j = 0; j < code->posonlyargcount; ++j)
          if (code->varnames[size_t(j)] == kw) is_posonly = true;
        if (is_posonly) {
          posonly_as_kw.push_back(kw);
          continue;
        }
        raise(T.TypeError, name + "() got an unexpected keyword argument '" + kw + "'");
      }
      if (!locals[slot].is_undef())
        raise(T.TypeError, name + "() got multiple values for argument '" + kw + "'");
      locals[slot] = a.kwvalues[k];
    }
    if (!posonly_as_kw.empty()) {
      std::string list;
      for (size_t i = 0; i < posonly_as_kw.size(); ++i) list += (i ? ", " : "") + posonly_as_kw[i];
      raise(T.TypeError, name + "() got some positional-only arguments passed as keyword arguments: '" + list + "'");
    }
    // Defaults for missing positionals.
    if (npos < size_t(argcount)) {
      Tuple* defaults = fn->defaults.is_none() ? nullptr : fn->defaults.as<Tuple>();
      int ndefaults = defaults ? int(defaults->items.size()) : 0;
      int first_default = argcount - ndefaults;
      std::vector<std::string> missing;
      for (int i = int(npos); i < argcount; ++i) {
        if (!locals[i].is_undef()) continue;
        if (i >= first_default) locals[i] = defaults->items[size_t(i - first_default)];
        else missing.push_back(code->varnames[size_t(i)]);
      }
      if (!missing.empty())
        raise(T.TypeError, name + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                               (missing.size() == 1 ? "" : "s") + ": " + join_names(missing));
    }
    if (kwonly > 0) {
      std::vector<std::string> missing;
      for (int j = argcount; j < argcount + kwonly; ++j) {
        if (!locals[j].is_undef()) continue;
        Value dflt;
        if (!fn->kwdefaults.is_none() &&
            dict_get_str(fn->kwdefaults.as<Dict>(), intern(code->varnames[size_t(j)]), dflt)) {
          locals[j] = dflt;
        } else {
          missing.push_back(code->varnames[size_t(j)]);
        }
      }
      if (!missing.empty())
        raise(T.TypeError, name + "() missing " + std::to_string(missing.size()) + " required keyword-only argument" +
                               (missing.size() == 1 ? "" : "s") + ": " + join_names(missing));
    }
  }
};

// ---------------------------------------------------------------------------------------------
VM::VM(const RunLimits& limits, TextSink out, TextSink err)
    : limits_(limits), out_(std::move(out)), err_(std::move(err)) {
  init_runtime();
  builtins_ = new_dict();
  modules_ = new_dict();
  install_builtins(*this, builtins());
  set_finalizers_enabled(true);
}

VM::~VM() {
  stop_finalizers();  // tearing down runs no Python
  flush_output();
  // Break the cycles that reference counting cannot: module globals hold functions that hold
  // the globals, a class holds its methods and they hold it (super()'s __class__ cell).
  std::vector<Object*> roots{builtins_.obj(), modules_.obj()};
  if (main_globals_.is_obj()) roots.push_back(main_globals_.obj());
  clear_all_reachable(roots);
  for (auto& e : modules_.as<Dict>()->entries)
    if (e.live && e.value.is(K_Module)) dict_clear(e.value.as<Module>()->dict.as<Dict>());
  dict_clear(modules_.as<Dict>());
  if (!main_globals_.is_none()) dict_clear(main_globals_.as<Dict>());
  dict_clear(builtins());
  current_task = Value();
  free_cycles();
}

void VM::register_module(const std::string& name, Value module) {
  dict_set_str(modules_.as<Dict>(), intern(name), std::move(module));
}

Value VM::import_module(const std::string& name) {
  Value m;
  if (dict_get_str(modules_.as<Dict>(), intern(name), m)) return m;
  if (name == "time") m = make_time_module(*this);
  else if (name == "random") m = make_random_module(*this);
  else if (name == "asyncio") m = make_asyncio_module(*this);
  else if (name == "gc") m = make_gc_module(*this);
  else raise(T.ModuleNotFoundError, "No module named '" + name + "'");
  register_module(name, m);
  return m;
}

// ----- output ----------------------------------------------------------------------------------
void VM::write_stdout(std::string_view text) {
  output_bytes_ += text.size();
  if (output_bytes_ > limits_.max_output_bytes)
    throw LimitExceeded{"output", "the program printed more than the output limit (--max-output)"};
  if (out_) out_(text);
  if (!observer_) return;
  size_t start = 0;
  for (;;) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) {
      pending_line_.append(text.substr(start));
      return;
    }
    pending_line_.append(text.substr(start, nl - start));
    observer_->on_output_line(pending_line_);
    pending_line_.clear();
    start = nl + 1;
  }
}

void VM::flush_output() {
  if (!pending_line_.empty() && observer_) observer_->on_output_line(pending_line_);
  pending_line_.clear();
}

void VM::write_stderr(std::string_view text) {
  if (err_) err_(text);
}

Value VM::current_handled_exception() const {
  for (Frame* f = frame_; f; f = f->back)
    if (!f->exc_info.is_none()) return f->exc_info;
  return Value::none();
}

// ----- frames ------------------------------------------------------------------------------------
namespace {

}  // namespace

Frame* allocate_frame(const Value& code_ref) {
  Code* code = code_ref.as<Code>();
  auto* f = new Frame();
  f->code_ref = code_ref;
  f->code = code;
  size_t nslots = size_t(code->nlocalsplus() + code->stacksize);
  f->slots.reset(new Value[nslots]);
  for (int i = 0; i < code->nlocalsplus(); ++i) f->slots[size_t(i)] = Value::undef();
  f->stack_base = f->slots.get() + code->nlocalsplus();
  f->sp = f->stack_base;
  return f;
}

Frame::~Frame() {
  // First local to last, then the value stack, as CPython clears a frame: with __del__ or
  // unfinished generators among them the order is visible.
  if (!slots || !sp) return;
  for (Value* v = slots.get(); v < sp; ++v) *v = Value();
}

void setup_frame_cells(Frame* f, Function* fn) {
  Code* code = f->code;
  size_t nlocals = code->varnames.size();
  for (size_t i = 0; i < code->cellvars.size(); ++i) {
    auto* cell = new Cell();
    int param = code->cell_param[i];
    if (param >= 0 && !f->slots[size_t(param)].is_undef()) {
      cell->value = f->slots[size_t(param)];
      cell->empty = false;
    }
    f->slots[nlocals + i] = Value(cell);
  }
  if (fn && !fn->closure.is_none()) {
    const auto& cells = fn->closure.as<Tuple>()->items;
    for (size_t i = 0; i < code->freevars.size() && i < cells.size(); ++i)
      f->slots[nlocals + code->cellvars.size() + i] = cells[i];
  }
}

Frame* VM::push_function_frame(Function* fn, CallArgs& args, Value& out_generator) {
  Code* code = fn->code.as<Code>();
  Frame* f = allocate_frame(fn->code);
  f->func = Value(static_cast<Object*>(fn));
  f->globals = fn->globals;
  f->builtins = builtins_;
  try {
    VMInternals::bind_arguments(*this, fn, code, f, args);
  } catch (...) {
    delete f;
    throw;
  }
  setup_frame_cells(f, fn);
  if (code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    auto* gen = new Generator();
    gen->type = (code->flags & CO_COROUTINE)         ? Generator::Type::Coroutine
                : (code->flags & CO_ASYNC_GENERATOR) ? Generator::Type::AsyncGenerator
                                                     : Generator::Type::Generator;
    gen->name = fn->name;
    gen->qualname = fn->qualname;
    f->generator = gen;
    gen->frame.reset(f);
    // Async generators are finalized through the event loop's hooks in CPython; looplab has none.
    if (gen->type != Generator::Type::AsyncGenerator) track_generator(gen);
    out_generator = Value(gen);
    return nullptr;
  }
  if (depth_ >= kRecursionLimit) {
    delete f;
    raise_recursion();
  }
  ++depth_;
  f->depth = depth_;
  return f;
}

void VM::raise_recursion() { raise(T.RecursionError, "maximum recursion depth exceeded"); }

void VM::pop_frame(Frame* f) {
  --depth_;
  if (!f->generator) delete f;
}

void VM::enter_generator(Generator* gen, Frame* back) {
  if (depth_ >= kRecursionLimit) raise_recursion();
  ++depth_;
  Frame* f = gen->frame.get();
  f->back = back;
  f->depth = depth_;
  gen->state = Generator::State::Running;
}

// ----- calls -------------------------------------------------------------------------------------
Value VM::call(const Value& callable, std::vector<Value> args) {
  CallArgs a{args.data(), args.size(), nullptr, nullptr};
  return call(callable, a);
}

Value VM::call_method(const Value& obj, const char* name, std::vector<Value> args) {
  Value method = getattr(*this, obj, intern(name));
  return call(method, std::move(args));
}

namespace {

// Prepends `self` to the arguments (bound methods).
struct PrependedArgs {
  std::vector<Value> storage;
  CallArgs args;
  PrependedArgs(const Value& self, CallArgs& a) {
    storage.reserve(a.nargs + a.nkw() + 1);
    storage.push_back(self);
    for (size_t i = 0; i < a.nargs; ++i) storage.push_back(a.args[i]);
    for (size_t i = 0; i < a.nkw(); ++i) storage.push_back(a.kwvalues[i]);
    args = CallArgs{storage.data(), a.nargs + 1, storage.data() + a.nargs + 1, a.kwnames};
  }
};

}  // namespace

Value VM::call(const Value& callable, CallArgs& a) {
  if (!callable.is_obj()) raise(T.TypeError, "'" + type_name(callable) + "' object is not callable");
  switch (callable.obj_kind()) {
    case K_Function: {
      Value gen;
      Frame* f = push_function_frame(callable.as<Function>(), a, gen);
      if (!f) return gen;
      if (observer_ && f->code->user_code) observer_->on_enter(*f, false);
      return execute(f);
    }
    case K_Native: {
      Native* n = callable.as<Native>();
      if (!n->bound_self.is_none() || n->bound_self.is_undef()) {
        if (!n->bound_self.is_none()) {
          PrependedArgs p(n->bound_self, a);
          return n->fn(*this, p.args);
        }
      }
      return n->fn(*this, a);
    }
    case K_BoundMethod: {
      BoundMethod* m = callable.as<BoundMethod>();
      PrependedArgs p(m->self, a);
      return call(m->func, p.args);
    }
    case K_Class:
      return instantiate(callable.as<Class>(), a);
    case K_Instance:
    case K_Exception: {
      Value method;
      if (class_lookup(type_of(callable), intern("__call__"), method)) {
        PrependedArgs p(callable, a);
        return call(method, p.args);
      }
      break;
    }
    case K_StaticMethod:
      return call(callable.as<StaticMethod>()->func, a);
    default:
      break;
  }
  raise(T.TypeError, "'" + type_name(callable) + "' object is not callable");
}

Value VM::instantiate(Class* cls, CallArgs& a) {
  Value cls_value(static_cast<Object*>(cls));
  Value new_fn;
  // Builtin classes construct through a native __new__(cls, *args).
  if (cls == T.super && a.nargs == 0 && a.nkw() == 0 && frame_) {
    // Zero-argument super(): the class the method was defined in (its __class__ cell) and the
    // method's first argument, as CPython's compiler arranges.
    Frame* f = frame_;
    Code* code = f->code;
    Value klass, self;
    for (size_t i = 0; i < code->freevars.size(); ++i) {
      if (code->freevars[i] != "__class__") continue;
      Cell* cell = f->cell(int(code->cellvars.size() + i)).as<Cell>();
      if (!cell->empty) klass = cell->value;
    }
    if (code->argcount > 0 && !f->locals()[0].is_undef()) self = f->locals()[0];
    if (code->argcount > 0 && code->cell_param.size() > 0) {
      for (size_t i = 0; i < code->cellvars.size(); ++i)
        if (code->cell_param[i] == 0) self = f->cell(int(i)).as<Cell>()->value;
    }
    if (klass.is_none()) raise(T.RuntimeError, "super(): __class__ cell not found");
    if (self.is_none() || self.is_undef()) raise(T.RuntimeError, "super(): no arguments");
    std::vector<Value> two{klass, self};
    CallArgs explicit_args{two.data(), 2, nullptr, nullptr};
    return instantiate(cls, explicit_args);
  }
  if (!cls->is_exception && class_lookup(cls, intern("__new__"), new_fn) && new_fn.is(K_Native) &&
      cls->builtin) {
    PrependedArgs p(cls_value, a);
    return new_fn.as<Native>()->fn(*this, p.args);
  }
  Value obj;
  if (cls->is_exception) {
    auto* e = new ExceptionObj();
    e->cls = cls_value;
    std::vector<Value> args(a.args, a.args + a.nargs);
    e->args = new_tuple(std::move(args));
    obj = Value(e);
    track_instance(e);
    if (cls->is_subclass_of(T.BaseExceptionGroup)) init_exception_group(*this, e, a);
  } else if (cls->instance_kind == K_Instance) {
    auto* inst = new Instance();
    inst->cls = cls_value;
    obj = Value(inst);
    track_instance(inst);
  } else {
    raise(T.TypeError, "cannot create '" + cls->name + "' instances");
  }
  Value init;
  if (class_lookup(cls, intern("__init__"), init) && !init.is(K_Native)) {
    PrependedArgs p(obj, a);
    Value r = call(init, p.args);
    if (!r.is_none()) raise(T.TypeError, "__init__() should return None, not '" + type_name(r) + "'");
  } else if (!cls->is_exception && (a.nargs > 0 || a.nkw() > 0)) {
    raise(T.TypeError, cls->name + "() takes no arguments");
  }
  return obj;
}

// ----- generators ----------------------------------------------------------------------------------
bool VM::resume(Generator* gen, ResumeMode mode, Value value, Value& out) {
  Value keep(static_cast<Object*>(gen));
  bool started = gen->state == Generator::State::Suspended;
  if (gen->type == Generator::Type::Coroutine) gen->awaited = true;
  enter_generator(gen, frame_);
  Frame* f = gen->frame.get();
  if (observer_ && f->code->user_code) observer_->on_enter(*f, started);
  if (mode == ResumeMode::Send && started) *f->sp++ = std::move(value);
  if (mode == ResumeMode::Throw) pending_throw_ = std::move(value);
  out = execute(f);
  return yielded_;
}

void VM::check_resumable(Generator* gen) {
  if (gen->state == Generator::State::Running)
    raise(T.ValueError, gen->type == Generator::Type::Coroutine ? "coroutine already executing"
                                                                : "generator already executing");
}

bool VM::gen_send(Generator* gen, Value sent, Value& out) {
  check_resumable(gen);
  if (gen->state == Generator::State::Closed) {
    if (gen->type == Generator::Type::Coroutine) raise(T.RuntimeError, "cannot reuse already awaited coroutine");
    out = Value::none();
    return false;
  }
  if (gen->state == Generator::State::Created && !sent.is_none())
    raise(T.TypeError, "can't send non-None value to a just-started generator");
  return resume(gen, ResumeMode::Send, std::move(sent), out);
}

bool VM::gen_throw(Generator* gen, Value exc, Value& out) {
  check_resumable(gen);
  if (gen->state == Generator::State::Closed) raise_value(exc);
  Value keep(static_cast<Object*>(gen));
  if (gen->state == Generator::State::Suspended && gen->yield_from.is(K_Generator)) {
    // Delegate to the innermost generator of the `yield from` / `await` chain first.
    Value inner = gen->yield_from;
    Value result;
    bool inner_yielded;
    gen->state = Generator::State::Running;
    try {
      inner_yielded = gen_throw(inner.as<Generator>(), exc, result);
    } catch (PyException& e) {
      gen->state = Generator::State::Suspended;
      gen->yield_from = Value::none();
      // CPython resumes the delegating frame at the end of its SEND loop (the jump back after the
      // yield), not at the yield itself: a traceback or a tracer then sees a plain raise.
      Frame* f = gen->frame.get();
      if (instr_op(f->code->instructions[f->ip]) == OP_JUMP) f->prev_ip = f->ip;
      return resume(gen, ResumeMode::Throw, e.exc, out);
    }
    gen->state = Generator::State::Suspended;
    if (inner_yielded) {
      out = result;
      yielded_ = true;
      return true;
    }
    // The inner generator returned: finish this frame's SEND loop with its value.
    gen->yield_from = Value::none();
    Frame* f = gen->frame.get();
    f->sp[-1] = std::move(result);  // the iterator's slot takes the result
    uint32_t send_ip = instr_arg(f->code->instructions[f->ip]);  // the JUMP back to SEND
    f->ip = instr_arg(f->code->instructions[send_ip]);          // SEND's exit target
    return resume(gen, ResumeMode::Continue, Value::none(), out);
  }
  gen->yield_from = Value::none();
  return resume(gen, ResumeMode::Throw, std::move(exc), out);
}

void VM::gen_close(Generator* gen) {
  if (gen->state == Generator::State::Closed) return;
  check_resumable(gen);
  Value keep(static_cast<Object*>(gen));
  // CPython 3.11 closes the iterator this generator delegates to first, then raises GeneratorExit
  // (or that iterator's error) at the generator's own yield. A generator that never started runs
  // too: its frame is entered and left at once.
  Value exc;
  Value inner = std::move(gen->yield_from);
  gen->yield_from = Value();
  if (gen->state == Generator::State::Suspended && !inner.is_none()) {
    gen->state = Generator::State::Running;
    try {
      if (inner.is(K_Generator)) {
        gen_close(inner.as<Generator>());
      } else {
        Value close;
        if (getattr_opt(*this, inner, intern("close"), close)) call0(close);
      }
    } catch (PyException& e) {
      exc = e.exc;
    }
    gen->state = Generator::State::Suspended;
  }
  if (exc.is_none()) exc = new_exception(T.GeneratorExit, {});
  Value out;
  try {
    if (resume(gen, ResumeMode::Throw, std::move(exc), out))
      raise(T.RuntimeError, gen->type == Generator::Type::Coroutine ? "coroutine ignored GeneratorExit"
                                                                     : "generator ignored GeneratorExit");
  } catch (PyException& e) {
    if (isinstance(e.exc, T.GeneratorExit) || isinstance(e.exc, T.StopIteration)) return;
    throw;
  }
}

}  // namespace looplab
