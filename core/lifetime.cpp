// Freeing objects, the finalizer queue, and finding reference cycles (see core/lifetime.h).
#include "core/lifetime.h"

#include <algorithm>
#include <unordered_map>

#include "core/code.h"
#include "core/runtime.h"

namespace looplab {

namespace {

struct LiveList {
  Object* head = nullptr;
  Object* tail = nullptr;
};
LiveList g_live;                  // objects marked kLinked, oldest first
std::vector<Object*> g_tasks;     // asyncio tasks marked kTaskListed, oldest first (no reference)
std::vector<Object*> g_pending;   // dropped objects waiting for their finalizer
bool g_enabled = false;

LiveLink& link_of(Object* o) {
  if (o->kind == K_Generator) return static_cast<Generator*>(o)->live;
  return static_cast<Instance*>(o)->live;  // K_Instance or K_Exception
}

void unlink_live(Object* o) {
  LiveLink& l = link_of(o);
  if (l.prev) link_of(l.prev).next = l.next;
  else g_live.head = l.next;
  if (l.next) link_of(l.next).prev = l.prev;
  else g_live.tail = l.prev;
  l.prev = l.next = nullptr;
}

// How the references of an object are listed.
enum class Walk {
  Exact,    // every reference the object counts, once (for the cycle detection)
  CPython,  // in the order CPython's tp_traverse visits them; an instance's attributes are part
            // of the instance (3.11 keeps them inline), so its dict is not an object of its own
};

// Calls visit(Object*) for each reference `o` holds to a mortal object.
template <class Visit>
void for_each_reference(Object* o, Walk walk, Visit&& visit) {
  auto v = [&](const Value& x) {
    if (x.is_obj() && x.obj()->refcount < kImmortal) visit(x.obj());
  };
  auto dict_items = [&](const Dict* d) {
    for (auto& e : d->entries) {
      if (!e.live) continue;
      v(e.value);
      if (!e.key.is(K_Str)) v(e.key);  // CPython skips the keys of a dict with str keys only
    }
  };
  switch (o->kind) {
    case K_List: {
      auto& items = static_cast<List*>(o)->items;
      for (auto it = items.rbegin(); it != items.rend(); ++it) v(*it);
      break;
    }
    case K_Tuple: {
      auto& items = static_cast<Tuple*>(o)->items;
      for (auto it = items.rbegin(); it != items.rend(); ++it) v(*it);
      break;
    }
    case K_Dict:
      if (walk == Walk::CPython) {
        dict_items(static_cast<Dict*>(o));
      } else {
        for (auto& e : static_cast<Dict*>(o)->entries) {
          v(e.value);
          v(e.key);
        }
      }
      break;
    case K_Set:
    case K_FrozenSet:
      for (auto& slot : static_cast<Set*>(o)->table)
        if (slot.state == 1) v(slot.key);
      break;
    case K_Exception: {
      auto* e = static_cast<ExceptionObj*>(o);
      v(e->args);
      v(e->context);
      v(e->cause);
      v(e->value);
      v(e->hint_name);
      v(e->hint_where);
      v(e->group_message);
      v(e->group_exceptions);
      for (auto& entry : e->traceback) v(entry.code);
      for (auto& local : e->frame_locals) v(local);
      [[fallthrough]];
    }
    case K_Instance: {
      auto* inst = static_cast<Instance*>(o);
      if (walk != Walk::CPython) v(inst->dict);
      else if (inst->dict.is(K_Dict)) dict_items(inst->dict.as<Dict>());
      v(inst->cls);
      break;
    }
    case K_Generator: {
      auto* g = static_cast<Generator*>(o);
      if (Frame* f = g->frame.get()) {
        v(f->code_ref);
        v(f->func);
        v(f->globals);
        v(f->locals_dict);
        v(f->builtins);
        for (Value* s = f->slots.get(); s < f->sp; ++s) v(*s);
        v(f->exc_info);
      }
      v(g->name);
      v(g->qualname);
      v(g->yield_from);
      v(g->task);
      break;
    }
    case K_Function: {
      auto* fn = static_cast<Function*>(o);
      v(fn->code);
      v(fn->globals);
      v(fn->defaults);
      v(fn->kwdefaults);
      v(fn->doc);
      v(fn->name);
      v(fn->dict);
      v(fn->closure);
      v(fn->qualname);
      break;
    }
    case K_Cell:
      v(static_cast<Cell*>(o)->value);
      break;
    case K_BoundMethod:
      v(static_cast<BoundMethod*>(o)->func);
      v(static_cast<BoundMethod*>(o)->self);
      break;
    case K_Native:
      v(static_cast<Native*>(o)->bound_self);
      v(static_cast<Native*>(o)->data);
      break;
    case K_Class:
      v(static_cast<Class*>(o)->dict);
      v(static_cast<Class*>(o)->base_ref);
      break;
    case K_Module:
      v(static_cast<Module*>(o)->dict);
      break;
    case K_Property: {
      auto* p = static_cast<Property*>(o);
      v(p->fget);
      v(p->fset);
      v(p->fdel);
      v(p->doc);
      break;
    }
    case K_StaticMethod:
      v(static_cast<StaticMethod*>(o)->func);
      break;
    case K_ClassMethod:
      v(static_cast<ClassMethod*>(o)->func);
      break;
    case K_Super:
      v(static_cast<Super*>(o)->start_after);
      v(static_cast<Super*>(o)->self);
      break;
    case K_DictView:
      v(static_cast<DictView*>(o)->dict);
      break;
    case K_Slice:
      v(static_cast<Slice*>(o)->start);
      v(static_cast<Slice*>(o)->stop);
      v(static_cast<Slice*>(o)->step);
      break;
    default:
      break;  // strings, numbers, code: no references that can form a cycle
  }
}

uint64_t creation_serial(const Object* o) {
  switch (o->kind) {
    case K_List: return static_cast<const List*>(o)->serial;
    case K_Tuple: return static_cast<const Tuple*>(o)->serial;
    case K_Dict: return static_cast<const Dict*>(o)->serial;
    case K_Set:
    case K_FrozenSet: return static_cast<const Set*>(o)->serial;
    case K_Instance:
    case K_Exception: return static_cast<const Instance*>(o)->serial;
    case K_Generator: return static_cast<const Generator*>(o)->serial;
    default: return 0;
  }
}

// Where an object enters CPython's collector list: at its creation (twice the serial, so that
// "just after" fits in between). Objects without a serial (functions, classes, cells, modules)
// are taken as older than what they refer to, as they usually are. A dict enters only when it
// first receives a value that the collector tracks (`d = {}` then `d[k] = A()`: just after that A).
uint64_t collector_position(const Object* o) {
  uint64_t own = 2 * creation_serial(o);
  if (o->kind != K_Dict) return own;
  for (auto& e : static_cast<const Dict*>(o)->entries) {
    if (!e.live) continue;
    for (const Value* x : {&e.value, &e.key}) {
      if (!x->is_obj() || x->obj()->refcount >= kImmortal) continue;
      uint64_t serial = creation_serial(x->obj());
      if (serial != 0) return std::max(own, 2 * serial + 1);
      if (x->obj()->kind != K_Str && x->obj()->kind != K_BigInt) return own;
    }
  }
  return own;
}

}  // namespace

// ----- freeing ---------------------------------------------------------------------------------
void destroy_object(Object* o) noexcept {
  if (o->lifetime & kMayFinalize) [[unlikely]] {
    if (g_enabled && needs_finalizer(o)) {
      o->refcount = 1;  // the queue's reference, until the finalizer has run
      g_pending.push_back(o);
      g_finalizers_due = true;
      return;
    }
  }
  // Freeing one object can free many (a long linked list). Deleting iteratively keeps the C++
  // stack flat: nested frees are queued and handled by the outermost call, depth first and in the
  // order each destructor dropped them, which is CPython's order (visible through __del__).
  static std::vector<Object*> queued;
  static bool draining = false;
  queued.push_back(o);
  if (draining) return;
  draining = true;
  while (!queued.empty()) {
    Object* next = queued.back();
    queued.pop_back();
    size_t before = queued.size();
    delete next;
    std::reverse(queued.begin() + std::ptrdiff_t(before), queued.end());
  }
  draining = false;
}

Instance::~Instance() {
  if (lifetime & kLinked) unlink_live(this);
  if (lifetime & kTaskListed) g_tasks.erase(std::find(g_tasks.begin(), g_tasks.end(), this));
}

Generator::~Generator() {
  if (lifetime & kLinked) unlink_live(this);
}

// ----- the registry and the queue ------------------------------------------------------------------
namespace {

void link_live(Object* o) {
  o->lifetime |= kLinked;
  LiveLink& l = link_of(o);
  l.prev = g_live.tail;
  l.next = nullptr;
  if (g_live.tail) link_of(g_live.tail).next = o;
  else g_live.head = o;
  g_live.tail = o;
}

}  // namespace

void track_generator(Generator* gen) {
  gen->lifetime |= kMayFinalize;
  link_live(gen);
}

void track_instance(Instance* inst) {
  link_live(inst);
  static const Value del_name = intern("__del__");
  Value del;
  Class* cls = inst->klass();
  if (!cls->builtin && class_lookup(cls, del_name, del)) inst->lifetime |= kMayFinalize;
}

void set_finalizers_enabled(bool enabled) { g_enabled = enabled; }

bool needs_finalizer(const Object* o) {
  if ((o->lifetime & (kMayFinalize | kFinalized)) != kMayFinalize) return false;
  if (o->kind != K_Generator) return true;
  auto* g = static_cast<const Generator*>(o);
  return g->frame && (g->state == Generator::State::Created || g->state == Generator::State::Suspended);
}

std::vector<Object*> take_pending_finalizers() {
  std::vector<Object*> batch = std::move(g_pending);
  g_pending.clear();
  g_finalizers_due = false;
  return batch;
}

std::vector<Object*> live_finalizables() {
  std::vector<Object*> out;
  for (Object* o = g_live.head; o; o = link_of(o).next)
    if (o->lifetime & kMayFinalize) out.push_back(o);
  return out;
}

Value asyncio_register_task(VM&, CallArgs& a) {
  if (a.nargs != 1 || !a.args[0].is(K_Instance)) raise(T.TypeError, "register_task() takes one task");
  Object* task = a.args[0].obj();
  if (!(task->lifetime & kTaskListed)) {
    task->lifetime |= kTaskListed;
    g_tasks.push_back(task);
  }
  return Value::none();
}

Value asyncio_live_tasks(VM&, CallArgs&) {
  std::vector<Value> tasks;
  tasks.reserve(g_tasks.size());
  for (Object* t : g_tasks) tasks.emplace_back(t);
  return new_list(std::move(tasks));
}

// ----- cycles --------------------------------------------------------------------------------------
CyclicGarbage find_cyclic_garbage() {
  std::vector<Object*> nodes;
  std::unordered_map<Object*, size_t> index;
  auto add = [&](Object* o) {
    if (index.emplace(o, nodes.size()).second) nodes.push_back(o);
  };
  for (Object* o = g_live.head; o; o = link_of(o).next) add(o);
  for (size_t i = 0; i < nodes.size(); ++i) for_each_reference(nodes[i], Walk::Exact, add);

  // References from outside the examined objects (a variable, a frame, the interpreter) are what
  // is left of each count once the references between them are taken away.
  std::vector<int64_t> outside(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) outside[i] = nodes[i]->refcount;
  for (Object* o : nodes) for_each_reference(o, Walk::Exact, [&](Object* r) { --outside[index[r]]; });

  std::vector<char> reachable(nodes.size(), 0);
  std::vector<size_t> todo;
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (outside[i] != 0) {  // negative would be a reference listed but not counted: keep it alive
      reachable[i] = 1;
      todo.push_back(i);
    }
  }
  while (!todo.empty()) {
    Object* o = nodes[todo.back()];
    todo.pop_back();
    for_each_reference(o, Walk::Exact, [&](Object* r) {
      size_t j = index[r];
      if (!reachable[j]) {
        reachable[j] = 1;
        todo.push_back(j);
      }
    });
  }
  CyclicGarbage garbage;
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (reachable[i]) continue;
    garbage.all.push_back(nodes[i]);
    if (nodes[i]->lifetime & kMayFinalize) garbage.finalizable.push_back(nodes[i]);
  }
  // The live list is oldest first, and it comes first in `nodes`.
  return garbage;
}

void clear_references(Object* o) {
  switch (o->kind) {
    case K_List:
      static_cast<List*>(o)->items.clear();
      break;
    case K_Tuple:
      static_cast<Tuple*>(o)->items.clear();
      break;
    case K_Dict:
      dict_clear(static_cast<Dict*>(o));
      break;
    case K_Exception: {
      auto* e = static_cast<ExceptionObj*>(o);
      e->args = empty_tuple();
      e->context = e->cause = e->value = e->hint_name = e->hint_where = Value();
      e->frame_locals.clear();
      [[fallthrough]];
    }
    case K_Instance:
      static_cast<Instance*>(o)->dict = Value();
      break;
    case K_Generator: {
      auto* g = static_cast<Generator*>(o);
      if (g->state == Generator::State::Running) break;
      g->state = Generator::State::Closed;
      if (Frame* f = g->frame.get()) {
        for (Value* s = f->slots.get(); s < f->sp; ++s) *s = Value();
        f->sp = f->stack_base;
        f->exc_info = Value();
      }
      g->yield_from = g->task = Value();
      break;
    }
    case K_Function: {
      auto* fn = static_cast<Function*>(o);
      fn->defaults = fn->kwdefaults = fn->closure = fn->dict = Value();
      break;
    }
    case K_Cell:
      static_cast<Cell*>(o)->value = Value();
      static_cast<Cell*>(o)->empty = true;
      break;
    case K_BoundMethod:
      static_cast<BoundMethod*>(o)->self = Value();
      break;
    case K_Class:
      if (!static_cast<Class*>(o)->builtin) dict_clear(static_cast<Class*>(o)->attrs());
      break;
    default:
      break;
  }
}

void clear_all_reachable(const std::vector<Object*>& roots) {
  std::vector<Object*> nodes;
  std::unordered_map<Object*, size_t> index;
  auto add = [&](Object* o) {
    if (index.emplace(o, nodes.size()).second) nodes.push_back(o);
  };
  for (Object* r : roots)
    if (r->refcount < kImmortal) add(r);
  for (size_t i = 0; i < nodes.size(); ++i) for_each_reference(nodes[i], Walk::Exact, add);
  std::vector<Value> keep;
  keep.reserve(nodes.size());
  for (Object* o : nodes) {
    o->lifetime |= kFinalized;
    keep.emplace_back(o);
  }
  for (Object* o : nodes) clear_references(o);
}

// ----- the order at shutdown -------------------------------------------------------------------------
std::vector<Object*> shutdown_order(const std::vector<Object*>& roots) {
  // Every object reachable from the roots, then CPython's move_unreachable() over them: the list
  // is scanned in creation order; an object nothing scanned so far refers to is set aside, and
  // moves to the end of the list when something scanned later refers to it.
  std::vector<Object*> nodes;
  std::unordered_map<Object*, size_t> index;
  auto add = [&](Object* o) {
    if (index.emplace(o, nodes.size()).second) nodes.push_back(o);
  };
  for (Object* r : roots) add(r);
  for (size_t i = 0; i < nodes.size(); ++i) for_each_reference(nodes[i], Walk::CPython, add);

  std::vector<uint64_t> position(nodes.size());
  std::vector<size_t> list(nodes.size());
  for (size_t i = 0; i < list.size(); ++i) {
    position[i] = collector_position(nodes[i]);
    list[i] = i;
  }
  // Module globals hold the module's loader and builtins from the start: tracked at creation.
  for (size_t i = 0; i < roots.size(); ++i) position[i] = 2 * creation_serial(nodes[i]);
  std::stable_sort(list.begin(), list.end(), [&](size_t a, size_t b) { return position[a] < position[b]; });

  enum State : uint8_t { Untouched, Reached, Scanned, SetAside };
  std::vector<State> state(nodes.size(), Untouched);
  for (Object* r : roots) state[index[r]] = Reached;
  std::vector<Object*> order;
  for (size_t at = 0; at < list.size(); ++at) {
    size_t i = list[at];
    if (state[i] == Untouched) {
      state[i] = SetAside;
      continue;
    }
    if (state[i] != Reached) continue;
    state[i] = Scanned;
    order.push_back(nodes[i]);
    for_each_reference(nodes[i], Walk::CPython, [&](Object* r) {
      size_t j = index[r];
      if (state[j] == SetAside) {
        state[j] = Reached;
        list.push_back(j);
      } else if (state[j] == Untouched) {
        state[j] = Reached;
      }
    });
  }
  return order;
}

}  // namespace looplab
