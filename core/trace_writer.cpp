#include <algorithm>

#include "core/trace_log.h"

namespace looplab {

namespace {

// Log bytes between keyframes. Replaying this much costs well under a millisecond, which bounds
// state_at(); a keyframe is never taken more often than the state's own size in log bytes, so
// keyframes cost at most about as much memory as the log itself.
constexpr size_t kMinKeyframeGap = 24 * 1024;

void put_op(std::vector<uint8_t>& log, TraceOp op) { log.push_back(uint8_t(op)); }

}  // namespace

TraceWriter::TraceWriter(Trace& trace) : trace_(trace), log_(trace.log_), live_(trace.initial_state()) {
  trace_.block_offsets_.assign(1, 0);
}

uint32_t TraceWriter::add_code(CodeInfo info) {
  trace_.codes_.push_back(std::move(info));
  return uint32_t(trace_.codes_.size() - 1);
}

uint32_t TraceWriter::new_frame_id() {
  trace_.frames_.emplace_back();
  return uint32_t(trace_.frames_.size() - 1);
}

const TraceState& TraceWriter::live() {
  TraceLog::Reader r{log_.data() + live_read_, log_.data() + log_.size()};
  while (r.p < r.end) TraceLog::apply(r, live_);
  live_read_ = log_.size();
  return live_;
}

void TraceWriter::time(double now) {
  if (now == time_) return;
  time_ = now;
  put_op(log_, TraceOp::Time);
  TraceLog::put_double(log_, now);
  trace_.time_changes_.push_back({trace_.steps_, now});
}

void TraceWriter::push(uint32_t task, uint32_t frame, uint32_t code, int32_t call_line) {
  const TraceState& state = live();
  const auto* stack = task < state.tasks.size() ? &state.tasks[task].stack : nullptr;
  if (frame >= trace_.frames_.size()) trace_.frames_.resize(frame + 1);
  Trace::FrameRecord& record = trace_.frames_[frame];
  record.task = task;
  record.parent = stack && !stack->empty() ? stack->back().id : 0;
  record.depth = int32_t(stack ? stack->size() : 0) + 1;
  record.code = code;
  record.first_step = trace_.steps_;
  put_op(log_, TraceOp::Push);
  TraceLog::put_varint(log_, task);
  TraceLog::put_varint(log_, frame);
  TraceLog::put_varint(log_, code);
  TraceLog::put_varint(log_, TraceLog::zigzag(call_line));
}

void TraceWriter::pop(uint32_t task, uint32_t frame) {
  put_op(log_, TraceOp::Pop);
  TraceLog::put_varint(log_, task);
  TraceLog::put_varint(log_, frame);
}

void TraceWriter::park(uint32_t task, uint32_t frame, bool suspended) {
  put_op(log_, TraceOp::Park);
  TraceLog::put_varint(log_, task);
  TraceLog::put_varint(log_, frame);
  log_.push_back(suspended ? 1 : 0);
}

void TraceWriter::local(uint32_t frame, uint32_t name, const ShownValue& value) {
  put_op(log_, TraceOp::Local);
  TraceLog::put_varint(log_, frame);
  TraceLog::put_varint(log_, name);
  TraceLog::put_value(log_, value);
}

void TraceWriter::unbind(uint32_t frame, uint32_t name) {
  put_op(log_, TraceOp::Unbind);
  TraceLog::put_varint(log_, frame);
  TraceLog::put_varint(log_, name);
}

void TraceWriter::task_new(uint32_t task, uint32_t name, uint32_t coro) {
  put_op(log_, TraceOp::TaskNew);
  TraceLog::put_varint(log_, task);
  TraceLog::put_varint(log_, name);
  TraceLog::put_varint(log_, coro);
}

void TraceWriter::task_phase(uint32_t task, TaskPhase phase, uint32_t detail) {
  put_op(log_, TraceOp::TaskPhase);
  TraceLog::put_varint(log_, task);
  log_.push_back(uint8_t(phase));
  TraceLog::put_varint(log_, detail);
}

void TraceWriter::task_name(uint32_t task, uint32_t name) {
  put_op(log_, TraceOp::TaskName);
  TraceLog::put_varint(log_, task);
  TraceLog::put_varint(log_, name);
}

void TraceWriter::step(const StepInfo& at) {
  uint64_t s = trace_.steps_;
  bool block_start = s % kBlockSteps == 0;
  if (block_start && s > 0) trace_.block_offsets_.push_back(after_marker_);
  // The common case, a new line in the frame that ran the step before, takes two bytes. Each
  // block starts with a full record so that step_info() can decode from there.
  if (have_last_ && !block_start && at.kind == StepKind::Line && at.task == last_.task &&
      at.frame == last_.frame && at.code == last_.code) {
    put_op(log_, TraceOp::StepLine);
    TraceLog::put_varint(log_, TraceLog::zigzag(int64_t(at.ip) - int64_t(last_.ip)));
  } else {
    put_op(log_, TraceOp::Step);
    log_.push_back(uint8_t(at.kind));
    TraceLog::put_varint(log_, at.task);
    TraceLog::put_varint(log_, at.frame);
    TraceLog::put_varint(log_, at.code);
    TraceLog::put_varint(log_, at.ip);
    TraceLog::put_varint(log_, at.detail);
  }
  if (at.kind != StepKind::Line) trace_.kind_steps_[int(at.kind)].push_back(uint32_t(s));
  if (have_last_ && at.task != last_.task) trace_.switch_steps_.push_back(uint32_t(s));
  if (at.frame) {
    if (at.frame >= trace_.frames_.size()) trace_.frames_.resize(at.frame + 1);
    trace_.frames_[at.frame].last_step = s;
  }
  last_ = at;
  have_last_ = true;
  ++trace_.steps_;
  live();
  after_marker_ = log_.size();
  maybe_keyframe();
}

void TraceWriter::maybe_keyframe() {
  size_t since = log_.size() - log_at_last_keyframe_;
  if (!trace_.keyframes_.empty()) {
    if (since < kMinKeyframeGap) return;
    // Big states (a thousand tasks) get keyframes further apart: never more keyframe than log.
    size_t state_bytes = sizeof(TraceState);
    for (auto& t : live_.tasks) {
      state_bytes += sizeof(TaskState) + t.stack.size() * sizeof(FrameState);
      for (auto& f : t.stack) state_bytes += f.locals.size() * sizeof(LocalState);
    }
    if (since < state_bytes) return;
  }
  live_.log_offset = after_marker_;
  trace_.keyframes_.push_back({trace_.steps_ - 1, after_marker_, live_});
  log_at_last_keyframe_ = log_.size();
}

void TraceWriter::finish(const std::string& outcome, double final_time) {
  trace_.outcome_ = outcome;
  trace_.final_time_ = final_time;
}

}  // namespace looplab
