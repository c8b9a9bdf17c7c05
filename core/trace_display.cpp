// display_repr: how the trace shows a value, computed without running scenario code and without
// touching anything the scenario can observe (repr()'s object addresses are handed out in order
// of first use, so even asking for one here would change what the program prints later).
#include <unordered_set>

#include "core/builtins.h"
#include "core/code.h"
#include "core/pyformat.h"
#include "core/runtime.h"
#include "core/trace_recorder.h"

namespace looplab {
namespace {

class DisplayWriter {
 public:
  DisplayWriter(VM& vm, size_t limit) : vm_(vm), limit_(limit) {}

  // Appends the display of `v`; false once the limit is reached (the caller stops walking).
  bool write(const Value& v) {
    if (full()) return false;
    switch (v.tag()) {
      case Tag::None: return put("None");
      case Tag::Bool: return put(v.as_bool() ? "True" : "False");
      case Tag::Int: return put(pyformat::int_to_string(v.as_int()));
      case Tag::Float: return put(pyformat::float_repr(v.as_float()));
      case Tag::Undef: return put("<unbound>");
      case Tag::Obj: return write_object(v);
    }
    return true;
  }

  std::string finish() {
    if (out_.size() > limit_) {
      // Cut at a UTF-8 boundary so the text stays valid.
      size_t cut = limit_;
      while (cut > 0 && (uint8_t(out_[cut]) & 0xC0) == 0x80) --cut;
      out_.resize(cut);
      out_ += "…";
    }
    return std::move(out_);
  }

 private:
  bool full() const { return out_.size() > limit_; }
  bool put(std::string_view s) {
    out_.append(s);
    return !full();
  }

  template <class Items>
  bool write_items(const Items& items) {
    for (size_t i = 0; i < items.size(); ++i) {
      if (i > 0 && !put(", ")) return false;
      if (!write(items[i])) return false;
    }
    return true;
  }

  static std::string class_name(Class* cls) { return cls->qualname.empty() ? cls->name : cls->qualname; }

  bool write_object(const Value& v) {
    Object* o = v.obj();
    switch (o->kind) {
      case K_Str: return put(pyformat::str_repr(v.as<Str>()->s));
      case K_BigInt: return put(pyformat::int_to_string(v.as<BigInt>()->v));
      case K_Range:
      case K_Slice:
      case K_Ellipsis:
      case K_NotImplemented: return put(repr_text(vm_, v));  // no addresses, no user code
      default: break;
    }
    // Containers can hold themselves; CPython shows the inner occurrence as [...].
    if (!active_.insert(o).second) {
      switch (o->kind) {
        case K_List: return put("[...]");
        case K_Dict: return put("{...}");
        default: return put("...");
      }
    }
    bool ok = write_container(v);
    active_.erase(o);
    return ok;
  }

  bool write_container(const Value& v) {
    Object* o = v.obj();
    switch (o->kind) {
      case K_List: return put("[") && write_items(v.as<List>()->items) && put("]");
      case K_Tuple: {
        const auto& items = v.as<Tuple>()->items;
        if (items.size() == 1) return put("(") && write(items[0]) && put(",)");
        return put("(") && write_items(items) && put(")");
      }
      case K_Dict: {
        if (!put("{")) return false;
        bool first = true;
        for (auto& e : v.as<Dict>()->entries) {
          if (!e.live) continue;
          if (!first && !put(", ")) return false;
          first = false;
          if (!write(e.key) || !put(": ") || !write(e.value)) return false;
        }
        return put("}");
      }
      case K_Set:
      case K_FrozenSet: {
        bool frozen = o->kind == K_FrozenSet;
        Set* s = v.as<Set>();
        if (s->used == 0) return put(frozen ? "frozenset()" : "set()");
        if (!put(frozen ? "frozenset({" : "{")) return false;
        bool first = true;
        for (auto& slot : s->table) {
          if (slot.state != 1) continue;
          if (!first && !put(", ")) return false;
          first = false;
          if (!write(slot.key)) return false;
        }
        return put(frozen ? "})" : "}");
      }
      case K_Function: return put("<function " + v.as<Function>()->qualname.as<Str>()->s + ">");
      case K_Native: return put(std::string("<built-in function ") + v.as<Native>()->name + ">");
      case K_BoundMethod: {
        auto* m = v.as<BoundMethod>();
        std::string fname = m->func.is(K_Function) ? m->func.as<Function>()->qualname.as<Str>()->s : "?";
        return put("<bound method " + fname + ">");
      }
      case K_Class: return put("<class '" + class_name(v.as<Class>()) + "'>");
      case K_Module: return put("<module '" + v.as<Module>()->name + "'>");
      case K_Cell: return put("<cell>");
      case K_Code: return put("<code " + v.as<Code>()->name + ">");
      case K_Generator: {
        auto* g = v.as<Generator>();
        const char* what = g->type == Generator::Type::Coroutine        ? "coroutine"
                           : g->type == Generator::Type::AsyncGenerator ? "async_generator"
                                                                        : "generator";
        return put(std::string("<") + what + " object " + g->qualname.as<Str>()->s + ">");
      }
      case K_Exception: {
        auto* e = v.as<ExceptionObj>();
        const auto& args = e->args.as<Tuple>()->items;
        if (!put(class_name(e->klass()) + "(")) return false;
        if (!write_items(args)) return false;
        return put(")");
      }
      case K_Instance: return write_instance(v);
      case K_DictView: return put("<dict view>");
      case K_Iterator: return put(std::string("<") + static_cast<NativeIterator*>(v.obj())->type_name() + ">");
      default: return put("<" + type_name(v) + " object>");
    }
  }

  // A scenario object: its class and attributes, `Point(x=1, y=2)`. asyncio's own objects get
  // the short forms a learner recognises: <Task Task-2>, <Future>, <Event set=False> ...
  bool write_instance(const Value& v) {
    auto* inst = v.as<Instance>();
    Class* cls = inst->klass();
    Dict* attrs = inst->dict.is(K_Dict) ? inst->dict.as<Dict>() : nullptr;
    if (cls->module == "asyncio") {
      Value name;
      if (attrs && dict_get_str(attrs, intern("_name"), name) && name.is(K_Str))
        return put("<" + cls->name + " " + name.as<Str>()->s + ">");
      return put("<" + cls->name + ">");
    }
    if (!put(class_name(cls) + "(")) return false;
    bool first = true;
    if (attrs)
      for (auto& e : attrs->entries) {
        if (!e.live || !e.key.is(K_Str)) continue;
        if (!first && !put(", ")) return false;
        first = false;
        if (!put(e.key.as<Str>()->s) || !put("=") || !write(e.value)) return false;
      }
    return put(")");
  }

  VM& vm_;
  size_t limit_;
  std::string out_;
  std::unordered_set<const Object*> active_;
};

}  // namespace

std::string display_repr(VM& vm, const Value& v, size_t limit) {
  DisplayWriter writer(vm, limit);
  writer.write(v);
  return writer.finish();
}

}  // namespace looplab
