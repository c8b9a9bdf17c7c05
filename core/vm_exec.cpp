// The dispatch loop, exception unwinding and line events.
#include <cmath>

#include "core/builtins.h"
#include "core/exception_group.h"
#include "core/lifetime.h"
#include "core/pyformat.h"
#include "core/vm.h"

namespace looplab {

namespace {

constexpr int kNativeReentryLimit = 400;

PyException format_error_to_py(const FormatError& e) {
  Class* cls = e.exc_type == "ZeroDivisionError" ? T.ZeroDivisionError
               : e.exc_type == "OverflowError"   ? T.OverflowError
               : e.exc_type == "TypeError"       ? T.TypeError
               : e.exc_type == "MemoryError"     ? T.MemoryError
               : e.exc_type == "KeyError"        ? T.KeyError
               : e.exc_type == "IndexError"      ? T.IndexError
                                                 : T.ValueError;
  return PyException{new_exception(cls, {new_str(e.message)})};
}

bool is_generator_frame(const Frame* f) { return f->generator != nullptr; }

Generator* generator_of(const Frame* f) { return static_cast<Generator*>(f->generator); }

// A NameError raised by the interpreter remembers the name and the globals it was looked up in,
// for the "Did you mean" hint of the printed traceback (VM::format_exception).
[[noreturn]] void raise_name_error(const Value& name, const Value& globals) {
  Value exc = new_exception(T.NameError, {new_str("name '" + name.as<Str>()->s + "' is not defined")});
  exc.as<ExceptionObj>()->hint_name = name;
  exc.as<ExceptionObj>()->hint_where = globals;
  raise_value(std::move(exc));
}

Value make_function(Frame* f, uint32_t flags) {
  Value code = std::move(*--f->sp);
  auto* fn = new Function();
  Value result(fn);
  if (flags & MF_CLOSURE) fn->closure = std::move(*--f->sp);
  if (flags & MF_KWDEFAULTS) fn->kwdefaults = std::move(*--f->sp);
  if (flags & MF_DEFAULTS) fn->defaults = std::move(*--f->sp);
  Code* c = code.as<Code>();
  fn->code = code;
  fn->globals = f->globals;
  fn->name = intern(c->name);
  fn->qualname = intern(c->qualname);
  fn->doc = c->doc;
  return result;
}

}  // namespace

// ----- entering and leaving execute() -------------------------------------------------------------
Value VM::execute(Frame* entry) {
  if (native_depth_ >= kNativeReentryLimit) {
    // Too many nested native -> Python calls for the C++ stack: behave like CPython's limit.
    --depth_;
    if (!entry->generator) delete entry;
    raise_recursion();
  }
  entry->entry = true;
  entry->back = frame_;
  frame_ = entry;
  ++native_depth_;
  Value pending = std::move(pending_throw_);
  pending_throw_ = Value();
  for (;;) {
    Value exc;
    try {
      if (!pending.is_none()) {
        exc = std::move(pending);
        pending = Value();
      } else {
        Value result;
        run_frame_loop(entry, result);
        --native_depth_;
        return result;
      }
    } catch (PyException& e) {
      exc = std::move(e.exc);
    } catch (FormatError& e) {
      exc = format_error_to_py(e).exc;
    } catch (LimitExceeded&) {
      // Abandon every frame of this execute(); the run is over.
      while (frame_ && frame_ != entry->back) {
        Frame* f = frame_;
        frame_ = f->back;
        bool was_entry = f == entry;
        while (f->sp > f->stack_base) *--f->sp = Value();
        f->entry = false;
        if (f->generator) generator_of(f)->state = Generator::State::Closed;
        pop_frame(f);
        if (was_entry) break;
      }
      --native_depth_;
      throw;
    }
    if (!unwind(entry, std::move(exc))) {
      --native_depth_;
      throw PyException{std::move(last_unwound_)};  // no reference left behind: it may own locals
    }
  }
}

// Finds a handler for `exc`, raised in frame_, leaving frames that have none. Returns false when
// the exception escapes `entry` (then frame_ is the native caller's frame again).
bool VM::unwind(Frame* entry, Value exc) {
  bool new_raise = !reraising_;
  reraising_ = false;
  if (new_raise && exc.is(K_Exception)) {
    // Implicit chaining: the exception being handled becomes the new one's __context__.
    Value handled = current_handled_exception();
    if (!handled.is_none() && !handled.identical(exc)) {
      Value o = handled;
      while (o.is(K_Exception)) {
        Value ctx = o.as<ExceptionObj>()->context;
        if (ctx.identical(exc)) {
          o.as<ExceptionObj>()->context = Value();
          break;
        }
        o = ctx;
      }
      exc.as<ExceptionObj>()->context = handled;
    }
  }
  bool add_tb = new_raise;
  Frame* f = frame_;
  for (;;) {
    if (add_tb) add_traceback(f, exc);
    if (observer_ && f->code->user_code) observer_->on_exception(*f, exc);
    const ExceptionTableEntry* h = f->prev_ip == UINT32_MAX ? nullptr : f->code->handler_for(f->prev_ip);
    if (h) {
      Value* new_sp = f->stack_base + h->depth;
      while (f->sp > new_sp) *--f->sp = Value();
      *f->sp++ = std::move(exc);
      f->ip = h->target;
      frame_ = f;
      return true;
    }
    if (observer_ && f->code->user_code) {
      // Thrown in at a yield (close(), throw()) and not handled: CPython's tracer still sees the
      // frame at its yield.
      bool at_yield = f->generator && f->prev_ip != UINT32_MAX &&
                      instr_op(f->code->instructions[f->prev_ip]) == OP_YIELD_VALUE;
      if (at_yield) observer_->on_unwind_at_yield(*f);
      else observer_->on_unwind(*f);
    }
    while (f->sp > f->stack_base) *--f->sp = Value();
    Frame* back = f->back;
    bool was_entry = f == entry;
    keep_locals_with(f, exc);  // the traceback keeps the frame, and so its locals (CPython)
    if (is_generator_frame(f)) {
      Generator* g = generator_of(f);
      g->state = Generator::State::Closed;
      g->yield_from = Value();
      // PEP 479: StopIteration must not leak out of a generator body. StopAsyncIteration is only
      // converted for async generators (PEP 525); a coroutine such as `__anext__` raises it on purpose.
      bool async_gen = g->type == Generator::Type::AsyncGenerator;
      bool stop_async = async_gen && isinstance(exc, T.StopAsyncIteration);
      if (isinstance(exc, T.StopIteration) || stop_async) {
        const char* what = stop_async ? "async generator raised StopAsyncIteration"
                           : async_gen ? "async generator raised StopIteration"
                           : g->type == Generator::Type::Coroutine ? "coroutine raised StopIteration"
                                                                   : "generator raised StopIteration";
        Value wrapped = new_exception(T.RuntimeError, {new_str(what)});
        wrapped.as<ExceptionObj>()->cause = exc;
        wrapped.as<ExceptionObj>()->context = exc;
        wrapped.as<ExceptionObj>()->suppress_context = true;
        exc = wrapped;
      }
      if (back && back->generator && !was_entry) generator_of(back)->yield_from = Value();
    }
    f->entry = false;
    pop_frame(f);
    frame_ = back;
    if (was_entry) {
      last_unwound_ = std::move(exc);
      return false;
    }
    f = back;
    add_tb = true;
  }
}

void VM::add_traceback(Frame* f, const Value& exc) {
  if (!exc.is(K_Exception) || !f->code->user_code) return;
  uint32_t at = f->prev_ip == UINT32_MAX ? 0 : f->prev_ip;
  const ast::Span& s = at < f->code->spans.size() ? f->code->spans[at] : ast::Span{};
  int line = s.line;
  if (line == 0) line = f->last_line > 0 ? f->last_line : f->code->firstlineno;
  exc.as<ExceptionObj>()->traceback.push_back(
      TracebackEntry{f->code_ref, line, s.line == 0 ? -1 : s.col, s.end_line, s.end_col});
}

void VM::fire_line(Frame* f, int line) {
  f->last_line = line;
  f->jumped_back = false;
  if (++steps > limits_.max_steps)
    throw LimitExceeded{"steps", "stopped after " + std::to_string(limits_.max_steps) +
                                     " line steps (the step limit); raise it with --max-steps N"};
  if (observer_ && f->code->user_code) observer_->on_line(*f, line);
}

// ----- the loop -------------------------------------------------------------------------------------
void VM::run_frame_loop(Frame* entry, Value& result) {
  Frame* f = frame_;
#define PUSH(v) (*f->sp++ = (v))
#define POP() (std::move(*--f->sp))
#define TOP() (f->sp[-1])
#define PEEK(n) (f->sp[-int(n)])
  for (;;) {
    // Finalizers of objects freed by the previous instruction (core/lifetime.h), before anything
    // else of the program runs; the frame still points at the instruction that freed them.
    if (g_finalizers_due) [[unlikely]] {
      run_pending_finalizers();
      f = frame_;
    }
    Code* code = f->code;
    uint32_t ip = f->ip;
    uint32_t word = code->instructions[ip];
    f->prev_ip = ip;
    f->ip = ip + 1;
    int line = code->spans[ip].line;
    if (line > 0 && (line != f->last_line || f->jumped_back)) fire_line(f, line);
    uint32_t arg = instr_arg(word);
    switch (instr_op(word)) {
      case OP_NOP:
        break;
      case OP_POP_TOP:
        --f->sp;
        *f->sp = Value();
        break;
      case OP_COPY: {
        Value v = PEEK(arg);
        PUSH(std::move(v));
        break;
      }
      case OP_SWAP:
        std::swap(f->sp[-1], f->sp[-int(arg)]);
        break;
      case OP_PUSH_NULL:
        PUSH(Value::undef());
        break;
      case OP_LOAD_CONST:
        PUSH(code->consts[arg]);
        break;
      case OP_LOAD_FAST: {
        const Value& v = f->locals()[arg];
        if (v.is_undef())
          raise(T.UnboundLocalError, "cannot access local variable '" + code->varnames[arg] +
                                         "' where it is not associated with a value");
        PUSH(v);
        break;
      }
      case OP_STORE_FAST:
        f->locals()[arg] = POP();
        break;
      case OP_DELETE_FAST:
        if (f->locals()[arg].is_undef())
          raise(T.UnboundLocalError, "cannot access local variable '" + code->varnames[arg] +
                                         "' where it is not associated with a value");
        f->locals()[arg] = Value::undef();
        break;
      case OP_LOAD_DEREF:
      case OP_LOAD_CLASSDEREF: {
        if (instr_op(word) == OP_LOAD_CLASSDEREF) {
          const std::string& name = arg < code->cellvars.size() ? code->cellvars[arg]
                                                                : code->freevars[arg - code->cellvars.size()];
          Value v;
          if (dict_get_str(f->locals_dict.as<Dict>(), intern(name), v)) {
            PUSH(std::move(v));
            break;
          }
        }
        Cell* cell = f->cell(int(arg)).as<Cell>();
        if (cell->empty) {
          bool is_cellvar = arg < code->cellvars.size();
          const std::string& name = is_cellvar ? code->cellvars[arg] : code->freevars[arg - code->cellvars.size()];
          if (is_cellvar)
            raise(T.UnboundLocalError, "cannot access local variable '" + name + "' where it is not associated with a value");
          raise(T.NameError, "cannot access free variable '" + name +
                                 "' where it is not associated with a value in enclosing scope");
        }
        PUSH(cell->value);
        break;
      }
      case OP_STORE_DEREF: {
        Cell* cell = f->cell(int(arg)).as<Cell>();
        cell->value = POP();
        cell->empty = false;
        break;
      }
      case OP_DELETE_DEREF: {
        Cell* cell = f->cell(int(arg)).as<Cell>();
        cell->value = Value();
        cell->empty = true;
        break;
      }
      case OP_LOAD_CLOSURE:
        PUSH(f->cell(int(arg)));
        break;
      case OP_LOAD_GLOBAL: {
        const Value& name = code->names[arg];
        if (Value* v = dict_slot_str(f->globals.as<Dict>(), name)) {
          PUSH(*v);
        } else if (Value* b = dict_slot_str(f->builtins.as<Dict>(), name)) {
          PUSH(*b);
        } else {
          raise_name_error(name, f->globals);
        }
        break;
      }
      case OP_STORE_GLOBAL:
        dict_set_str(f->globals.as<Dict>(), code->names[arg], POP());
        break;
      case OP_DELETE_GLOBAL:
        if (!dict_del(*this, f->globals.as<Dict>(), code->names[arg]))
          raise_name_error(code->names[arg], f->globals);
        break;
      case OP_LOAD_NAME: {
        const Value& name = code->names[arg];
        if (Value* v = dict_slot_str(f->locals_dict.as<Dict>(), name)) {
          PUSH(*v);
        } else if (Value* g = dict_slot_str(f->globals.as<Dict>(), name)) {
          PUSH(*g);
        } else if (Value* b = dict_slot_str(f->builtins.as<Dict>(), name)) {
          PUSH(*b);
        } else {
          raise_name_error(name, f->globals);
        }
        break;
      }
      case OP_STORE_NAME:
        dict_set_str(f->locals_dict.as<Dict>(), code->names[arg], POP());
        break;
      case OP_DELETE_NAME:
        if (!dict_del(*this, f->locals_dict.as<Dict>(), code->names[arg]))
          raise_name_error(code->names[arg], f->globals);
        break;
      case OP_LOAD_ATTR: {
        Value obj = POP();
        PUSH(getattr(*this, obj, code->names[arg]));
        break;
      }
      case OP_STORE_ATTR: {
        Value obj = POP();
        Value value = POP();
        setattr(*this, obj, code->names[arg], value);
        break;
      }
      case OP_DELETE_ATTR: {
        Value obj = POP();
        delattr(*this, obj, code->names[arg]);
        break;
      }
      case OP_LOAD_METHOD: {
        Value obj = POP();
        Value method, attr;
        if (get_method(*this, obj, code->names[arg], method, attr)) {
          PUSH(std::move(method));
          PUSH(std::move(obj));
        } else {
          PUSH(Value::undef());
          PUSH(std::move(attr));
        }
        break;
      }
      case OP_CALL:
      case OP_CALL_KW: {
        Tuple* kwnames = nullptr;
        Value kwnames_ref;
        uint32_t total = arg;
        if (instr_op(word) == OP_CALL_KW) {
          kwnames_ref = POP();
          kwnames = kwnames_ref.as<Tuple>();
        }
        Value* args_start = f->sp - total;
        Value& slot_callable = args_start[-2];
        Value& slot_self = args_start[-1];
        Value callable;
        Value* argv;
        size_t argc;
        if (slot_callable.is_undef()) {
          callable = slot_self;
          argv = args_start;
          argc = total;
        } else {
          callable = slot_callable;
          argv = args_start - 1;
          argc = total + 1;
        }
        size_t nkw = kwnames ? kwnames->items.size() : 0;
        CallArgs call_args{argv, argc - nkw, argv + (argc - nkw), kwnames};
        if (callable.is(K_Function)) {
          Value gen;
          Frame* callee = push_function_frame(callable.as<Function>(), call_args, gen);
          Value* base = args_start - 2;
          while (f->sp > base) *--f->sp = Value();
          if (!callee) {
            PUSH(std::move(gen));
            break;
          }
          callee->back = f;
          frame_ = f = callee;
          if (observer_ && f->code->user_code) observer_->on_enter(*f, false);
          break;
        }
        Value r = call(callable, call_args);
        Value* base = args_start - 2;
        while (f->sp > base) *--f->sp = Value();
        PUSH(std::move(r));
        break;
      }
      case OP_CALL_EX: {
        Value kwargs;
        if (arg & 1) kwargs = POP();
        Value args_tuple = POP();
        Value callable = POP();
        --f->sp;  // NULL
        std::vector<Value> argv = to_vector(*this, args_tuple);
        size_t npos = argv.size();
        std::vector<Value> names;
        if (!kwargs.is_none()) {
          if (!kwargs.is(K_Dict))
            raise(T.TypeError, "argument after ** must be a mapping, not " + type_name(kwargs));
          for (auto& e : kwargs.as<Dict>()->entries) {
            if (!e.live) continue;
            if (!e.key.is(K_Str)) raise(T.TypeError, "keywords must be strings");
            names.push_back(intern(e.key.as<Str>()->s));
            argv.push_back(e.value);
          }
        }
        Value kwnames_ref = names.empty() ? Value() : new_tuple(std::move(names));
        CallArgs call_args{argv.data(), npos, argv.data() + npos,
                           kwnames_ref.is_none() ? nullptr : kwnames_ref.as<Tuple>()};
        if (callable.is(K_Function)) {
          Value gen;
          Frame* callee = push_function_frame(callable.as<Function>(), call_args, gen);
          if (!callee) {
            PUSH(std::move(gen));
            break;
          }
          callee->back = f;
          frame_ = f = callee;
          if (observer_ && f->code->user_code) observer_->on_enter(*f, false);
          break;
        }
        PUSH(call(callable, call_args));
        break;
      }
      case OP_BINARY_OP: {
        Value b = POP();
        Value a = POP();
        bool inplace = arg >= 16;
        auto op = static_cast<ast::BinOpKind>(arg & 15);
        if (a.is_small_int() && b.is_small_int() && !a.is_bool() && !b.is_bool()) {
          int64_t x = a.as_int(), y = b.as_int(), r;
          if (op == ast::BinOpKind::Add && !__builtin_add_overflow(x, y, &r)) {
            PUSH(Value::integer(r));
            break;
          }
          if (op == ast::BinOpKind::Sub && !__builtin_sub_overflow(x, y, &r)) {
            PUSH(Value::integer(r));
            break;
          }
        }
        PUSH(binary_op(*this, op, a, b, inplace));
        break;
      }
      case OP_UNARY_NEGATIVE: {
        Value v = POP();
        PUSH(unary_negative(*this, v));
        break;
      }
      case OP_UNARY_POSITIVE: {
        Value v = POP();
        PUSH(unary_positive(*this, v));
        break;
      }
      case OP_UNARY_NOT: {
        Value v = POP();
        PUSH(Value::boolean(!truthy(*this, v)));
        break;
      }
      case OP_UNARY_INVERT: {
        Value v = POP();
        PUSH(unary_invert(*this, v));
        break;
      }
      case OP_COMPARE_OP: {
        Value b = POP();
        Value a = POP();
        auto op = static_cast<ast::CmpOpKind>(arg);
        if (a.is_small_int() && b.is_small_int()) {
          int64_t x = a.as_int(), y = b.as_int();
          bool r = false;
          switch (op) {
            case ast::CmpOpKind::Eq: r = x == y; break;
            case ast::CmpOpKind::NotEq: r = x != y; break;
            case ast::CmpOpKind::Lt: r = x < y; break;
            case ast::CmpOpKind::LtE: r = x <= y; break;
            case ast::CmpOpKind::Gt: r = x > y; break;
            case ast::CmpOpKind::GtE: r = x >= y; break;
            default: break;
          }
          PUSH(Value::boolean(r));
          break;
        }
        PUSH(compare(*this, op, a, b));
        break;
      }
      case OP_IS_OP: {
        Value b = POP();
        Value a = POP();
        bool same = a.identical(b);
        PUSH(Value::boolean(arg ? !same : same));
        break;
      }
      case OP_CONTAINS_OP: {
        Value container = POP();
        Value item = POP();
        bool in = contains(*this, container, item);
        PUSH(Value::boolean(arg ? !in : in));
        break;
      }
      case OP_BINARY_SUBSCR: {
        Value key = POP();
        Value container = POP();
        PUSH(getitem(*this, container, key));
        break;
      }
      case OP_STORE_SUBSCR: {
        Value key = POP();
        Value container = POP();
        Value value = POP();
        setitem(*this, container, key, value);
        break;
      }
      case OP_DELETE_SUBSCR: {
        Value key = POP();
        Value container = POP();
        delitem(*this, container, key);
        break;
      }
      case OP_BUILD_SLICE: {
        auto* s = new Slice();
        Value sv(s);
        if (arg == 3) s->step = POP();
        s->stop = POP();
        s->start = POP();
        PUSH(std::move(sv));
        break;
      }
      case OP_BUILD_TUPLE:
      case OP_BUILD_LIST: {
        std::vector<Value> items(arg);
        for (uint32_t i = arg; i > 0; --i) items[i - 1] = POP();
        PUSH(instr_op(word) == OP_BUILD_TUPLE ? new_tuple(std::move(items)) : new_list(std::move(items)));
        break;
      }
      case OP_BUILD_SET: {
        Value s = new_set();
        Value* first = f->sp - arg;
        for (uint32_t i = 0; i < arg; ++i) set_add(*this, s.as<Set>(), first[i]);
        while (f->sp > first) *--f->sp = Value();
        PUSH(std::move(s));
        break;
      }
      case OP_BUILD_MAP: {
        Value d = new_dict();
        Value* first = f->sp - 2 * arg;
        for (uint32_t i = 0; i < arg; ++i) dict_set(*this, d.as<Dict>(), first[2 * i], first[2 * i + 1]);
        while (f->sp > first) *--f->sp = Value();
        PUSH(std::move(d));
        break;
      }
      case OP_BUILD_STRING: {
        std::string out;
        Value* first = f->sp - arg;
        for (uint32_t i = 0; i < arg; ++i) out += first[i].as<Str>()->s;
        while (f->sp > first) *--f->sp = Value();
        PUSH(new_str(std::move(out)));
        break;
      }
      case OP_LIST_APPEND: {
        Value v = POP();
        PEEK(arg).as<List>()->items.push_back(std::move(v));
        break;
      }
      case OP_SET_ADD: {
        Value v = POP();
        set_add(*this, PEEK(arg).as<Set>(), v);
        break;
      }
      case OP_MAP_ADD: {
        Value v = POP();
        Value k = POP();
        dict_set(*this, PEEK(arg).as<Dict>(), k, std::move(v));
        break;
      }
      case OP_LIST_EXTEND: {
        Value iterable = POP();
        std::vector<Value> items = to_vector(*this, iterable, true);
        auto& dst = PEEK(arg).as<List>()->items;
        for (auto& v : items) dst.push_back(std::move(v));
        break;
      }
      case OP_SET_UPDATE: {
        Value iterable = POP();
        for (auto& v : to_vector(*this, iterable)) set_add(*this, PEEK(arg).as<Set>(), v);
        break;
      }
      case OP_DICT_UPDATE:
      case OP_DICT_MERGE: {
        Value mapping = POP();
        Dict* dst = PEEK(arg).as<Dict>();
        if (!mapping.is(K_Dict)) {
          if (instr_op(word) == OP_DICT_MERGE)
            raise(T.TypeError, "argument after ** must be a mapping, not " + type_name(mapping));
          raise(T.TypeError, "'" + type_name(mapping) + "' object is not a mapping");
        }
        for (auto& e : mapping.as<Dict>()->entries) {
          if (!e.live) continue;
          if (instr_op(word) == OP_DICT_MERGE) {
            Value existing;
            if (dict_get(*this, dst, e.key, existing))
              raise(T.TypeError, "got multiple values for keyword argument '" + str_text(*this, e.key) + "'");
          }
          dict_set(*this, dst, e.key, e.value);
        }
        break;
      }
      case OP_LIST_TO_TUPLE: {
        Value list = POP();
        PUSH(new_tuple(list.as<List>()->items));
        break;
      }
      case OP_UNPACK_SEQUENCE: {
        Value seq = POP();
        std::vector<Value> items;
        if (seq.is(K_Tuple)) items = seq.as<Tuple>()->items;
        else if (seq.is(K_List)) items = seq.as<List>()->items;
        else {
          if (!seq.is_obj() || seq.is(K_Class) || seq.is(K_Function))
            raise(T.TypeError, "cannot unpack non-iterable " + type_name(seq) + " object");
          Value it = get_iter(*this, seq);
          Value x;
          while (iter_next(*this, it, x)) {
            items.push_back(std::move(x));
            if (items.size() > arg) break;
          }
        }
        if (items.size() != arg) {
          if (items.size() > arg)
            raise(T.ValueError, "too many values to unpack (expected " + std::to_string(arg) + ")");
          raise(T.ValueError, "not enough values to unpack (expected " + std::to_string(arg) + ", got " +
                                  std::to_string(items.size()) + ")");
        }
        for (size_t i = items.size(); i > 0; --i) PUSH(std::move(items[i - 1]));
        break;
      }
      case OP_UNPACK_EX: {
        uint32_t before = arg & 0xff, after = arg >> 8;
        Value seq = POP();
        if (!seq.is_obj()) raise(T.TypeError, "cannot unpack non-iterable " + type_name(seq) + " object");
        std::vector<Value> items = to_vector(*this, seq);
        if (items.size() < before + after)
          raise(T.ValueError, "not enough values to unpack (expected at least " + std::to_string(before + after) +
                                  ", got " + std::to_string(items.size()) + ")");
        for (size_t i = 0; i < after; ++i) PUSH(items[items.size() - 1 - i]);
        std::vector<Value> middle(items.begin() + before, items.end() - after);
        PUSH(new_list(std::move(middle)));
        for (size_t i = before; i > 0; --i) PUSH(items[i - 1]);
        break;
      }
      case OP_JUMP:
        f->ip = arg;
        break;
      case OP_JUMP_BACKWARD:
        f->ip = arg;
        f->jumped_back = true;
        break;
      case OP_POP_JUMP_IF_FALSE: {
        Value v = POP();
        bool t = v.is_bool() ? v.as_bool() : truthy(*this, v);
        if (!t) f->ip = arg;
        break;
      }
      case OP_POP_JUMP_IF_TRUE:
      case OP_POP_JUMP_BACKWARD_IF_TRUE: {
        Value v = POP();
        bool t = v.is_bool() ? v.as_bool() : truthy(*this, v);
        if (t) {
          f->ip = arg;
          if (instr_op(word) == OP_POP_JUMP_BACKWARD_IF_TRUE) f->jumped_back = true;
        }
        break;
      }
      case OP_JUMP_IF_FALSE_OR_POP:
        if (!truthy(*this, TOP())) f->ip = arg;
        else (void)POP();
        break;
      case OP_JUMP_IF_TRUE_OR_POP:
        if (truthy(*this, TOP())) f->ip = arg;
        else (void)POP();
        break;
      case OP_POP_JUMP_IF_NONE: {
        Value v = POP();
        if (v.is_none()) f->ip = arg;
        break;
      }
      case OP_POP_JUMP_IF_NOT_NONE: {
        Value v = POP();
        if (!v.is_none()) f->ip = arg;
        break;
      }
      case OP_GET_ITER: {
        Value v = POP();
        PUSH(get_iter(*this, v));
        break;
      }
      case OP_FOR_ITER: {
        Value& it = TOP();
        if (it.is(K_Generator)) {
          Generator* g = it.as<Generator>();
          if (g->state == Generator::State::Closed) {
            (void)POP();
            f->ip = arg;
            break;
          }
          // Resume the generator inline: its yields come back to this FOR_ITER.
          check_resumable(g);
          bool started = g->state == Generator::State::Suspended;
          enter_generator(g, f);
          Frame* gf = g->frame.get();
          if (started) *gf->sp++ = Value();
          frame_ = f = gf;
          if (observer_ && f->code->user_code) observer_->on_enter(*f, started);
          break;
        }
        Value next;
        if (iter_next(*this, it, next)) {
          PUSH(std::move(next));
        } else {
          (void)POP();
          f->ip = arg;
        }
        break;
      }
      case OP_RETURN_VALUE:
      case OP_YIELD_VALUE: {
        Value v = POP();
        bool yield = instr_op(word) == OP_YIELD_VALUE;
        if (observer_ && code->user_code) observer_->on_leave(*f, yield, v);
        Frame* back = f->back;
        bool was_entry = f == entry;
        Generator* gen = generator_of(f);
        if (gen) {
          gen->state = yield ? Generator::State::Suspended : Generator::State::Closed;
          if (!yield) {
            // A finished generator's frame is cleared at once, its locals first (CPython).
            for (Value* v = f->slots.get(); v < f->sp; ++v) *v = Value();
            f->sp = f->stack_base;
          }
        }
        f->entry = false;
        --depth_;
        if (!gen) delete f;
        frame_ = back;
        if (was_entry) {
          yielded_ = yield;
          result = std::move(v);
          return;
        }
        f = back;
        // Back in the caller: a CALL, a FOR_ITER driving a generator, or a SEND delegating.
        Opcode caller_op = instr_op(f->code->instructions[f->ip - 1]);
        if (caller_op == OP_SEND) {
          if (yield) {
            PUSH(std::move(v));  // SEND yields the value on: continue at YIELD_VALUE
          } else {
            (void)POP();  // the finished iterator
            PUSH(std::move(v));
            f->ip = instr_arg(f->code->instructions[f->ip - 1]);
            if (f->generator) generator_of(f)->yield_from = Value();
          }
        } else if (caller_op == OP_FOR_ITER) {
          if (yield) {
            PUSH(std::move(v));
          } else {
            (void)POP();  // the exhausted generator
            f->ip = instr_arg(f->code->instructions[f->ip - 1]);
          }
        } else {
          PUSH(std::move(v));
        }
        break;
      }
      case OP_GET_AWAITABLE: {
        Value v = POP();
        PUSH(get_awaitable(v, arg));
        break;
      }
      case OP_GET_YIELD_FROM_ITER: {
        Value v = POP();
        if (Value coro = awaited_coroutine(v); !coro.is_none()) {
          PUSH(std::move(coro));  // `yield from coro.__await__()` drives the coroutine itself
        } else if (v.is(K_Generator)) {
          if (v.as<Generator>()->type == Generator::Type::Coroutine && !(code->flags & CO_COROUTINE))
            raise(T.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
          PUSH(std::move(v));
        } else {
          PUSH(get_iter(*this, v));
        }
        break;
      }
      case OP_SEND: {
        Value sent = POP();
        Value& it = TOP();
        if (it.is(K_Generator)) {
          Generator* g = it.as<Generator>();
          check_resumable(g);
          if (g->state == Generator::State::Closed) {
            if (g->type == Generator::Type::Coroutine)
              raise(T.RuntimeError, "cannot reuse already awaited coroutine");
            (void)POP();
            PUSH(Value());
            f->ip = arg;
            break;
          }
          if (f->generator) generator_of(f)->yield_from = it;
          bool started = g->state == Generator::State::Suspended;
          if (g->type == Generator::Type::Coroutine) g->awaited = true;
          enter_generator(g, f);
          Frame* gf = g->frame.get();
          if (started) *gf->sp++ = std::move(sent);
          else if (!sent.is_none())
            raise(T.TypeError, "can't send non-None value to a just-started coroutine");
          frame_ = f = gf;
          if (observer_ && f->code->user_code) observer_->on_enter(*f, started);
          break;
        }
        Value out;
        bool yielded = send_to_iterator(it, std::move(sent), out);
        if (yielded) {
          if (f->generator) generator_of(f)->yield_from = it;
          PUSH(std::move(out));
        } else {
          if (f->generator) generator_of(f)->yield_from = Value();
          (void)POP();
          PUSH(std::move(out));
          f->ip = arg;
        }
        break;
      }
      case OP_MAKE_FUNCTION:
        PUSH(make_function(f, arg));
        break;
      case OP_MAKE_CLASS: {
        Value kwargs;
        if (arg & 1) kwargs = POP();
        Value bases = POP();
        Value name = POP();
        Value body = POP();
        PUSH(make_class(body, name, bases, kwargs));
        break;
      }
      case OP_FORMAT_VALUE: {
        Value spec;
        if (arg & 4) spec = POP();
        Value v = POP();
        switch (arg & 3) {
          case 1: v = str(*this, v); break;
          case 2: v = repr(*this, v); break;
          case 3: v = new_str(pyformat::ascii_escape(repr_text(*this, v))); break;
          default: break;
        }
        std::string_view spec_text = spec.is_none() ? std::string_view() : std::string_view(spec.as<Str>()->s);
        if (v.is(K_Str) && spec_text.empty()) {
          PUSH(std::move(v));
        } else {
          PUSH(new_str(format_with_spec(*this, v, spec_text)));
        }
        break;
      }
      case OP_RAISE_VARARGS: {
        if (arg == 0) {
          Value handled = current_handled_exception();
          if (handled.is_none()) raise(T.RuntimeError, "No active exception to reraise");
          reraising_ = true;
          raise_value(handled);
        }
        Value cause;
        if (arg == 2) cause = POP();
        Value exc = POP();
        Value instance = exception_instance(exc);
        if (arg == 2) {
          auto* e = instance.as<ExceptionObj>();
          if (cause.is_none()) {
            e->cause = Value();
          } else {
            Value c = exception_instance_or_type_error(cause);
            e->cause = c;
          }
          e->suppress_context = true;
        }
        raise_value(instance);
      }
      case OP_RERAISE: {
        Value exc = POP();
        reraising_ = true;
        raise_value(exc);
      }
      case OP_PUSH_EXC_INFO: {
        Value exc = POP();
        PUSH(f->exc_info);
        f->exc_info = exc;
        PUSH(std::move(exc));
        break;
      }
      case OP_POP_EXCEPT:
        f->exc_info = POP();
        break;
      case OP_CLEANUP_RERAISE: {
        Value exc = POP();
        f->exc_info = POP();
        reraising_ = true;
        raise_value(exc);
      }
      case OP_CHECK_EXC_MATCH: {
        Value type = POP();
        check_except_type(type);
        bool matches = exception_matches(TOP(), type);
        PUSH(Value::boolean(matches));
        break;
      }
      case OP_CHECK_EG_MATCH: {
        Value type = POP();
        check_except_type(type);
        bool group_type = false;
        if (type.is(K_Tuple)) {
          for (const Value& t : type.as<Tuple>()->items)
            group_type = group_type || t.as<Class>()->is_subclass_of(T.BaseExceptionGroup);
        } else {
          group_type = type.as<Class>()->is_subclass_of(T.BaseExceptionGroup);
        }
        if (group_type)
          raise(T.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
        Value match, rest;
        exception_group_match(*this, TOP(), type, match, rest);
        if (!match.is_none()) {
          TOP() = std::move(rest);
          // The clause handles its match: a bare `raise` re-raises it, and exceptions raised in
          // the clause get it as their __context__.
          f->exc_info = match;
        }
        PUSH(std::move(match));
        break;
      }
      case OP_PREP_RERAISE_STAR: {
        Value raised = POP();
        Value orig = POP();
        PUSH(prepare_reraise_star(*this, orig, raised));
        break;
      }
      case OP_BEFORE_WITH: {
        Value mgr = POP();
        Value enter, exit;
        if (!getattr_opt(*this, mgr, intern("__enter__"), enter) ||
            !getattr_opt(*this, mgr, intern("__exit__"), exit)) {
          raise(T.TypeError, "'" + type_name(mgr) + "' object does not support the context manager protocol");
        }
        PUSH(exit);
        PUSH(call0(enter));
        break;
      }
      case OP_BEFORE_ASYNC_WITH: {
        Value mgr = POP();
        Value enter, exit;
        if (!getattr_opt(*this, mgr, intern("__aenter__"), enter) ||
            !getattr_opt(*this, mgr, intern("__aexit__"), exit)) {
          raise(T.TypeError, "'" + type_name(mgr) + "' object does not support the asynchronous context manager protocol");
        }
        PUSH(exit);
        PUSH(call0(enter));
        break;
      }
      case OP_WITH_EXCEPT_START: {
        // Stack: exit prev_exc exc
        Value exc = TOP();
        Value exit = PEEK(3);
        Value type(static_cast<Object*>(type_of(exc)));
        PUSH(call(exit, std::vector<Value>{type, exc, Value::none()}));
        break;
      }
      case OP_IMPORT_NAME:
        PUSH(import_module(code->names[arg].as<Str>()->s));
        break;
      case OP_IMPORT_FROM: {
        const Value& module = TOP();
        Value v;
        if (!getattr_opt(*this, module, code->names[arg], v))
          raise(T.ImportError, "cannot import name '" + code->names[arg].as<Str>()->s + "' from '" +
                                   module.as<Module>()->name + "'");
        PUSH(std::move(v));
        break;
      }
      case OP_LOAD_ASSERTION_ERROR:
        PUSH(Value(static_cast<Object*>(T.AssertionError)));
        break;
      case OP_SETUP_ANNOTATIONS:
        break;
      case OP_END_ASYNC_FOR: {
        Value exc = POP();
        (void)POP();  // the async iterator
        if (!isinstance(exc, T.StopAsyncIteration)) {
          reraising_ = true;
          raise_value(exc);
        }
        break;
      }
      case OP_GET_AITER: {
        Value v = POP();
        Value method;
        if (!getattr_opt(*this, v, intern("__aiter__"), method))
          raise(T.TypeError, "'async for' requires an object with __aiter__ method, got " + type_name(v));
        PUSH(call0(method));
        break;
      }
      case OP_GET_ANEXT: {
        Value method;
        if (!getattr_opt(*this, TOP(), intern("__anext__"), method))
          raise(T.TypeError, "'async for' requires an iterator with __anext__ method, got " + type_name(TOP()));
        Value awaitable = call0(method);
        PUSH(get_awaitable(awaitable, 0));
        break;
      }
      case OP__COUNT:
        break;
    }
    f = frame_;
  }
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
}

}  // namespace looplab
