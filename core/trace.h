// The recorded trace: every step of one run, kept compactly and readable at any step in both
// directions. The front end only ever reads this; the recorder (trace_recorder.h) writes it.
//
// Storage is a delta log, not snapshots. Each step appends a few operations ("frame pushed",
// "local x is now 3", "line step, ip +2") to one byte stream, varint-coded, so a typical line
// step costs two or three bytes. To answer `state_at(i)` the trace copies the nearest keyframe
// (a full state taken every so many bytes of log) and replays the log forward to step i, so the
// cost is bounded by the keyframe spacing, not by the length of the run.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace looplab {

// What happened at a step. The text trace's event kinds (trace-format.md), one for one.
enum class StepKind : uint8_t { Line, Call, Return, Start, Suspend, Resume, Exception, Raise, Spawn, Print, End };
constexpr int kStepKindCount = int(StepKind::End) + 1;
const char* step_kind_name(StepKind kind);

// A source range, 1-based lines, 0-based columns in code points (end exclusive).
struct SourceSpan {
  int32_t line = 0, col = 0, end_line = 0, end_col = 0;
  bool operator==(const SourceSpan&) const = default;
};

// A value as the UI shows it. Scalars are kept as themselves (cheap, exact); everything else as
// a bounded repr() text, interned in the trace's text table.
struct ShownValue {
  enum class Kind : uint8_t { None, Bool, Int, Float, Text };
  Kind kind = Kind::None;
  uint32_t type = 0;  // text id of the type name ("int", "list", "Point")
  union {
    int64_t i;
    double f;
    uint32_t text;
  } u{};
  bool operator==(const ShownValue& other) const;
};

struct LocalState {
  uint32_t name = 0;  // text id
  ShownValue value;
  bool operator==(const LocalState&) const = default;
};

struct FrameState {
  uint32_t id = 0;        // unique within the trace, stable for the frame's whole life
  uint32_t code = 0;      // index into Trace::code()
  uint32_t ip = 0;        // the instruction it stands at (line and span come from the code)
  int32_t call_line = 0;  // the caller's line this frame returns to (0: called by the loop)
  bool suspended = false;  // parked at an await/yield; `ip` is its resume point
  std::vector<LocalState> locals;  // in order of first binding
  bool operator==(const FrameState&) const = default;
};

enum class TaskPhase : uint8_t { Created, Running, Waiting, Done, Failed, Cancelled };
const char* task_phase_name(TaskPhase phase);

struct TaskState {
  uint32_t id = 0;     // 0 is "main": module-level code and plain callbacks
  uint32_t name = 0;   // text id ("Task-2" or the name given)
  uint32_t coro = 0;   // text id of the coroutine function's name
  TaskPhase phase = TaskPhase::Created;
  uint32_t detail = 0;  // text id: what it waits on, or how it ended
  std::vector<FrameState> stack;  // outermost first
  bool operator==(const TaskState&) const = default;
};

// Where one step happened, without the rest of the state (cheap: no replay needed).
struct StepInfo {
  StepKind kind = StepKind::Line;
  uint32_t task = 0;
  uint32_t frame = 0;   // frame id (0 when no scenario frame is running)
  uint32_t code = 0;
  uint32_t ip = 0;
  // Suspend: text id of what it waits on; Exception/Raise: text id of the exception type;
  // Print: index into Trace::output(); Spawn: the new task's id; End: text id of the outcome.
  uint32_t detail = 0;
  bool operator==(const StepInfo&) const = default;
};

// Everything the UI draws for one step.
struct TraceState {
  // The step this is the state at. Before the first step it is kNoStep, so that applying the
  // first step record (which adds one) lands on step 0.
  static constexpr uint64_t kNoStep = UINT64_MAX;
  uint64_t step = kNoStep;
  StepInfo at;
  double time = 0.0;
  uint64_t output_lines = 0;  // lines of stdout printed up to and including this step
  std::vector<TaskState> tasks;  // indexed by task id
  uint64_t log_offset = 0;  // where the next step's operations begin (lets load_state step forward)
  bool operator==(const TraceState&) const = default;

  const FrameState* frame(uint32_t id) const;
  FrameState* frame(uint32_t id);
};

struct CodeInfo {
  std::string name;      // "<module>", "main", "<listcomp>"
  std::string qualname;
  int first_line = 0;
  bool coroutine = false;
  std::vector<SourceSpan> spans;  // one per instruction
  int line_of(uint32_t ip) const { return ip < spans.size() ? spans[ip].line : 0; }
};

struct OutputLine {
  uint64_t step = 0;  // the Print step that completed it
  double time = 0.0;
  uint32_t task = 0;
  std::string text;
};

class Trace {
 public:
  Trace();

  // ---- reading ----
  uint64_t size() const { return steps_; }  // number of steps
  bool empty() const { return steps_ == 0; }
  // The full state at `step` (< size()). Cost: one keyframe copy plus a bounded replay.
  TraceState state_at(uint64_t step) const;
  // The same into an existing state, reusing its memory; steps forward from `into` when that is
  // cheaper than going back to a keyframe (stepping +1 replays one step).
  void load_state(uint64_t step, TraceState& into) const;
  // The reference the fast paths are tested against: the state rebuilt by replaying the whole
  // log from the start. O(step); for tests.
  TraceState replay_from_start(uint64_t step) const;
  // The state before the first step: only task 0, "main".
  TraceState initial_state() const;
  StepInfo step_info(uint64_t step) const;
  int line_of(const StepInfo& at) const;
  SourceSpan span_of(const StepInfo& at) const;

  const std::string& text(uint32_t id) const { return texts_[id]; }
  uint32_t text_count() const { return uint32_t(texts_.size()); }
  const uint8_t* log_data() const { return log_.data(); }
  const CodeInfo& code(uint32_t id) const { return codes_[id]; }
  size_t code_count() const { return codes_.size(); }
  const std::vector<OutputLine>& output() const { return output_; }
  const std::string& source() const { return source_; }
  const std::string& path() const { return path_; }
  // How the run ended: "ok", "exception ValueError: x", "deadlock", "limit steps" ...
  const std::string& outcome() const { return outcome_; }
  double final_time() const { return final_time_; }
  // Everything the trace holds in memory, in bytes.
  size_t memory_bytes() const;
  size_t log_bytes() const { return log_.size(); }
  size_t keyframe_count() const { return keyframes_.size(); }

  // ---- navigation: each returns the step found, or nothing ----
  // The next (forward) or previous step of a kind, strictly after/before `from`.
  std::optional<uint64_t> find_kind(uint64_t from, StepKind kind, bool forward) const;
  // The next/previous step where the running task differs from the one at `from`.
  std::optional<uint64_t> find_task_switch(uint64_t from, bool forward) const;
  // The next/previous step of `task`.
  std::optional<uint64_t> find_task_step(uint64_t from, uint32_t task, bool forward) const;
  // The next/previous step whose virtual time differs from the time at `from`.
  std::optional<uint64_t> find_time_change(uint64_t from, bool forward) const;
  // The next/previous Line step at `line` of the scenario (a breakpoint).
  std::optional<uint64_t> find_line(uint64_t from, int line, bool forward) const;
  // Step into: the next step of the same task. Step over: the next step of the same task whose
  // frame is the current one or an outer one. Step out: the next step in an outer frame.
  std::optional<uint64_t> step_into(uint64_t from) const;
  std::optional<uint64_t> step_over(uint64_t from) const;
  std::optional<uint64_t> step_out(uint64_t from) const;
  // Backward counterparts: the previous step of the same task at the same or an outer depth.
  std::optional<uint64_t> step_back_over(uint64_t from) const;
  // The step that printed output line `index`.
  uint64_t step_of_output(size_t index) const { return output_[index].step; }
  double time_at(uint64_t step) const;

 private:
  friend class TraceWriter;
  friend class TraceRecorder;
  friend struct TraceLog;

  struct Keyframe {
    uint64_t step;        // the state after applying step `step`
    uint64_t log_offset;  // where step + 1's operations begin
    TraceState state;
  };
  struct TimeChange {
    uint64_t step;
    double time;
  };

  // Replays operations from `offset` into `state` until `steps` more steps are applied.
  void replay(TraceState& state, uint64_t offset, uint64_t steps, uint64_t* end_offset = nullptr) const;
  const Keyframe& keyframe_for(uint64_t step) const;
  uint64_t block_offset(uint64_t step) const;
  uint32_t intern_text(std::string_view s);

  std::vector<uint8_t> log_;
  uint64_t steps_ = 0;
  // Operations of step `k * kBlockSteps` begin at block_offsets_[k]; each block starts with an
  // absolute step record, so step_info() decodes at most one block.
  std::vector<uint64_t> block_offsets_;
  std::vector<Keyframe> keyframes_;
  // Steps of each rare kind (everything but Line), ascending: find_kind is a binary search.
  std::vector<uint32_t> kind_steps_[kStepKindCount];
  // Steps where the running task changes, and where the clock changes.
  std::vector<uint32_t> switch_steps_;
  std::vector<TimeChange> time_changes_;
  // One record per frame id: its task, caller, depth and lifetime, so step over/out jump across a
  // whole call at once instead of scanning its steps.
  struct FrameRecord {
    uint32_t task = 0;
    uint32_t parent = 0;  // the caller's frame id in the same task, 0 when outermost
    int32_t depth = 0;    // 1 for the outermost frame of its task
    uint32_t code = 0;
    uint64_t first_step = 0, last_step = 0;
  };
  std::vector<FrameRecord> frames_;  // index = frame id (0 unused)
  const FrameRecord* frame_record(uint32_t id) const { return id < frames_.size() ? &frames_[id] : nullptr; }
  // Waypoints: states every kWaypointSteps inside the keyframe stretch last read backward. A
  // reading cache (the reader is single-threaded, like the UI that uses it).
  static constexpr uint64_t kWaypointSteps = 256;
  mutable std::vector<TraceState> waypoints_;
  mutable uint64_t waypoint_key_ = UINT64_MAX;
  // Lazily built per-line indexes for breakpoints: line -> Line steps at it, ascending.
  mutable std::unordered_map<int, std::vector<uint32_t>> line_index_;

  std::vector<std::string> texts_;
  // Transparent hashing: looking a text up does not copy it into a std::string first.
  struct TextHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, uint32_t, TextHash, std::equal_to<>> text_ids_;
  std::vector<CodeInfo> codes_;
  std::vector<OutputLine> output_;
  std::string source_, path_, outcome_;
  double final_time_ = 0.0;
};

constexpr uint64_t kBlockSteps = 64;

// A readable, multi-line description of a state (tests, debugging, `looplab trace --state`).
std::string describe_state(const Trace& trace, const TraceState& state);
// How a shown value reads: `3`, `'a'`, `[1, 2]`.
std::string shown_text(const Trace& trace, const ShownValue& value);

}  // namespace looplab
