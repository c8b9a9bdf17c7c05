// Finalization (core/lifetime.h): the order in which freed objects reach their finalizers, the
// cycle detection, the order at shutdown, and how finalizer output interleaves with the program's.
// The whole-program expectations were produced by CPython 3.11.7 (`python3 -u FILE 2>&1`, with the
// script's directory taken out of the paths and the addresses replaced by looplab's).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/engine.h"
#include "core/lifetime.h"
#include "core/runtime.h"

namespace {

using namespace looplab;

std::string run(const std::string& source) {
  RunRequest request;
  request.path = "test.py";
  request.source = source;
  std::string out;
  request.out = [&](std::string_view text) { out += text; };
  request.err = [&](std::string_view text) { out += text; };
  run_scenario(request);
  return out;
}

// An instance of `object` that counts as having a __del__, linked like one made by a class call.
Value finalizable_instance() {
  init_runtime();
  auto* inst = new Instance();
  Value v(inst);
  inst->cls = Value(static_cast<Object*>(T.object));
  track_instance(inst);
  inst->lifetime |= kMayFinalize;
  return v;
}

void set_attr(const Value& inst, const char* name, const Value& value) {
  Instance* i = inst.as<Instance>();
  if (i->dict.is_none()) i->dict = new_dict();
  dict_set_str(i->dict.as<Dict>(), intern(name), value);
}

// Lets the queue take objects for the duration of a test, and empties it afterwards.
struct QueueOn {
  QueueOn() { set_finalizers_enabled(true); }
  ~QueueOn() {
    set_finalizers_enabled(false);
    for (Object* o : take_pending_finalizers()) decref(o);
  }
};

}  // namespace

TEST(Lifetime, DroppedObjectsWaitForTheirFinalizerInCPythonsOrder) {
  QueueOn queue;
  Value a = finalizable_instance(), b = finalizable_instance(), c = finalizable_instance();
  Object* pa = a.obj();
  Object* pb = b.obj();
  Object* pc = c.obj();
  Value list = new_list({a, b, c});
  a = b = c = Value();
  EXPECT_FALSE(g_finalizers_due);
  list = Value();  // a list frees its items last to first
  EXPECT_TRUE(g_finalizers_due);
  std::vector<Object*> pending = take_pending_finalizers();
  ASSERT_EQ(pending.size(), 3u);
  EXPECT_EQ(pending[0], pc);
  EXPECT_EQ(pending[1], pb);
  EXPECT_EQ(pending[2], pa);
  for (Object* o : pending) {
    EXPECT_EQ(o->refcount, 1u);  // alive: the queue holds them until their finalizer has run
    EXPECT_TRUE(needs_finalizer(o));
    o->lifetime |= kFinalized;
    decref(o);
  }
  EXPECT_FALSE(g_finalizers_due);
}

TEST(Lifetime, NothingWaitsWhileTheQueueIsOff) {
  set_finalizers_enabled(false);
  Value a = finalizable_instance();
  a = Value();
  EXPECT_FALSE(g_finalizers_due);
  EXPECT_TRUE(take_pending_finalizers().empty());
}

TEST(Lifetime, FindsACycleOnlyOnceNothingOutsideHoldsIt) {
  QueueOn queue;
  Value a = finalizable_instance(), b = finalizable_instance();
  Object* pa = a.obj();
  Object* pb = b.obj();
  set_attr(a, "other", b);
  set_attr(b, "other", a);
  Value outside = new_list({a});
  a = b = Value();
  EXPECT_TRUE(find_cyclic_garbage().all.empty());
  outside = Value();
  CyclicGarbage garbage = find_cyclic_garbage();
  ASSERT_EQ(garbage.finalizable.size(), 2u);
  EXPECT_EQ(garbage.finalizable[0], pa);  // oldest first
  EXPECT_EQ(garbage.finalizable[1], pb);
  EXPECT_EQ(garbage.all.size(), 4u);  // and their two attribute dicts
  // Breaking the cycle frees both (their finalizers are marked done, so nothing is queued).
  pa->lifetime |= kFinalized;
  pb->lifetime |= kFinalized;
  std::vector<Value> keep;  // all alive until every one has let go of the others
  for (Object* o : garbage.all) keep.emplace_back(o);
  for (Object* o : garbage.all) clear_references(o);
  keep.clear();
  EXPECT_TRUE(find_cyclic_garbage().all.empty());
  EXPECT_FALSE(g_finalizers_due);
}

TEST(Lifetime, ShutdownOrderPutsObjectsOlderThanTheirReferrersLast) {
  Value globals = new_dict();
  Value first = finalizable_instance();
  Value items = new_list({finalizable_instance(), finalizable_instance()});  // a display: items older
  Value filled = new_list({});
  Value later = finalizable_instance();
  filled.as<List>()->items.push_back(later);  // appended: younger than its list
  Value last = finalizable_instance();
  Dict* g = globals.as<Dict>();
  dict_set_str(g, intern("last"), last);  // the dict's order does not matter, creation does
  dict_set_str(g, intern("first"), first);
  dict_set_str(g, intern("items"), items);
  dict_set_str(g, intern("filled"), filled);
  std::vector<Object*> finalizable;
  for (Object* o : shutdown_order({globals.obj()}))
    if (o->lifetime & kMayFinalize) finalizable.push_back(o);
  const auto& shown = items.as<List>()->items;
  std::vector<Object*> expected{first.obj(), later.obj(), last.obj(), shown[1].obj(), shown[0].obj()};
  EXPECT_EQ(finalizable, expected);
}

TEST(Lifetime, FinalizerOutputInterleavesWithTheProgram) {
  const char* program = R"PY(async def job():
    pass


class Noisy:
    def __del__(self):
        print("del Noisy")
        raise KeyError("in del")


def gen():
    try:
        yield 1
    finally:
        print("gen finally")


print("start")
job()
print("between")
n = Noisy()
n = None
g = gen()
next(g)
g = None
print("end")
)PY";
  const char* expected = R"(start
test.py:19: RuntimeWarning: coroutine 'job' was never awaited
  job()
RuntimeWarning: Enable tracemalloc to get the object allocation traceback
between
del Noisy
Exception ignored in: <function Noisy.__del__ at 0x7f0000001000>
Traceback (most recent call last):
  File "test.py", line 8, in __del__
    raise KeyError("in del")
KeyError: 'in del'
gen finally
end
)";
  EXPECT_EQ(run(program), expected);
}

TEST(Lifetime, ShutdownFinalizesCyclesFirstThenTheGlobals) {
  const char* program = R"PY(class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

a = A(1)
c = A(2)
c.me = c
del c
b = A(3)
print("end")
)PY";
  EXPECT_EQ(run(program), "end\ndel 2\ndel 1\ndel 3\n");
}

TEST(Lifetime, ARunStoppedByALimitLeavesNothingForTheNextRun) {
  const char* looping = R"PY(class A:
    def __del__(self):
        print("del from the first run")

a = A()
a.me = a
del a
while True:
    pass
)PY";
  RunRequest request;
  request.path = "test.py";
  request.source = looping;
  request.limits.max_steps = 1000;
  std::string out;
  request.out = [&](std::string_view text) { out += text; };
  request.err = [&](std::string_view) {};
  RunOutcome outcome = run_scenario(request);
  EXPECT_EQ(outcome.exit, ExitCode::LimitReached);
  EXPECT_EQ(out, "");  // CPython would still be looping: no shutdown, no finalizer
  EXPECT_EQ(run("import gc\nprint(gc.collect())\n"), "0\n");
}
