// Object lifetime beyond reference counting. CPython runs a finalizer when certain objects are
// freed: an unfinished generator is closed (its `finally:` blocks run), a class's __del__ is
// called, a coroutine that never ran warns "coroutine ... was never awaited". Learners see these
// at precise moments, so looplab reproduces them:
//   - the objects that may need one are marked (kMayFinalize); they and all instances are linked,
//     oldest first, as the starting points of the cycle detection;
//   - when the last reference to such an object goes, destroy_object() keeps it alive in a queue
//     and raises g_finalizers_due; the VM runs the queue at its next instruction boundary;
//   - reference cycles are found the way CPython's collector finds them, for gc.collect() and
//     for the end of the program (see VM::finalize_cycles_at_exit).
#pragma once
#include <vector>

#include "core/object.h"

namespace looplab {

struct Generator;

// Raised when an object needing a finalizer lost its last reference. The VM tests it at every
// instruction boundary (one predictable branch) and then calls VM::run_pending_finalizers().
inline bool g_finalizers_due = false;

// Links a new generator and marks it as needing a finalizer while unfinished.
void track_generator(Generator* gen);
// Links a new instance (call once its class is set); marked when its class defines __del__.
void track_instance(Instance* inst);

// Whether the queue takes objects. While it does not (before a VM runs, after the end of the
// program), objects are freed at once and no finalizer runs.
void set_finalizers_enabled(bool enabled);

// Whether `o` still needs its finalizer: an unfinished generator or coroutine, or an instance with
// __del__ whose finalizer has not run.
bool needs_finalizer(const Object* o);

// The queued objects, in the order their last reference went; each carries the queue's reference.
std::vector<Object*> take_pending_finalizers();

// The live objects that may need a finalizer, oldest first.
std::vector<Object*> live_finalizables();

// Objects that only reference cycles keep alive (CPython's collector: an object whose references
// all come from the objects examined, and that no object referenced from elsewhere reaches).
// The objects examined are the live instances and generators and all they reach: a cycle made of
// containers alone (a list holding itself) stays unnoticed.
struct CyclicGarbage {
  std::vector<Object*> finalizable;  // oldest first
  std::vector<Object*> all;          // every unreachable object examined
};
CyclicGarbage find_cyclic_garbage();

// asyncio's set of all tasks, CPython's WeakSet: it lists the live tasks, oldest first, without
// keeping them alive (a task nobody references is freed, and reports a lost exception).
// _looplab.register_task(task) and _looplab.live_tasks().
Value asyncio_register_task(VM& vm, CallArgs& args);
Value asyncio_live_tasks(VM& vm, CallArgs& args);

// Drops what `o` refers to (CPython's tp_clear), so that a garbage cycle falls apart.
void clear_references(Object* o);

// The end of a run: everything the roots reach drops its references, so that the cycles among
// those objects (a class and the __class__ cell of its methods) are freed with them. No
// finalizer runs.
void clear_all_reachable(const std::vector<Object*>& roots);

// The objects reachable from `roots` (module globals), in the order CPython 3.11's collector finds
// them at interpreter shutdown: its first collection leaves objects in creation order, except that
// an object created before everything that refers to it moves behind the first of those.
std::vector<Object*> shutdown_order(const std::vector<Object*>& roots);

}  // namespace looplab
