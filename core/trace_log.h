// The operation log behind Trace: how steps and state changes are encoded, and the one function
// that applies them. The recorder and the reader share it, so what is written is what is read.
#pragma once
#include <cstdint>
#include <cstring>
#include <vector>

#include "core/trace.h"

namespace looplab {

enum class TraceOp : uint8_t {
  StepLine = 1,  // zigzag ip delta: a Line step in the same task and frame as the step before
  Step,          // kind, task, frame, code, ip, detail: any step, absolute
  Time,          // 8 bytes: the virtual clock is now this
  Push,          // task, frame, code, zigzag call_line: a frame enters the top of a task's stack
  Pop,           // task, frame: the frame leaves its task's stack
  Park,          // task, frame, 0|1: the frame is running again / suspended at an await
  Local,         // frame, name, value: a local is (re)bound or its shown value changed
  Unbind,        // frame, name: a local is deleted
  TaskNew,       // task, name, coro
  TaskPhase,     // task, phase, detail
  TaskName,      // task, name
};

struct TraceLog {
  // ---- writing ----
  static void put_varint(std::vector<uint8_t>& out, uint64_t v) {
    while (v >= 0x80) {
      out.push_back(uint8_t(v) | 0x80);
      v >>= 7;
    }
    out.push_back(uint8_t(v));
  }
  static uint64_t zigzag(int64_t v) { return (uint64_t(v) << 1) ^ uint64_t(v >> 63); }
  static int64_t unzigzag(uint64_t v) { return int64_t(v >> 1) ^ -int64_t(v & 1); }
  static void put_double(std::vector<uint8_t>& out, double d) {
    uint8_t bytes[8];
    std::memcpy(bytes, &d, 8);
    out.insert(out.end(), bytes, bytes + 8);
  }
  static void put_value(std::vector<uint8_t>& out, const ShownValue& v);

  // ---- reading ----
  struct Reader {
    const uint8_t* p;
    const uint8_t* end;
    uint64_t varint() {
      uint64_t v = 0;
      int shift = 0;
      while (true) {
        uint8_t b = *p++;
        v |= uint64_t(b & 0x7f) << shift;
        if (!(b & 0x80)) return v;
        shift += 7;
      }
    }
    uint32_t u32() { return uint32_t(varint()); }
    double real() {
      double d;
      std::memcpy(&d, p, 8);
      p += 8;
      return d;
    }
    ShownValue value();
  };

  // One operation, decoded. Which fields mean what depends on `op` (see TraceOp).
  struct Decoded {
    TraceOp op;
    uint32_t task = 0, frame = 0, a = 0, b = 0;  // a, b: code/name/coro/detail ...
    int64_t n = 0;     // StepLine: ip delta; Push: call line; Park: suspended; TaskPhase: phase
    double time = 0;   // Time
    ShownValue value;  // Local
    StepInfo at;       // Step
  };
  // The only place that knows the byte layout of each operation.
  static Decoded decode(Reader& r);
  // Applies one operation at `r` to `state` (advancing `r`); returns true when it was a step
  // record, i.e. `state` now stands at the next step.
  static bool apply(Reader& r, TraceState& state);
  // Skips one operation, decoding only step records into `at`; true for a step record.
  static bool skim(Reader& r, StepInfo& at);
};

// Appends to a Trace: operations, step records, and everything derived from them (block offsets,
// kind indexes, task switches, clock changes, frame lifetimes, keyframes). The recorder and the
// JSON importer both build traces through it.
class TraceWriter {
 public:
  explicit TraceWriter(Trace& trace);

  uint32_t intern(std::string_view s) { return trace_.intern_text(s); }
  uint32_t add_code(CodeInfo info);
  uint32_t new_frame_id();

  void time(double now);
  void push(uint32_t task, uint32_t frame, uint32_t code, int32_t call_line);
  void pop(uint32_t task, uint32_t frame);
  void park(uint32_t task, uint32_t frame, bool suspended);
  void local(uint32_t frame, uint32_t name, const ShownValue& value);
  void unbind(uint32_t frame, uint32_t name);
  void task_new(uint32_t task, uint32_t name, uint32_t coro);
  void task_phase(uint32_t task, TaskPhase phase, uint32_t detail);
  void task_name(uint32_t task, uint32_t name);
  void output(OutputLine line) { trace_.output_.push_back(std::move(line)); }
  // Ends a step: everything written since the previous step record belongs to this one.
  void step(const StepInfo& at);
  void finish(const std::string& outcome, double final_time);
  void set_source(std::string path, std::string source) {
    trace_.path_ = std::move(path);
    trace_.source_ = std::move(source);
  }

  // The state after everything written so far.
  const TraceState& live();
  uint64_t steps() const { return trace_.steps_; }
  double now() const { return time_; }
  const Trace& trace() const { return trace_; }

 private:
  void maybe_keyframe();

  Trace& trace_;
  std::vector<uint8_t>& log_;
  TraceState live_;
  uint64_t live_read_ = 0;     // how much of the log live_ has applied
  uint64_t after_marker_ = 0;  // log offset just after the last step record
  uint64_t log_at_last_keyframe_ = 0;
  StepInfo last_;
  bool have_last_ = false;
  double time_ = 0.0;
};

}  // namespace looplab
