// Attribute lookup with Python's rules: data descriptors (property) on the class first, then the
// instance's own dict, then methods and other class attributes; functions found on a class are
// bound to the instance; classmethod and staticmethod change what is bound.
#include "core/code.h"
#include "core/range.h"
#include "core/runtime.h"
#include "core/vm.h"

namespace looplab {
namespace {

bool is_user_object(const Value& v) {
  return v.is_obj() && (v.obj_kind() == K_Instance || v.obj_kind() == K_Exception ||
                        v.obj_kind() == K_Future || v.obj_kind() == K_Task ||
                        v.obj_kind() == K_Handle || v.obj_kind() == K_Loop);
}

Dict* instance_dict(const Value& obj, bool create) {
  auto* inst = obj.as<Instance>();
  if (inst->dict.is_none() && create) inst->dict = new_dict();
  return inst->dict.is_none() ? nullptr : inst->dict.as<Dict>();
}

// Internals a scenario must not reach (the sandbox): they lead to the interpreter's objects.
bool forbidden_attribute(const std::string& name) {
  return name == "__subclasses__" || name == "__bases__" || name == "__base__" ||
         name == "__mro__" || name == "__globals__" || name == "__builtins__" ||
         name == "__code__" || name == "__closure__" || name == "gi_frame" || name == "cr_frame" ||
         name == "f_globals" || name == "f_back";
}

[[noreturn]] void no_attribute(const Value& obj, const std::string& name) {
  std::string message =
      obj.is(K_Class)    ? "type object '" + obj.as<Class>()->name + "' has no attribute '" + name + "'"
      : obj.is(K_Module) ? "module '" + obj.as<Module>()->name + "' has no attribute '" + name + "'"
                         : "'" + type_name(obj) + "' object has no attribute '" + name + "'";
  Value exc = new_exception(T.AttributeError, {new_str(std::move(message))});
  exc.as<ExceptionObj>()->hint_name = new_str(name);
  exc.as<ExceptionObj>()->hint_where = obj;
  raise_value(std::move(exc));
}

Value bind(const Value& attr, const Value& obj, Class* cls) {
  if (attr.is(K_Function)) return Value(new BoundMethod(obj, attr));
  if (attr.is(K_Native)) {
    auto* n = attr.as<Native>();
    auto* bound = new Native(n->name, n->fn);
    bound->bound_self = obj;
    bound->data = n->data;
    return Value(bound);
  }
  if (attr.is(K_StaticMethod)) return attr.as<StaticMethod>()->func;
  if (attr.is(K_ClassMethod)) return Value(new BoundMethod(Value(static_cast<Object*>(cls)), attr.as<ClassMethod>()->func));
  return attr;
}

bool special_attribute(VM& vm, const Value& obj, const std::string& name, Value& out) {
  (void)vm;
  if (name == "__class__") {
    out = Value(static_cast<Object*>(type_of(obj)));
    return true;
  }
  if (!obj.is_obj()) return false;
  switch (obj.obj_kind()) {
    case K_Class: {
      Class* c = obj.as<Class>();
      if (name == "__name__") { out = new_str(c->name); return true; }
      if (name == "__qualname__") { out = new_str(c->qualname); return true; }
      if (name == "__module__") {
        Value v;
        if (dict_get_str(c->attrs(), intern("__module__"), v)) { out = v; return true; }
        out = new_str(c->module);
        return true;
      }
      if (name == "__doc__") {
        Value v;
        out = dict_get_str(c->attrs(), intern("__doc__"), v) ? v : Value::none();
        return true;
      }
      return false;
    }
    case K_Function: {
      auto* f = obj.as<Function>();
      if (name == "__name__") { out = f->name; return true; }
      if (name == "__qualname__") { out = f->qualname; return true; }
      if (name == "__doc__") { out = f->doc; return true; }
      if (name == "__defaults__") { out = f->defaults; return true; }
      if (name == "__module__") { out = new_str("__main__"); return true; }
      if (name == "__dict__") {
        if (f->dict.is_none()) f->dict = new_dict();
        out = f->dict;
        return true;
      }
      if (!f->dict.is_none()) return dict_get_str(f->dict.as<Dict>(), intern(name), out);
      return false;
    }
    case K_BoundMethod:
      if (name == "__self__") { out = obj.as<BoundMethod>()->self; return true; }
      if (name == "__func__") { out = obj.as<BoundMethod>()->func; return true; }
      if (name == "__name__" || name == "__qualname__" || name == "__doc__")
        return special_attribute(vm, obj.as<BoundMethod>()->func, name, out);
      return false;
    case K_Native:
      if (name == "__name__" || name == "__qualname__") { out = new_str(obj.as<Native>()->name); return true; }
      if (name == "__self__") { out = obj.as<Native>()->bound_self; return true; }
      return false;
    case K_Exception: {
      auto* e = obj.as<ExceptionObj>();
      if (name == "args") { out = e->args; return true; }
      if (name == "__cause__") { out = e->cause; return true; }
      if (name == "__context__") { out = e->context; return true; }
      if (name == "__suppress_context__") { out = Value::boolean(e->suppress_context); return true; }
      if (name == "__traceback__") { out = Value::none(); return true; }
      if (name == "code" && e->klass()->is_subclass_of(T.SystemExit)) {
        const auto& args = e->args.as<Tuple>()->items;
        out = args.empty() ? Value::none() : args.size() == 1 ? args[0] : e->args;
        return true;
      }
      if (name == "value" && e->klass()->is_subclass_of(T.StopIteration)) {
        out = e->value;
        return true;
      }
      return false;
    }
    case K_Generator: {
      auto* g = obj.as<Generator>();
      if (name == "__name__") { out = g->name; return true; }
      if (name == "__qualname__") { out = g->qualname; return true; }
      if (name == "gi_running" || name == "cr_running") {
        out = Value::boolean(g->state == Generator::State::Running);
        return true;
      }
      if (name == "gi_suspended" || name == "cr_suspended") {
        out = Value::boolean(g->state == Generator::State::Suspended);
        return true;
      }
      return false;
    }
    case K_Range: return range_attribute(obj.as<Range>(), name, out);
    case K_Slice: {
      auto* s = obj.as<Slice>();
      if (name == "start") { out = s->start; return true; }
      if (name == "stop") { out = s->stop; return true; }
      if (name == "step") { out = s->step; return true; }
      return false;
    }
    case K_Property: {
      auto* p = obj.as<Property>();
      if (name == "fget") { out = p->fget; return true; }
      if (name == "fset") { out = p->fset; return true; }
      if (name == "__doc__") { out = p->doc; return true; }
      return false;
    }
    case K_Module:
      if (name == "__name__") { out = new_str(obj.as<Module>()->name); return true; }
      return false;
    default:
      return false;
  }
}

}  // namespace

bool class_lookup(const Class* cls, const Value& name, Value& out) {
  for (const Class* c : cls->mro) {
    if (Value* slot = dict_slot_str(c->attrs(), name)) {
      out = *slot;
      return true;
    }
  }
  return false;
}

bool getattr_opt(VM& vm, const Value& obj, const Value& name_value, Value& out) {
  const std::string& name = name_value.as<Str>()->s;
  if (name == "__mro__" && obj.is(K_Class)) {
    // A class's MRO is safe to read (only classes the scenario can already reach).
    std::vector<Value> classes;
    for (Class* c : obj.as<Class>()->mro) classes.push_back(Value(c));
    out = new_tuple(std::move(classes));
    return true;
  }
  if (forbidden_attribute(name))
    raise(T.AttributeError, "'" + name + "' is not available in looplab: scenarios cannot reach the interpreter's internals");
  if (obj.is(K_Module)) {
    if (dict_get_str(obj.as<Module>()->dict.as<Dict>(), name_value, out)) return true;
    return special_attribute(vm, obj, name, out);
  }
  if (obj.is(K_Class)) {
    Class* cls = obj.as<Class>();
    Value attr;
    if (class_lookup(cls, name_value, attr)) {
      if (attr.is(K_ClassMethod)) out = Value(new BoundMethod(obj, attr.as<ClassMethod>()->func));
      else if (attr.is(K_StaticMethod)) out = attr.as<StaticMethod>()->func;
      else out = attr;
      return true;
    }
    if (special_attribute(vm, obj, name, out)) return true;
    // Methods of `type` itself (e.g. C.mro()) are not offered.
    return false;
  }
  if (obj.is(K_Super)) {
    // Search the MRO of the instance's class, after the class super() was given.
    auto* sup = obj.as<Super>();
    const Value& self = sup->self;
    Class* self_cls = self.is(K_Class) ? self.as<Class>() : type_of(self);
    bool after = false;
    for (Class* c : self_cls->mro) {
      if (!after) {
        after = c == sup->start_after.as<Class>();
        continue;
      }
      Value found;
      if (Value* slot = dict_slot_str(c->attrs(), name_value)) {
        found = *slot;
        if (found.is(K_Property)) {
          out = vm.call1(found.as<Property>()->fget, self);
          return true;
        }
        if (self.is(K_Class)) {
          out = found.is(K_ClassMethod) ? Value(new BoundMethod(self, found.as<ClassMethod>()->func))
                : found.is(K_StaticMethod) ? found.as<StaticMethod>()->func : found;
        } else {
          out = bind(found, self, self_cls);
        }
        return true;
      }
    }
    return false;
  }
  Class* cls = type_of(obj);
  Value attr;
  bool on_class = class_lookup(cls, name_value, attr);
  if (on_class && attr.is(K_Property)) {
    auto* p = attr.as<Property>();
    if (p->fget.is_none()) raise(T.AttributeError, "property '" + name + "' of '" + cls->name + "' object has no getter");
    out = vm.call1(p->fget, obj);
    return true;
  }
  if (is_user_object(obj)) {
    if (Dict* d = instance_dict(obj, false)) {
      if (dict_get_str(d, name_value, out)) return true;
    }
  }
  if (on_class) {
    out = bind(attr, obj, cls);
    return true;
  }
  if (special_attribute(vm, obj, name, out)) return true;
  if (is_user_object(obj)) {
    Value getattr_hook;
    if (class_lookup(cls, intern("__getattr__"), getattr_hook)) {
      out = vm.call2(getattr_hook, obj, name_value);
      return true;
    }
  }
  return false;
}

Value getattr(VM& vm, const Value& obj, const Value& name) {
  Value out;
  if (getattr_opt(vm, obj, name, out)) return out;
  no_attribute(obj, name.as<Str>()->s);
}

bool get_method(VM& vm, const Value& obj, const Value& name, Value& method, Value& attr) {
  // Only plain functions and builtin methods found on the class can skip the bound method.
  if (!obj.is(K_Class) && !obj.is(K_Module) && !obj.is(K_Super)) {
    Class* cls = type_of(obj);
    Value found;
    if (class_lookup(cls, name, found) && (found.is(K_Function) || found.is(K_Native))) {
      bool shadowed = false;
      if (is_user_object(obj)) {
        if (Dict* d = instance_dict(obj, false)) shadowed = dict_slot_str(d, name) != nullptr;
      }
      if (!shadowed) {
        method = found;
        return true;
      }
    }
  }
  attr = getattr(vm, obj, name);
  return false;
}

void setattr(VM& vm, const Value& obj, const Value& name_value, const Value& value) {
  const std::string& name = name_value.as<Str>()->s;
  if (forbidden_attribute(name))
    raise(T.AttributeError, "'" + name + "' is not available in looplab: scenarios cannot reach the interpreter's internals");
  if (obj.is(K_Class)) {
    Class* cls = obj.as<Class>();
    if (cls->builtin)
      raise(T.TypeError, "cannot set '" + name + "' attribute of immutable type '" + cls->name + "'");
    dict_set_str(cls->attrs(), name_value, value);
    return;
  }
  if (obj.is(K_Function)) {
    auto* f = obj.as<Function>();
    if (name == "__name__") { f->name = value; return; }
    if (name == "__qualname__") { f->qualname = value; return; }
    if (name == "__doc__") { f->doc = value; return; }
    if (f->dict.is_none()) f->dict = new_dict();
    dict_set_str(f->dict.as<Dict>(), name_value, value);
    return;
  }
  if (obj.is(K_Module)) {
    dict_set_str(obj.as<Module>()->dict.as<Dict>(), name_value, value);
    return;
  }
  if (!is_user_object(obj)) {
    Value attr;
    if (class_lookup(type_of(obj), name_value, attr))
      raise(T.AttributeError, "'" + type_name(obj) + "' object attribute '" + name + "' is read-only");
    raise(T.AttributeError, "'" + type_name(obj) + "' object has no attribute '" + name + "'");
  }
  Class* cls = type_of(obj);
  Value attr;
  if (class_lookup(cls, name_value, attr) && attr.is(K_Property)) {
    auto* p = attr.as<Property>();
    // CPython 3.11 wording (property_descr_set).
    if (p->fset.is_none())
      raise(T.AttributeError, "property '" + name + "' of '" + cls->name + "' object has no setter");
    vm.call2(p->fset, obj, value);
    return;
  }
  if (obj.obj_kind() == K_Exception) {
    auto* e = obj.as<ExceptionObj>();
    if (name == "__cause__") { e->cause = value; e->suppress_context = true; return; }
    if (name == "__context__") { e->context = value; return; }
    if (name == "args") { e->args = new_tuple(to_vector(vm, value)); return; }
  }
  Value setattr_hook;
  if (class_lookup(cls, intern("__setattr__"), setattr_hook) && !setattr_hook.is(K_Native)) {
    std::vector<Value> args{obj, name_value, value};
    vm.call(setattr_hook, std::move(args));
    return;
  }
  dict_set_str(instance_dict(obj, true), name_value, value);
}

void delattr(VM& vm, const Value& obj, const Value& name_value) {
  const std::string& name = name_value.as<Str>()->s;
  if (obj.is(K_Class) && !obj.as<Class>()->builtin) {
    if (!dict_del(vm, obj.as<Class>()->attrs(), name_value)) no_attribute(obj, name);
    return;
  }
  if (is_user_object(obj)) {
    Value attr;
    if (class_lookup(type_of(obj), name_value, attr) && attr.is(K_Property)) {
      auto* p = attr.as<Property>();
      if (p->fdel.is_none())
        raise(T.AttributeError, "property '" + name + "' of '" + type_of(obj)->name + "' object has no deleter");
      vm.call1(p->fdel, obj);
      return;
    }
    Dict* d = instance_dict(obj, false);
    if (d && dict_del(vm, d, name_value)) return;
  }
  if (obj.is(K_Module) && dict_del(vm, obj.as<Module>()->dict.as<Dict>(), name_value)) return;
  no_attribute(obj, name);
}

}  // namespace looplab
