// repr() and str() of every value, as CPython prints them. Objects whose CPython repr contains a
// memory address get a stable counter-based id instead, so output stays deterministic.
#include <unordered_map>
#include <unordered_set>

#include "core/builtins.h"
#include "core/code.h"
#include "core/exception_group.h"
#include "core/pyformat.h"
#include "core/range.h"
#include "core/runtime.h"
#include "core/vm.h"

namespace looplab {
namespace {

// Guards against infinite recursion in self-containing containers: [[...]].
struct ReprGuard {
  static std::unordered_set<const Object*>& active() {
    static std::unordered_set<const Object*> set;
    return set;
  }
  const Object* o;
  bool entered;
  explicit ReprGuard(const Object* obj) : o(obj), entered(active().insert(obj).second) {}
  ~ReprGuard() {
    if (entered) active().erase(o);
  }
};

std::string fake_address(const Object* o) {
  // Stable per object for the run, increasing with first use: 0x7f0000001000, 0x7f0000001010, ...
  static std::unordered_map<const Object*, uint64_t> ids;
  auto it = ids.find(o);
  if (it == ids.end()) it = ids.emplace(o, 0x7f0000001000ull + 0x10ull * ids.size()).first;
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(it->second));
  return buf;
}

std::string join_items(VM& vm, const std::vector<Value>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += repr_text(vm, items[i]);
  }
  return out;
}

std::string float_text(double d) { return pyformat::float_repr(d); }

std::string int_text(const Value& v) {
  try {
    if (v.is_small_int()) return std::to_string(v.as_int());
    return pyformat::int_to_string(v.as<BigInt>()->v);
  } catch (FormatError& e) {
    raise(T.ValueError, e.message);
  }
}

std::string user_repr(VM& vm, const Value& v, const char* name, bool& found) {
  Value method;
  found = false;
  Class* cls = type_of(v);
  if (!class_lookup(cls, intern(name), method) || method.is(K_Native)) return "";
  found = true;
  Value r = vm.call1(method, v);
  if (!r.is(K_Str))
    raise(T.TypeError, std::string(name) + " returned non-string (type " + type_name(r) + ")");
  return r.as<Str>()->s;
}

std::string exception_str(VM& vm, const ExceptionObj* e) {
  if (e->group_exceptions.is(K_Tuple)) return exception_group_str(e);
  const auto& args = e->args.as<Tuple>()->items;
  // KeyError shows the repr of a single key; other exceptions its str.
  if (e->klass()->is_subclass_of(T.KeyError) && args.size() == 1) return repr_text(vm, args[0]);
  if (args.empty()) return "";
  if (args.size() == 1) return str_text(vm, args[0]);
  return repr_text(vm, e->args);
}

std::string object_repr(VM& vm, const Value& v) {
  Object* o = v.obj();
  switch (o->kind) {
    case K_Str: return pyformat::str_repr(v.as<Str>()->s);
    case K_BigInt: return int_text(v);
    case K_List: {
      ReprGuard guard(o);
      if (!guard.entered) return "[...]";
      return "[" + join_items(vm, v.as<List>()->items) + "]";
    }
    case K_Tuple: {
      ReprGuard guard(o);
      if (!guard.entered) return "(...)";
      const auto& items = v.as<Tuple>()->items;
      if (items.size() == 1) return "(" + repr_text(vm, items[0]) + ",)";
      return "(" + join_items(vm, items) + ")";
    }
    case K_Dict: {
      ReprGuard guard(o);
      if (!guard.entered) return "{...}";
      std::string out = "{";
      bool first = true;
      for (auto& e : v.as<Dict>()->entries) {
        if (!e.live) continue;
        if (!first) out += ", ";
        first = false;
        out += repr_text(vm, e.key) + ": " + repr_text(vm, e.value);
      }
      return out + "}";
    }
    case K_Set:
    case K_FrozenSet: {
      bool frozen = o->kind == K_FrozenSet;
      Set* s = v.as<Set>();
      if (s->used == 0) return frozen ? "frozenset()" : "set()";
      ReprGuard guard(o);
      if (!guard.entered) return frozen ? "frozenset(...)" : "{...}";
      std::string out = frozen ? "frozenset({" : "{";
      bool first = true;
      for (auto& slot : s->table) {
        if (slot.state != 1) continue;
        if (!first) out += ", ";
        first = false;
        out += repr_text(vm, slot.key);
      }
      return out + (frozen ? "})" : "}");
    }
    case K_Range: return range_repr(v.as<Range>());
    case K_Slice: {
      auto* s = v.as<Slice>();
      return "slice(" + repr_text(vm, s->start) + ", " + repr_text(vm, s->stop) + ", " +
             repr_text(vm, s->step) + ")";
    }
    case K_Function: {
      auto* f = v.as<Function>();
      return "<function " + f->qualname.as<Str>()->s + " at " + fake_address(o) + ">";
    }
    case K_Native: {
      auto* n = v.as<Native>();
      if (!n->bound_self.is_none())
        return std::string("<built-in method ") + n->name + " of " + type_name(n->bound_self) +
               " object at " + fake_address(n->bound_self.is_obj() ? n->bound_self.obj() : o) + ">";
      return std::string("<built-in function ") + n->name + ">";
    }
    case K_BoundMethod: {
      auto* m = v.as<BoundMethod>();
      std::string fname = m->func.is(K_Function) ? m->func.as<Function>()->qualname.as<Str>()->s : "?";
      return "<bound method " + fname + " of " + repr_text(vm, m->self) + ">";
    }
    case K_Class: {
      Class* c = v.as<Class>();
      if (c->module == "builtins") return "<class '" + c->name + "'>";
      std::string module = c->module;
      Value m;
      if (dict_get_str(c->attrs(), intern("__module__"), m) && m.is(K_Str)) module = m.as<Str>()->s;
      return "<class '" + module + "." + c->qualname + "'>";
    }
    case K_Instance:
    case K_Exception:
    case K_Future:
    case K_Task:
    case K_Handle:
    case K_Loop: {
      bool found;
      std::string r = user_repr(vm, v, "__repr__", found);
      if (found) return r;
      Class* cls = type_of(v);
      if (o->kind == K_Exception) {
        const auto& args = v.as<ExceptionObj>()->args.as<Tuple>()->items;
        if (args.size() == 1) return cls->name + "(" + repr_text(vm, args[0]) + ")";
        return cls->name + repr_text(vm, v.as<ExceptionObj>()->args);
      }
      std::string module = cls->module;
      Value m;
      if (dict_get_str(cls->attrs(), intern("__module__"), m) && m.is(K_Str)) module = m.as<Str>()->s;
      return "<" + module + "." + cls->qualname + " object at " + fake_address(o) + ">";
    }
    case K_Module:
      return "<module '" + v.as<Module>()->name + "' (built-in)>";
    case K_Cell:
      return "<cell at " + fake_address(o) + ">";
    case K_Code:
      return "<code object " + v.as<Code>()->name + " at " + fake_address(o) + ">";
    case K_Generator: {
      auto* g = v.as<Generator>();
      const char* what = g->type == Generator::Type::Coroutine        ? "coroutine"
                         : g->type == Generator::Type::AsyncGenerator ? "async_generator"
                                                                      : "generator";
      return std::string("<") + what + " object " + g->qualname.as<Str>()->s + " at " + fake_address(o) + ">";
    }
    case K_Iterator:
      return std::string("<") + static_cast<NativeIterator*>(o)->type_name() + " object at " + fake_address(o) + ">";
    case K_Property: return "<property object at " + fake_address(o) + ">";
    case K_StaticMethod: return "<staticmethod(" + repr_text(vm, v.as<StaticMethod>()->func) + ")>";
    case K_ClassMethod: return "<classmethod(" + repr_text(vm, v.as<ClassMethod>()->func) + ")>";
    case K_Super: return "<super object>";
    case K_Ellipsis: return "Ellipsis";
    case K_NotImplemented: return "NotImplemented";
    case K_DictView: {
      auto* dv = v.as<DictView>();
      const char* name = dv->which == DictView::Which::Keys     ? "dict_keys"
                         : dv->which == DictView::Which::Values ? "dict_values"
                                                                : "dict_items";
      std::vector<Value> items = to_vector(vm, v);
      return std::string(name) + "([" + join_items(vm, items) + "])";
    }
    default:
      return "<object at " + fake_address(o) + ">";
  }
}

}  // namespace

std::string repr_text(VM& vm, const Value& v) {
  switch (v.tag()) {
    case Tag::None: return "None";
    case Tag::Bool: return v.as_bool() ? "True" : "False";
    case Tag::Int: return std::to_string(v.as_int());
    case Tag::Float: return float_text(v.as_float());
    case Tag::Obj: return object_repr(vm, v);
    case Tag::Undef: break;
  }
  return "";
}

std::string str_text(VM& vm, const Value& v) {
  if (v.is(K_Str)) return v.as<Str>()->s;
  if (v.is_obj() && (v.obj_kind() == K_Instance || v.obj_kind() == K_Exception ||
                     v.obj_kind() == K_Future || v.obj_kind() == K_Task)) {
    bool found;
    std::string s = user_repr(vm, v, "__str__", found);
    if (found) return s;
    if (v.obj_kind() == K_Exception) return exception_str(vm, v.as<ExceptionObj>());
  }
  return repr_text(vm, v);
}

Value repr(VM& vm, const Value& v) { return new_str(repr_text(vm, v)); }
Value str(VM& vm, const Value& v) {
  if (v.is(K_Str)) return v;
  return new_str(str_text(vm, v));
}

}  // namespace looplab
