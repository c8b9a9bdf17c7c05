// Records a run into a Trace while it executes: an ExecutionObserver that turns each event into a
// step, keeps every task's stack of scenario frames, and notices which locals changed.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/trace.h"
#include "core/trace_log.h"
#include "core/vm.h"

namespace looplab {

// repr() of a value for display, computed without running any scenario code (a user __repr__
// could print or mutate; showing a value must never change the run). Containers are walked
// natively, instances of scenario classes show their class and attributes, and the text stops
// after about `limit` bytes with "…".
std::string display_repr(VM& vm, const Value& v, size_t limit);

class TraceRecorder : public ExecutionObserver {
 public:
  TraceRecorder(VM& vm, Trace& trace);

  void on_line(Frame& frame, int line) override;
  void on_enter(Frame& frame, bool resumed) override;
  void on_leave(Frame& frame, bool suspended, const Value& value) override;
  void on_exception(Frame& frame, const Value& exc) override;
  void on_unwind(Frame& frame) override;
  void on_output_line(std::string_view line) override;
  void on_spawn(const Value& task, const Value& coro) override;
  // The last step: how the run ended.
  void end(const std::string& outcome);

  // Longest shown repr of a local, in bytes.
  static constexpr size_t kReprLimit = 160;

 private:
  // What the recorder remembers of a value last shown, to notice when it changes.
  struct Shadow {
    uint32_t name = 0;
    Tag tag = Tag::Undef;
    uint64_t bits = 0;      // the Value's payload: identity for objects, the value for scalars
    bool mutable_object = false;  // its repr can change without rebinding (list, dict, instance)
    ShownValue shown;
    uint64_t fingerprint = 0;  // of a mutable object's contents, when it was last shown
    Object* key = nullptr;  // globals: the dict key this shadow belongs to
    bool skip = false;      // globals: never shown (dunder names)
  };
  struct FrameTrack {
    uint32_t id = 0;
    uint32_t task = 0;
    bool in_stack = false;  // on its task's stack now (a suspended coroutine stays there)
    std::vector<Shadow> slots;  // fast locals, cells and free variables, by slot
    uint32_t last_exception = 0;  // text id of the type of the last exception seen in the frame
  };

  void step(StepKind kind, Frame* frame, uint32_t detail = 0);
  uint32_t running_task();
  uint32_t code_id(Code* code);
  FrameTrack& track(Frame& frame);
  void push(Frame& frame, FrameTrack& t);
  void pop(Frame& frame);
  void check_locals(Frame& frame, FrameTrack& t);
  void check_globals();
  void check_slot(uint32_t frame_id, Shadow& shadow, const Value& value, bool bound);
  ShownValue show(const Value& v);
  void set_phase(uint32_t task, TaskPhase phase, uint32_t detail);
  bool is_outermost(const FrameTrack& t);  // the frame at the bottom of its task's stack
  void check_task_name(Object* task, uint32_t id);

  VM& vm_;
  TraceWriter out_;
  StepInfo last_;
  bool have_last_ = false;

  std::unordered_map<Frame*, FrameTrack> frames_;
  std::unordered_map<Code*, uint32_t> codes_;
  // Task object -> task id. Raw pointers on purpose: holding a reference would change when a
  // task is freed, which the scenario can observe. Names are read only while a task is surely
  // alive: just after its creation and while it runs.
  std::unordered_map<Object*, uint32_t> tasks_;
  std::vector<std::pair<Object*, uint32_t>> just_spawned_;
  std::vector<uint32_t> task_names_;  // index = task id: the name last recorded
  Frame* module_frame_ = nullptr;
  std::vector<Shadow> globals_;
  uint32_t type_int_ = 0, type_bool_ = 0, type_float_ = 0, type_none_ = 0;
};

}  // namespace looplab
