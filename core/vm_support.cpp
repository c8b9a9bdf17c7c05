// The VM's less frequent work: running a module, building classes, awaiting, exception objects
// and CPython-shaped tracebacks.
#include <algorithm>
#include <functional>
#include <sstream>

#include "core/builtins.h"
#include "core/exception_group.h"
#include "core/pyformat.h"
#include "core/traceback_carets.h"
#include "core/vm.h"

namespace looplab {

namespace {

// C3 linearization of the bases (everything after the class itself in its MRO).
std::vector<Class*> c3_linearization(const std::vector<Class*>& bases, const Value& bases_tuple) {
  if (bases.empty()) return {T.object};
  if (bases.size() == 1) return bases[0]->mro;
  std::vector<std::vector<Class*>> seqs;
  for (Class* b : bases) seqs.push_back(b->mro);
  seqs.push_back(bases);
  std::vector<Class*> out;
  for (;;) {
    bool any = false;
    for (auto& s : seqs) any = any || !s.empty();
    if (!any) return out;
    Class* pick = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      Class* head = s.front();
      bool in_tail = false;
      for (auto& other : seqs)
        for (size_t i = 1; i < other.size(); ++i) in_tail = in_tail || other[i] == head;
      if (!in_tail) {
        pick = head;
        break;
      }
    }
    if (!pick) {
      std::string names;
      for (const Value& b : bases_tuple.as<Tuple>()->items) names += (names.empty() ? "" : ", ") + b.as<Class>()->name;
      raise(T.TypeError, "Cannot create a consistent method resolution order (MRO) for bases " + names);
    }
    out.push_back(pick);
    for (auto& s : seqs)
      if (!s.empty() && s.front() == pick) s.erase(s.begin());
  }
}

}  // namespace

void VM::run_module(const Value& code_value) {
  main_globals_ = new_dict();
  Dict* globals = main_globals_.as<Dict>();
  dict_set_str(globals, intern("__name__"), intern("__main__"));
  dict_set_str(globals, intern("__doc__"), Value::none());
  Frame* f = allocate_frame(code_value);
  f->globals = main_globals_;
  f->locals_dict = main_globals_;
  f->builtins = builtins_;
  ++depth_;
  f->depth = depth_;
  if (observer_) observer_->on_enter(*f, false);
  execute(f);
}

Value VM::run_library_module(const std::string& name, const Value& code_value) {
  auto* m = new Module();
  m->name = name;
  m->dict = new_dict();
  Value module(m);
  Dict* globals = m->dict.as<Dict>();
  dict_set_str(globals, intern("__name__"), intern(name));
  Frame* f = allocate_frame(code_value);
  f->globals = m->dict;
  f->locals_dict = m->dict;
  f->builtins = builtins_;
  ++depth_;
  f->depth = depth_;
  execute(f);
  return module;
}

Value VM::make_class(const Value& body, const Value& name, const Value& bases, const Value& kwargs) {
  if (!kwargs.is_none() && kwargs.as<Dict>()->used > 0)
    raise(T.TypeError, "class keyword arguments (such as metaclass=...) are not supported by looplab");
  Class* base = T.object;
  std::vector<Class*> given;
  for (const Value& b : bases.as<Tuple>()->items) {
    if (!b.is(K_Class)) raise(T.TypeError, "bases must be types");
    if (b.as<Class>() != T.object) given.push_back(b.as<Class>());
  }
  const std::string& class_name = name.as<Str>()->s;
  if (!given.empty()) base = given[0];
  for (Class* b : given)
    if (b->builtin && !b->is_exception)
      raise(T.TypeError, "subclassing the builtin type '" + b->name + "' is not supported by looplab");
  std::vector<Class*> mro = c3_linearization(given, bases);

  Function* fn = body.as<Function>();
  Value ns = new_dict();
  Frame* f = allocate_frame(fn->code);
  f->func = body;
  f->globals = fn->globals;
  f->locals_dict = ns;
  f->builtins = builtins_;
  setup_frame_cells(f, fn);
  if (depth_ >= 1000) {
    delete f;
    raise_recursion();
  }
  ++depth_;
  f->depth = depth_;
  if (observer_ && f->code->user_code) observer_->on_enter(*f, false);
  Value cell = execute(f);

  // Like CPython: defining __eq__ without __hash__ makes instances unhashable.
  if (dict_slot_str(ns.as<Dict>(), intern("__eq__")) && !dict_slot_str(ns.as<Dict>(), intern("__hash__")))
    dict_set_str(ns.as<Dict>(), intern("__hash__"), Value::none());
  auto* cls = new Class();
  Value result(cls);
  cls->name = class_name;
  Value qualname;
  cls->qualname = dict_get_str(ns.as<Dict>(), intern("__qualname__"), qualname) && qualname.is(K_Str)
                      ? qualname.as<Str>()->s
                      : class_name;
  dict_del(*this, ns.as<Dict>(), intern("__qualname__"));
  Value module;
  cls->module = dict_get_str(ns.as<Dict>(), intern("__module__"), module) && module.is(K_Str)
                    ? module.as<Str>()->s
                    : "__main__";
  cls->base = base;
  cls->mro.push_back(cls);
  for (Class* c : mro) cls->mro.push_back(c);
  cls->dict = ns;
  for (Class* c : mro) cls->is_exception = cls->is_exception || c->is_exception;
  cls->instance_kind = cls->is_exception ? K_Exception : K_Instance;
  cls->builtin = false;
  cls->base_ref = bases;  // the subclass keeps its bases alive
  if (cell.is(K_Cell)) {
    cell.as<Cell>()->value = result;
    cell.as<Cell>()->empty = false;
    dict_del(*this, ns.as<Dict>(), intern("__classcell__"));
  }
  return result;
}

Value VM::get_awaitable(const Value& v, uint32_t where) {
  if (v.is(K_Generator)) {
    Generator* g = v.as<Generator>();
    if (g->type == Generator::Type::Coroutine) {
      if (g->state == Generator::State::Closed)
        raise(T.RuntimeError, "cannot reuse already awaited coroutine");
      return v;
    }
  }
  Value method;
  if (v.is_obj() && !v.is(K_Class) && getattr_opt(*this, v, intern("__await__"), method)) {
    Value it = call0(method);
    if (Value coro = awaited_coroutine(it); !coro.is_none()) return coro;
    if (!(it.is(K_Generator) || it.is(K_Iterator)))
      raise(T.TypeError, "__await__() returned non-iterator of type '" + type_name(it) + "'");
    return it;
  }
  if (where == 1)
    raise(T.TypeError, "'async with' received an object from __aenter__ that does not implement __await__: " + type_name(v));
  if (where == 2)
    raise(T.TypeError, "'async with' received an object from __aexit__ that does not implement __await__: " + type_name(v));
  raise(T.TypeError, "object " + type_name(v) + " can't be used in 'await' expression");
}

bool VM::send_to_iterator(const Value& it, Value sent, Value& out) {
  if (it.is(K_Iterator)) {
    out = Value::none();
    return static_cast<NativeIterator*>(it.obj())->next(*this, out);
  }
  Value method;
  try {
    if (!sent.is_none() && getattr_opt(*this, it, intern("send"), method)) {
      out = call1(method, std::move(sent));
      return true;
    }
    if (!getattr_opt(*this, it, intern("__next__"), method))
      raise(T.TypeError, "'" + type_name(it) + "' object is not an iterator");
    out = call0(method);
    return true;
  } catch (PyException& e) {
    if (!isinstance(e.exc, T.StopIteration)) throw;
    auto* stop = e.exc.as<ExceptionObj>();
    const auto& args = stop->args.as<Tuple>()->items;
    out = !stop->value.is_none() ? stop->value : (args.empty() ? Value::none() : args[0]);
    return false;
  }
}

Value VM::exception_instance(const Value& v) {
  if (v.is(K_Exception)) return v;
  if (is_exception_class(v)) {
    Value instance = call0(v);
    if (!instance.is(K_Exception))
      raise(T.TypeError, "calling " + repr_text(*this, v) + " should have returned an instance of BaseException, not " + type_name(instance));
    return instance;
  }
  raise(T.TypeError, "exceptions must derive from BaseException");
}

Value VM::exception_instance_or_type_error(const Value& v) {
  if (v.is(K_Exception)) return v;
  if (is_exception_class(v)) return call0(v);
  raise(T.TypeError, "exception causes must derive from BaseException");
}

void VM::check_except_type(const Value& type) {
  auto ok = [](const Value& t) { return is_exception_class(t); };
  if (type.is(K_Tuple)) {
    for (const Value& t : type.as<Tuple>()->items)
      if (!ok(t)) raise(T.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return;
  }
  if (!ok(type)) raise(T.TypeError, "catching classes that do not inherit from BaseException is not allowed");
}

bool VM::exception_matches(const Value& exc, const Value& type) {
  if (type.is(K_Tuple)) {
    for (const Value& t : type.as<Tuple>()->items)
      if (isinstance(exc, t.as<Class>())) return true;
    return false;
  }
  return isinstance(exc, type.as<Class>());
}

// ----- tracebacks ----------------------------------------------------------------------------------
namespace {

// CPython 3.11's Python/suggestions.c: a Levenshtein distance where a case change costs 1 and any
// other edit 2, giving up above max_cost.
constexpr size_t kMoveCost = 2, kCaseCost = 1, kMaxStringSize = 40, kMaxCandidates = 750;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a = char(a + ('a' - 'A'));
  if ('A' <= b && b <= 'Z') b = char(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) a.remove_prefix(1), b.remove_prefix(1);
  while (!a.empty() && !b.empty() && a.back() == b.back()) a.remove_suffix(1), b.remove_suffix(1);
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  size_t buffer[kMaxStringSize];
  for (size_t i = 0; i < a.size(); ++i) buffer[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t ai = 0; ai < a.size(); ++ai) {
      size_t substitute = distance + substitution_cost(b[bi], a[ai]);
      distance = buffer[ai];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[ai] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// The closest candidate (first one wins ties), or "" (calculate_suggestions).
std::string best_suggestion(const std::vector<std::string>& candidates, const std::string& name) {
  if (candidates.size() >= kMaxCandidates) return "";
  std::string best;
  size_t best_distance = SIZE_MAX;
  for (const std::string& item : candidates) {
    if (item == name) continue;
    size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    if (best_distance != SIZE_MAX) max_distance = std::min(max_distance, best_distance - 1);
    size_t d = levenshtein(name, item, max_distance);
    if (d > max_distance) continue;
    if (best.empty() || d < best_distance) best = item, best_distance = d;
  }
  return best;
}

std::vector<std::string> dict_key_names(const Value& d) {
  std::vector<std::string> out;
  if (!d.is(K_Dict)) return out;
  for (auto& e : d.as<Dict>()->entries)
    if (e.live && e.key.is(K_Str)) out.push_back(e.key.as<Str>()->s);
  return out;
}

}  // namespace

// The ". Did you mean: 'x'?" CPython's traceback printer adds for a NameError (the innermost
// frame's locals, then its globals, then the builtins) or an AttributeError (dir() of the object).
std::string VM::suggestion_for(const Value& exc) {
  auto* x = exc.as<ExceptionObj>();
  if (!x->hint_name.is(K_Str)) return "";
  const std::string& name = x->hint_name.as<Str>()->s;
  try {
    if (x->klass() == T.NameError) {
      std::vector<std::string> locals;
      if (!x->traceback.empty()) locals = x->traceback.front().code.as<Code>()->varnames;
      std::string s = best_suggestion(locals, name);
      if (s.empty()) s = best_suggestion(dict_key_names(x->hint_where), name);
      if (s.empty()) s = best_suggestion(dict_key_names(builtins_), name);
      return s;
    }
    if (isinstance(exc, T.AttributeError)) {
      Value dir_fn;
      if (!dict_get_str(builtins(), intern("dir"), dir_fn)) return "";
      Value names = call1(dir_fn, x->hint_where);
      std::vector<std::string> candidates;
      if (names.is(K_List))
        for (const Value& n : names.as<List>()->items)
          if (n.is(K_Str)) candidates.push_back(n.as<Str>()->s);
      return best_suggestion(candidates, name);
    }
  } catch (PyException&) {
  }
  return "";
}

namespace {

// CPython 3.11's printing of an uncaught exception (Python/pythonrun.c, print_exception_recursive):
// the exceptions it was chained from first, then its traceback and message. An exception group
// then shows each of its exceptions in a numbered frame, indented one level deeper, with a "| "
// margin (the top group's traceback header gets a "+ ").
class ExceptionPrinter {
 public:
  explicit ExceptionPrinter(VM& vm) : vm_(vm) {}

  std::string print(const Value& exc) {
    print_recursive(exc);
    return out_.str();
  }

 private:
  static constexpr size_t kMaxGroupWidth = 15;
  static constexpr int kMaxGroupDepth = 10;

  std::string indent() const { return std::string(size_t(2 * group_depth_), ' '); }
  const char* margin() const { return group_depth_ > 0 ? "| " : ""; }
  void line(const std::string& text) { out_ << indent() << margin() << text << "\n"; }

  // Exceptions already printed (or being printed) are not shown again: chains can loop.
  bool seen(const Value& e) const {
    return !e.is(K_Exception) || std::find(seen_.begin(), seen_.end(), e.obj()) != seen_.end();
  }

  void print_recursive(const Value& e) {
    if (!e.is(K_Exception)) return;
    print_cause_and_context(e);
    if (is_exception_group(e)) print_group(e);
    else print_exception(e, false);
  }

  void print_cause_and_context(const Value& e) {
    seen_.push_back(e.obj());
    auto* x = e.as<ExceptionObj>();
    if (!x->cause.is_none()) {
      if (!seen(x->cause))
        print_chained(x->cause, "The above exception was the direct cause of the following exception:");
      return;
    }
    if (!x->suppress_context && !x->context.is_none() && !seen(x->context))
      print_chained(x->context, "During handling of the above exception, another exception occurred:");
  }

  void print_chained(const Value& e, const char* message) {
    bool need_close = need_close_;
    print_recursive(e);
    need_close_ = need_close;
    line("");
    line(message);
    line("");
  }

  void print_exception(const Value& e, bool group) {
    auto* x = e.as<ExceptionObj>();
    if (!x->traceback.empty()) {
      const char* header_margin = group && group_depth_ == 1 ? "+ " : margin();
      out_ << indent() << header_margin
           << (group ? "Exception Group Traceback" : "Traceback") << " (most recent call last):\n";
      for (auto it = x->traceback.rbegin(); it != x->traceback.rend(); ++it) print_entry(*it);
    }
    line(type_and_message(e));
  }

  void print_entry(const TracebackEntry& entry) {
    Code* code = entry.code.as<Code>();
    line("  File \"" + code->filename + "\", line " + std::to_string(entry.line) + ", in " + code->name);
    std::string text = code->filename == vm_.source_path ? source_line_at(vm_.source_text, entry.line) : "";
    size_t indent = text.find_first_not_of(" \t\f");
    if (text.empty() || indent == std::string::npos) return;
    std::string stripped = text.substr(indent);
    while (!stripped.empty() && (stripped.back() == ' ' || stripped.back() == '\t')) stripped.pop_back();
    line("    " + stripped);
    std::string carets = caret_line(text, entry.col, entry.end_col, entry.end_line != entry.line);
    if (!carets.empty()) line(carets);
  }

  std::string type_and_message(const Value& e) {
    Class* cls = e.as<ExceptionObj>()->klass();
    std::string type = cls->qualname;
    Value module;
    std::string mod = cls->module;
    if (!cls->builtin && dict_get_str(cls->attrs(), intern("__module__"), module) && module.is(K_Str))
      mod = module.as<Str>()->s;
    if (mod != "builtins" && mod != "__main__") type = mod + "." + type;
    std::string message;
    try {
      message = str_text(vm_, e);
    } catch (PyException&) {
      message = "<exception str() failed>";
    }
    std::string hint = vm_.suggestion_for(e);
    if (!hint.empty()) message += ". Did you mean: '" + hint + "'?";
    return message.empty() ? type : type + ": " + message;
  }

  void print_group(const Value& e) {
    if (group_depth_ > kMaxGroupDepth) {
      line("... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")");
      return;
    }
    if (group_depth_ == 0) group_depth_ = 1;
    print_exception(e, true);
    const std::vector<Value>& excs = e.as<ExceptionObj>()->group_exceptions.as<Tuple>()->items;
    size_t n = excs.size() <= kMaxGroupWidth ? excs.size() : kMaxGroupWidth + 1;
    need_close_ = false;
    for (size_t i = 0; i < n; ++i) {
      bool last = i == n - 1;
      // The closing line may come from a nested group's own last member instead.
      if (last) need_close_ = true;
      bool truncated = i >= kMaxGroupWidth;
      out_ << indent() << (i == 0 ? "+-" : "  ") << "+---------------- "
           << (truncated ? std::string("...") : std::to_string(i + 1)) << " ----------------\n";
      ++group_depth_;
      if (!truncated) {
        print_recursive(excs[i]);
      } else {
        size_t remaining = excs.size() - kMaxGroupWidth;
        line("and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : ""));
      }
      if (last && need_close_) {
        out_ << indent() << "+------------------------------------\n";
        need_close_ = false;
      }
      --group_depth_;
    }
    if (group_depth_ == 1) group_depth_ = 0;
  }

  VM& vm_;
  std::ostringstream out_;
  std::vector<const Object*> seen_;
  int group_depth_ = 0;
  bool need_close_ = false;
};

}  // namespace

std::string VM::format_exception(const Value& exc) { return ExceptionPrinter(*this).print(exc); }

// ----- format() ------------------------------------------------------------------------------------
std::string format_with_spec(VM& vm, const Value& v, std::string_view spec) {
  try {
    if (v.is_bool()) {
      if (spec.empty()) return v.as_bool() ? "True" : "False";
      return pyformat::format_int(v.as_int(), spec, "bool");
    }
    if (v.is_small_int()) return pyformat::format_int(v.as_int(), spec);
    if (v.is(K_BigInt)) return pyformat::format_int(v.as<BigInt>()->v, spec);
    if (v.is_float()) return pyformat::format_float(v.as_float(), spec);
    if (v.is(K_Str)) return pyformat::format_str(v.as<Str>()->s, spec);
  } catch (FormatError& e) {
    Class* cls = e.exc_type == "TypeError" ? T.TypeError : e.exc_type == "OverflowError" ? T.OverflowError : T.ValueError;
    raise(cls, e.message);
  }
  Value method;
  if (v.is_obj() && (v.obj_kind() == K_Instance || v.obj_kind() == K_Exception) &&
      class_lookup(type_of(v), intern("__format__"), method) && !method.is(K_Native)) {
    Value r = vm.call2(method, v, new_str(std::string(spec)));
    if (!r.is(K_Str)) raise(T.TypeError, "__format__ must return a str, not " + type_name(r));
    return r.as<Str>()->s;
  }
  if (spec.empty()) return str_text(vm, v);
  raise(T.TypeError, "unsupported format string passed to " + type_name(v) + ".__format__");
}

}  // namespace looplab
