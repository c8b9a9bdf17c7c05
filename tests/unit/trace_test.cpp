// The recorded trace: what it holds at a step (stacks, locals, tasks, output), that its fast
// paths (keyframes, stepping forward, step_info) agree with a replay from the start, navigation,
// and the JSON export's round trip.
#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <string>

#include "core/engine.h"
#include "core/trace.h"
#include "core/trace_export.h"

namespace looplab {
// Failure messages show states readably.
void PrintTo(const TraceState& state, std::ostream* os) { *os << "state at step " << state.step; }
}  // namespace looplab

namespace {

using looplab::StepKind;
using looplab::Trace;
using looplab::TraceState;

struct Recorded {
  Trace trace;
  std::string out;
  looplab::RunOutcome outcome;
};

std::unique_ptr<Recorded> record(const std::string& source) {
  auto r = std::make_unique<Recorded>();
  looplab::RunRequest request;
  request.path = "test.py";
  request.source = source;
  request.out = [&](std::string_view text) { r->out += text; };
  request.err = [&](std::string_view text) { r->out += text; };
  request.record = &r->trace;
  r->outcome = looplab::run_scenario(request);
  return r;
}

// "name=repr" of every local of a frame, in order.
std::string locals_of(const Trace& trace, const looplab::FrameState& frame) {
  std::string out;
  for (auto& local : frame.locals) {
    if (!out.empty()) out += ' ';
    out += trace.text(local.name) + "=";
    switch (local.value.kind) {
      case looplab::ShownValue::Kind::None: out += "None"; break;
      case looplab::ShownValue::Kind::Bool: out += local.value.u.i ? "True" : "False"; break;
      case looplab::ShownValue::Kind::Int: out += std::to_string(local.value.u.i); break;
      case looplab::ShownValue::Kind::Float: out += std::to_string(local.value.u.f); break;
      case looplab::ShownValue::Kind::Text: out += trace.text(local.value.u.text); break;
    }
  }
  return out;
}

// The first Line step at `line` (1-based) of the scenario.
uint64_t first_line_step(const Trace& trace, int line) {
  auto s = trace.find_line(0, line, true);
  if (trace.step_info(0).kind == StepKind::Line && trace.line_of(trace.step_info(0)) == line) return 0;
  EXPECT_TRUE(s.has_value()) << "no step at line " << line;
  return s.value_or(0);
}

const char* kSync = R"PY(def add(a, b):
    total = a + b
    return total

def main():
    items = []
    for i in range(3):
        items.append(add(i, 10))
    label = "done"
    print(label, items)

main()
print("end")
)PY";

TEST(Trace, StacksAndLocalsAtAStep) {
  auto r = record(kSync);
  ASSERT_EQ(r->outcome.exit, looplab::ExitCode::Ok) << r->out;
  const Trace& trace = r->trace;
  // The third time line 3 (`return total`) runs: add(2, 10) called from main's loop.
  uint64_t s = first_line_step(trace, 3);
  s = *trace.find_line(s, 3, true);
  s = *trace.find_line(s, 3, true);
  TraceState state = trace.state_at(s);
  ASSERT_EQ(state.tasks.size(), 1u);
  const auto& stack = state.tasks[0].stack;
  ASSERT_EQ(stack.size(), 3u);
  EXPECT_EQ(trace.code(stack[0].code).name, "<module>");
  EXPECT_EQ(trace.code(stack[1].code).name, "main");
  EXPECT_EQ(trace.code(stack[2].code).name, "add");
  EXPECT_EQ(locals_of(trace, stack[2]), "a=2 b=10 total=12");
  EXPECT_EQ(locals_of(trace, stack[1]), "items=[10, 11] i=2");
  EXPECT_EQ(stack[2].call_line, 8);  // returns into main's line 8
  EXPECT_EQ(trace.line_of(state.at), 3);
  // The span of a step is the instruction's: on line 3 inside add.
  EXPECT_EQ(trace.span_of(state.at).line, 3);
}

TEST(Trace, OutputIsStoredOnceWithItsStep) {
  auto r = record(kSync);
  const Trace& trace = r->trace;
  ASSERT_EQ(trace.output().size(), 2u);
  EXPECT_EQ(trace.output()[0].text, "done [10, 11, 12]");
  EXPECT_EQ(trace.output()[1].text, "end");
  uint64_t s = trace.step_of_output(1);
  EXPECT_EQ(trace.step_info(s).kind, StepKind::Print);
  EXPECT_EQ(trace.state_at(s).output_lines, 2u);
  EXPECT_EQ(trace.state_at(s - 1).output_lines, 1u);
  EXPECT_EQ(trace.outcome(), "ok");
  EXPECT_EQ(trace.step_info(trace.size() - 1).kind, StepKind::End);
}

// Every step's state, by every route, equals the replay from the start.
void expect_consistent(const Trace& trace) {
  TraceState forward;
  for (uint64_t s = 0; s < trace.size(); ++s) {
    TraceState reference = trace.replay_from_start(s);
    trace.load_state(s, forward);  // stepping +1 each time
    ASSERT_EQ(forward, reference) << "stepping forward, step " << s << "\n"
                                  << describe_state(trace, forward) << "reference:\n"
                                  << describe_state(trace, reference);
    TraceState fresh = trace.state_at(s);  // from a keyframe
    ASSERT_EQ(fresh, reference) << "state_at, step " << s << "\n"
                                << describe_state(trace, fresh) << "reference:\n"
                                << describe_state(trace, reference);
    ASSERT_EQ(trace.step_info(s), reference.at) << "step_info, step " << s;
    ASSERT_EQ(reference.step, s);
  }
  // Backward, the same states again.
  TraceState backward;
  for (uint64_t s = trace.size(); s-- > 0;) {
    trace.load_state(s, backward);
    ASSERT_EQ(backward, trace.replay_from_start(s)) << "stepping backward, step " << s;
  }
}

TEST(Trace, EveryRouteToAStepAgrees) {
  auto r = record(kSync);
  expect_consistent(r->trace);
}

// Long enough for several keyframes: random steps, by keyframe, equal the full replay.
TEST(Trace, RandomAccessAcrossKeyframesAgrees) {
  auto r = record(R"PY(
import asyncio

async def worker(name, n):
    acc = []
    for i in range(n):
        acc.append(i * i)
        if len(acc) > 5:
            acc.pop(0)
        await asyncio.sleep(0.01)
    return name

async def main():
    results = await asyncio.gather(*(worker(f"w{k}", 300) for k in range(4)))
    print(results)

asyncio.run(main())
)PY");
  const Trace& trace = r->trace;
  ASSERT_EQ(r->outcome.exit, looplab::ExitCode::Ok) << r->out;
  ASSERT_GT(trace.keyframe_count(), 3u) << "the program should be long enough for several keyframes";
  std::mt19937_64 random(12345);
  TraceState walking;
  for (int k = 0; k < 200; ++k) {
    uint64_t s = random() % trace.size();
    TraceState reference = trace.replay_from_start(s);
    ASSERT_EQ(trace.state_at(s), reference) << "step " << s;
    trace.load_state(s, walking);  // from wherever the previous jump left it
    ASSERT_EQ(walking, reference) << "step " << s;
  }
}

TEST(Trace, TasksAndTheirStacks) {
  auto r = record(R"PY(import asyncio

async def sleeper(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    t = asyncio.create_task(sleeper(2), name="slow")
    await asyncio.sleep(1)
    print("main woke")
    value = await t
    print(value)

asyncio.run(main())
)PY");
  const Trace& trace = r->trace;
  ASSERT_EQ(r->outcome.exit, looplab::ExitCode::Ok) << r->out;
  uint64_t s = trace.step_of_output(0);  // main prints at t=1: `slow` sleeps until 2
  TraceState state = trace.state_at(s);
  EXPECT_DOUBLE_EQ(state.time, 1.0);
  ASSERT_EQ(state.tasks.size(), 3u);  // main, Task-1, slow
  EXPECT_EQ(trace.text(state.tasks[1].name), "Task-1");
  EXPECT_EQ(trace.text(state.tasks[2].name), "slow");
  EXPECT_EQ(trace.text(state.tasks[2].coro), "sleeper");
  EXPECT_EQ(state.at.task, 1u);
  EXPECT_EQ(state.tasks[1].phase, looplab::TaskPhase::Running);
  EXPECT_EQ(state.tasks[2].phase, looplab::TaskPhase::Waiting);
  ASSERT_EQ(state.tasks[2].stack.size(), 1u);
  EXPECT_TRUE(state.tasks[2].stack[0].suspended);
  EXPECT_EQ(trace.code(state.tasks[2].stack[0].code).line_of(state.tasks[2].stack[0].ip), 4);
  EXPECT_EQ(locals_of(trace, state.tasks[2].stack[0]), "delay=2");
  EXPECT_EQ(locals_of(trace, state.tasks[1].stack[0]), "t=<Task slow>");
  // At the end both tasks are done.
  TraceState last = trace.state_at(trace.size() - 1);
  EXPECT_EQ(last.tasks[1].phase, looplab::TaskPhase::Done);
  EXPECT_EQ(last.tasks[2].phase, looplab::TaskPhase::Done);
  EXPECT_TRUE(last.tasks[2].stack.empty());
  expect_consistent(trace);
}

TEST(Trace, StepOverIntoAndOut) {
  auto r = record(kSync);
  const Trace& trace = r->trace;
  uint64_t call_line = first_line_step(trace, 8);  // items.append(add(i, 10))
  auto into = trace.step_into(call_line);
  ASSERT_TRUE(into);
  EXPECT_EQ(trace.code(trace.step_info(*into).code).name, "add");
  auto over = trace.step_over(call_line);
  ASSERT_TRUE(over);
  EXPECT_EQ(trace.code(trace.step_info(*over).code).name, "main");
  EXPECT_NE(trace.line_of(trace.step_info(*over)), 2);
  auto inside = *trace.find_line(call_line, 2, true);
  auto out = trace.step_out(inside);
  ASSERT_TRUE(out);
  EXPECT_EQ(trace.code(trace.step_info(*out).code).name, "main");
  auto back = trace.step_back_over(*over);
  ASSERT_TRUE(back);
  EXPECT_EQ(trace.code(trace.step_info(*back).code).name, "main");
  EXPECT_LE(*back, call_line);
}

TEST(Trace, FindByKindTaskSwitchAndTime) {
  auto r = record(R"PY(import asyncio

async def tick(name, delay):
    for i in range(2):
        await asyncio.sleep(delay)
        print(name, i)

async def main():
    await asyncio.gather(tick("a", 1), tick("b", 1.5))

asyncio.run(main())
)PY");
  const Trace& trace = r->trace;
  ASSERT_EQ(trace.output().size(), 4u);
  auto p = trace.find_kind(0, StepKind::Print, true);
  ASSERT_TRUE(p);
  EXPECT_EQ(*p, trace.step_of_output(0));
  auto p2 = trace.find_kind(*p, StepKind::Print, true);
  EXPECT_EQ(*p2, trace.step_of_output(1));
  EXPECT_EQ(*trace.find_kind(*p2, StepKind::Print, false), *p);
  auto t = trace.find_time_change(0, true);
  ASSERT_TRUE(t);
  EXPECT_DOUBLE_EQ(trace.time_at(*t), 1.0);
  EXPECT_DOUBLE_EQ(trace.time_at(*t - 1), 0.0);
  auto sw = trace.find_task_switch(0, true);
  ASSERT_TRUE(sw);
  EXPECT_NE(trace.step_info(*sw).task, trace.step_info(*sw - 1).task);
  // The next step of task "a"'s task after the first switch is that task's.
  uint32_t task = trace.step_info(*p).task;
  auto again = trace.find_task_step(*p, task, true);
  ASSERT_TRUE(again);
  EXPECT_EQ(trace.step_info(*again).task, task);
  auto before = trace.find_task_step(*p, task, false);
  ASSERT_TRUE(before);
  EXPECT_EQ(trace.step_info(*before).task, task);
}

TEST(Trace, ShownValuesNeverRunScenarioCode) {
  auto r = record(R"PY(class Noisy:
    def __init__(self):
        self.x = 1
    def __repr__(self):
        print("repr called")
        return "Noisy()"

n = Noisy()
n.x = 2
print("ok")
)PY");
  EXPECT_EQ(r->out, "ok\n");
  const Trace& trace = r->trace;
  TraceState state = trace.state_at(trace.step_of_output(0));
  EXPECT_EQ(locals_of(trace, state.tasks[0].stack[0]), "n=Noisy(x=2)");
}

TEST(Trace, LongValuesAreCut) {
  auto r = record("big = list(range(1000))\nprint(len(big))\n");
  const Trace& trace = r->trace;
  TraceState state = trace.state_at(trace.step_of_output(0));
  std::string shown = locals_of(trace, state.tasks[0].stack[0]);
  EXPECT_LT(shown.size(), 200u);
  EXPECT_EQ(shown.substr(0, 14), "big=[0, 1, 2, ");
  EXPECT_EQ(shown.substr(shown.size() - 3), "…");
}

TEST(Trace, JsonExportRoundTrips) {
  auto r = record(R"PY(import asyncio

async def job(n):
    x = n * 1.5
    await asyncio.sleep(n)
    if n == 2:
        raise ValueError("two")
    return x

async def main():
    results = await asyncio.gather(job(1), job(2), return_exceptions=True)
    print(results, float("inf"))

asyncio.run(main())
)PY");
  const Trace& trace = r->trace;
  ASSERT_EQ(r->outcome.exit, looplab::ExitCode::Ok) << r->out;
  std::stringstream json;
  looplab::write_trace_json(trace, json);
  Trace back;
  std::string error;
  ASSERT_TRUE(looplab::read_trace_json(json, back, error)) << error;
  ASSERT_EQ(back.size(), trace.size());
  EXPECT_EQ(back.outcome(), trace.outcome());
  EXPECT_EQ(back.source(), trace.source());
  ASSERT_EQ(back.output().size(), trace.output().size());
  for (uint64_t s = 0; s < trace.size(); ++s) ASSERT_EQ(back.state_at(s), trace.state_at(s)) << "step " << s;
  // And a second export is byte-identical.
  std::stringstream again;
  looplab::write_trace_json(back, again);
  std::stringstream first;
  looplab::write_trace_json(trace, first);
  EXPECT_EQ(again.str(), first.str());
}

TEST(Trace, JsonImportRejectsOtherDocuments) {
  Trace trace;
  std::string error;
  std::stringstream wrong(R"({"format": "something-else", "version": 1})");
  EXPECT_FALSE(looplab::read_trace_json(wrong, trace, error));
  EXPECT_NE(error.find("not a looplab trace"), std::string::npos);
  std::stringstream future(R"({"format": "looplab-trace", "version": 99})");
  EXPECT_FALSE(looplab::read_trace_json(future, trace, error));
  EXPECT_NE(error.find("version 99"), std::string::npos);
  std::stringstream broken(R"({"format": "looplab-trace", "version": 1, "texts": [)");
  EXPECT_FALSE(looplab::read_trace_json(broken, trace, error));
}

}  // namespace

namespace {

TEST(Trace, AStepLimitKeepsEverythingRecordedSoFar) {
  looplab::Trace trace;
  looplab::RunRequest request;
  request.path = "test.py";
  request.source = "i = 0\nwhile True:\n    i += 1\n";
  request.limits.max_steps = 1000;
  request.out = [](std::string_view) {};
  request.err = [](std::string_view) {};
  request.record = &trace;
  looplab::RunOutcome outcome = looplab::run_scenario(request);
  EXPECT_EQ(outcome.exit, looplab::ExitCode::LimitReached);
  EXPECT_EQ(trace.outcome(), "limit steps");
  ASSERT_GT(trace.size(), 1000u);
  EXPECT_EQ(trace.step_info(trace.size() - 1).kind, looplab::StepKind::End);
  looplab::TraceState last = trace.state_at(trace.size() - 2);
  ASSERT_EQ(last.tasks[0].stack.size(), 1u);
  ASSERT_EQ(last.tasks[0].stack[0].locals.size(), 1u);
  EXPECT_GT(last.tasks[0].stack[0].locals[0].value.u.i, 400);
}

}  // namespace
