#include "core/trace.h"

#include <algorithm>
#include <cstring>

#include "core/pyformat.h"
#include "core/trace_log.h"

namespace looplab {

const char* step_kind_name(StepKind kind) {
  switch (kind) {
    case StepKind::Line: return "line";
    case StepKind::Call: return "call";
    case StepKind::Return: return "return";
    case StepKind::Start: return "start";
    case StepKind::Suspend: return "suspend";
    case StepKind::Resume: return "resume";
    case StepKind::Exception: return "exception";
    case StepKind::Raise: return "raise";
    case StepKind::Spawn: return "spawn";
    case StepKind::Print: return "print";
    case StepKind::End: return "end";
  }
  return "?";
}

const char* task_phase_name(TaskPhase phase) {
  switch (phase) {
    case TaskPhase::Created: return "created";
    case TaskPhase::Running: return "running";
    case TaskPhase::Waiting: return "waiting";
    case TaskPhase::Done: return "done";
    case TaskPhase::Failed: return "failed";
    case TaskPhase::Cancelled: return "cancelled";
  }
  return "?";
}

bool ShownValue::operator==(const ShownValue& other) const {
  if (kind != other.kind || type != other.type) return false;
  switch (kind) {
    case Kind::None: return true;
    case Kind::Bool:
    case Kind::Int: return u.i == other.u.i;
    case Kind::Float: return std::memcmp(&u.f, &other.u.f, sizeof(double)) == 0;
    case Kind::Text: return u.text == other.u.text;
  }
  return false;
}

const FrameState* TraceState::frame(uint32_t id) const {
  return const_cast<TraceState*>(this)->frame(id);
}

FrameState* TraceState::frame(uint32_t id) {
  if (id == 0) return nullptr;
  // The running task's innermost frames are by far the most likely: search there first.
  if (at.task < tasks.size()) {
    auto& stack = tasks[at.task].stack;
    for (auto it = stack.rbegin(); it != stack.rend(); ++it)
      if (it->id == id) return &*it;
  }
  for (auto& task : tasks)
    for (auto it = task.stack.rbegin(); it != task.stack.rend(); ++it)
      if (it->id == id) return &*it;
  return nullptr;
}

// ---------------------------------------------------------------- the log

void TraceLog::put_value(std::vector<uint8_t>& out, const ShownValue& v) {
  out.push_back(uint8_t(v.kind));
  switch (v.kind) {
    case ShownValue::Kind::None: break;
    case ShownValue::Kind::Bool: out.push_back(uint8_t(v.u.i)); break;
    case ShownValue::Kind::Int: put_varint(out, zigzag(v.u.i)); break;
    case ShownValue::Kind::Float: put_double(out, v.u.f); break;
    case ShownValue::Kind::Text:
      put_varint(out, v.type);
      put_varint(out, v.u.text);
      break;
  }
}

ShownValue TraceLog::Reader::value() {
  ShownValue v;
  v.kind = ShownValue::Kind(*p++);
  switch (v.kind) {
    case ShownValue::Kind::None: break;
    case ShownValue::Kind::Bool: v.u.i = *p++; break;
    case ShownValue::Kind::Int: v.u.i = unzigzag(varint()); break;
    case ShownValue::Kind::Float: v.u.f = real(); break;
    case ShownValue::Kind::Text:
      v.type = u32();
      v.u.text = u32();
      break;
  }
  return v;
}

namespace {

TaskState& task_slot(TraceState& state, uint32_t task) {
  if (task >= state.tasks.size()) {
    size_t old = state.tasks.size();
    state.tasks.resize(task + 1);
    for (size_t i = old; i < state.tasks.size(); ++i) state.tasks[i].id = uint32_t(i);
  }
  return state.tasks[task];
}

}  // namespace

TraceLog::Decoded TraceLog::decode(Reader& r) {
  Decoded d;
  d.op = TraceOp(*r.p++);
  switch (d.op) {
    case TraceOp::StepLine: d.n = unzigzag(r.varint()); break;
    case TraceOp::Step:
      d.at.kind = StepKind(*r.p++);
      d.at.task = r.u32();
      d.at.frame = r.u32();
      d.at.code = r.u32();
      d.at.ip = r.u32();
      d.at.detail = r.u32();
      break;
    case TraceOp::Time: d.time = r.real(); break;
    case TraceOp::Push:
      d.task = r.u32();
      d.frame = r.u32();
      d.a = r.u32();
      d.n = unzigzag(r.varint());
      break;
    case TraceOp::Pop:
      d.task = r.u32();
      d.frame = r.u32();
      break;
    case TraceOp::Park:
      d.task = r.u32();
      d.frame = r.u32();
      d.n = *r.p++;
      break;
    case TraceOp::Local:
      d.frame = r.u32();
      d.a = r.u32();
      d.value = r.value();
      break;
    case TraceOp::Unbind:
      d.frame = r.u32();
      d.a = r.u32();
      break;
    case TraceOp::TaskNew:
      d.task = r.u32();
      d.a = r.u32();
      d.b = r.u32();
      break;
    case TraceOp::TaskPhase:
      d.task = r.u32();
      d.n = *r.p++;
      d.a = r.u32();
      break;
    case TraceOp::TaskName:
      d.task = r.u32();
      d.a = r.u32();
      break;
  }
  return d;
}

bool TraceLog::apply(Reader& r, TraceState& state) {
  Decoded d = decode(r);
  switch (d.op) {
    case TraceOp::StepLine:
    case TraceOp::Step:
      if (d.op == TraceOp::StepLine) {
        state.at.kind = StepKind::Line;
        state.at.ip = uint32_t(int64_t(state.at.ip) + d.n);
        state.at.detail = 0;
      } else {
        state.at = d.at;
        if (d.at.kind == StepKind::Print) ++state.output_lines;
      }
      if (FrameState* f = state.frame(state.at.frame)) f->ip = state.at.ip;
      ++state.step;
      return true;
    case TraceOp::Time: state.time = d.time; return false;
    case TraceOp::Push: {
      FrameState f;
      f.id = d.frame;
      f.code = d.a;
      f.call_line = int32_t(d.n);
      task_slot(state, d.task).stack.push_back(std::move(f));
      return false;
    }
    case TraceOp::Pop: {
      auto& stack = task_slot(state, d.task).stack;
      for (auto it = stack.rbegin(); it != stack.rend(); ++it)
        if (it->id == d.frame) {
          stack.erase(std::next(it).base());
          break;
        }
      return false;
    }
    case TraceOp::Park:
      if (FrameState* f = state.frame(d.frame)) f->suspended = d.n != 0;
      return false;
    case TraceOp::Local:
      if (FrameState* f = state.frame(d.frame)) {
        for (auto& local : f->locals)
          if (local.name == d.a) {
            local.value = d.value;
            return false;
          }
        f->locals.push_back({d.a, d.value});
      }
      return false;
    case TraceOp::Unbind:
      if (FrameState* f = state.frame(d.frame))
        std::erase_if(f->locals, [&](const LocalState& l) { return l.name == d.a; });
      return false;
    case TraceOp::TaskNew: {
      TaskState& t = task_slot(state, d.task);
      t.name = d.a;
      t.coro = d.b;
      t.phase = TaskPhase::Created;
      return false;
    }
    case TraceOp::TaskPhase: {
      TaskState& t = task_slot(state, d.task);
      t.phase = TaskPhase(d.n);
      t.detail = d.a;
      return false;
    }
    case TraceOp::TaskName: task_slot(state, d.task).name = d.a; return false;
  }
  return false;
}

bool TraceLog::skim(Reader& r, StepInfo& at) {
  Decoded d = decode(r);
  if (d.op == TraceOp::StepLine) {
    at.kind = StepKind::Line;
    at.ip = uint32_t(int64_t(at.ip) + d.n);
    at.detail = 0;
    return true;
  }
  if (d.op == TraceOp::Step) {
    at = d.at;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------- reading

Trace::Trace() {
  texts_.emplace_back();  // id 0: "no text"
  text_ids_.emplace("", 0);
  frames_.emplace_back();  // frame id 0: "no frame"
  intern_text("main");     // id 1: task 0's name
}

TraceState Trace::initial_state() const {
  TraceState state;
  state.tasks.resize(1);
  state.tasks[0].name = 1;  // "main", interned first by the constructor
  state.tasks[0].phase = TaskPhase::Running;
  return state;
}

TraceState Trace::replay_from_start(uint64_t step) const {
  TraceState state = initial_state();
  if (steps_ == 0) return state;
  replay(state, 0, std::min(step, steps_ - 1) + 1);
  return state;
}

uint32_t Trace::intern_text(std::string_view s) {
  auto it = text_ids_.find(s);
  if (it != text_ids_.end()) return it->second;
  uint32_t id = uint32_t(texts_.size());
  texts_.emplace_back(s);
  text_ids_.emplace(texts_.back(), id);
  return id;
}

const Trace::Keyframe& Trace::keyframe_for(uint64_t step) const {
  auto it = std::upper_bound(keyframes_.begin(), keyframes_.end(), step,
                             [](uint64_t s, const Keyframe& k) { return s < k.step; });
  return *std::prev(it);  // keyframes_[0] is the state at step 0
}

void Trace::replay(TraceState& state, uint64_t offset, uint64_t steps, uint64_t* end_offset) const {
  TraceLog::Reader r{log_.data() + offset, log_.data() + log_.size()};
  while (steps > 0 && r.p < r.end)
    if (TraceLog::apply(r, state)) --steps;
  state.log_offset = uint64_t(r.p - log_.data());
  if (end_offset) *end_offset = state.log_offset;
}

void Trace::load_state(uint64_t step, TraceState& into) const {
  if (steps_ == 0) {
    into = TraceState{};
    return;
  }
  step = std::min(step, steps_ - 1);
  const Keyframe& key = keyframe_for(step);
  // Stepping forward from where `into` stands is cheaper than a keyframe copy when it is at or
  // after that keyframe: the replay is then shorter.
  bool forward = into.log_offset != 0 && into.step != TraceState::kNoStep && into.step <= step &&
                 into.step >= key.step;
  if (forward) {
    replay(into, into.log_offset, step - into.step);
    return;
  }
  // Going back: start from the latest waypoint at or before `step` in this keyframe's stretch.
  // Waypoints are laid down on the way, so stepping back one by one replays a few hundred steps
  // each time, not the whole stretch since the keyframe.
  if (waypoint_key_ != key.step) {
    waypoints_.clear();
    waypoint_key_ = key.step;
  }
  const TraceState* base = &key.state;
  for (auto it = waypoints_.rbegin(); it != waypoints_.rend(); ++it)
    if (it->step <= step) {
      base = &*it;
      break;
    }
  into = *base;
  while (step - into.step > kWaypointSteps) {
    replay(into, into.log_offset, kWaypointSteps);
    auto at = std::lower_bound(waypoints_.begin(), waypoints_.end(), into.step,
                               [](const TraceState& w, uint64_t s) { return w.step < s; });
    if (at == waypoints_.end() || at->step != into.step) waypoints_.insert(at, into);
  }
  replay(into, into.log_offset, step - into.step);
}

TraceState Trace::state_at(uint64_t step) const {
  TraceState state;
  load_state(step, state);
  return state;
}

uint64_t Trace::block_offset(uint64_t step) const { return block_offsets_[step / kBlockSteps]; }

StepInfo Trace::step_info(uint64_t step) const {
  StepInfo at;
  uint64_t n = step % kBlockSteps + 1;  // step records to decode from the block's start
  TraceLog::Reader r{log_.data() + block_offset(step), log_.data() + log_.size()};
  while (n > 0 && r.p < r.end)
    if (TraceLog::skim(r, at)) --n;
  return at;
}

int Trace::line_of(const StepInfo& at) const {
  if (at.code >= codes_.size()) return 0;
  const CodeInfo& code = codes_[at.code];
  int line = code.line_of(at.ip);
  return line > 0 ? line : code.first_line;
}

SourceSpan Trace::span_of(const StepInfo& at) const {
  if (at.code >= codes_.size() || at.ip >= codes_[at.code].spans.size()) return {};
  return codes_[at.code].spans[at.ip];
}

double Trace::time_at(uint64_t step) const {
  auto it = std::upper_bound(time_changes_.begin(), time_changes_.end(), step,
                             [](uint64_t s, const TimeChange& c) { return s < c.step; });
  return it == time_changes_.begin() ? 0.0 : std::prev(it)->time;
}

size_t Trace::memory_bytes() const {
  size_t bytes = log_.capacity() + block_offsets_.capacity() * sizeof(uint64_t);
  for (auto& k : keyframes_) {
    bytes += sizeof(Keyframe) + k.state.tasks.capacity() * sizeof(TaskState);
    for (auto& t : k.state.tasks) {
      bytes += t.stack.capacity() * sizeof(FrameState);
      for (auto& f : t.stack) bytes += f.locals.capacity() * sizeof(LocalState);
    }
  }
  for (auto& v : kind_steps_) bytes += v.capacity() * sizeof(uint32_t);
  bytes += switch_steps_.capacity() * sizeof(uint32_t) + time_changes_.capacity() * sizeof(TimeChange);
  bytes += frames_.capacity() * sizeof(FrameRecord);
  for (auto& t : texts_) bytes += sizeof(std::string) + (t.size() > 15 ? t.capacity() : 0);
  bytes += text_ids_.size() * (sizeof(std::string) + sizeof(uint32_t) + 2 * sizeof(void*));
  for (auto& c : codes_) bytes += sizeof(CodeInfo) + c.spans.capacity() * sizeof(SourceSpan);
  for (auto& o : output_) bytes += sizeof(OutputLine) + (o.text.size() > 15 ? o.text.capacity() : 0);
  for (auto& [line, steps] : line_index_) bytes += steps.capacity() * sizeof(uint32_t);
  return bytes;
}

// ---------------------------------------------------------------- description

std::string shown_text(const Trace& trace, const ShownValue& v) {
  switch (v.kind) {
    case ShownValue::Kind::None: return "None";
    case ShownValue::Kind::Bool: return v.u.i ? "True" : "False";
    case ShownValue::Kind::Int: return std::to_string(v.u.i);
    case ShownValue::Kind::Float: return pyformat::float_repr(v.u.f);
    case ShownValue::Kind::Text: return trace.text(v.u.text);
  }
  return "?";
}

std::string describe_state(const Trace& trace, const TraceState& state) {
  std::string out = "step " + std::to_string(state.step) + ": " + step_kind_name(state.at.kind) + " task " +
                    std::to_string(state.at.task) + " frame " + std::to_string(state.at.frame) + " line " +
                    std::to_string(trace.line_of(state.at)) + " detail " + std::to_string(state.at.detail) +
                    " t=" + pyformat::float_repr(state.time) + " output " + std::to_string(state.output_lines) + "\n";
  for (auto& task : state.tasks) {
    out += "  task " + std::to_string(task.id) + " " + trace.text(task.name) + " (" + trace.text(task.coro) + ") " +
           task_phase_name(task.phase) + (task.detail ? " " + trace.text(task.detail) : "") + "\n";
    for (auto& f : task.stack) {
      out += "    frame " + std::to_string(f.id) + " " + trace.code(f.code).name + ":" +
             std::to_string(trace.code(f.code).line_of(f.ip)) + (f.suspended ? " suspended" : "") +
             " returns to " + std::to_string(f.call_line) + ":";
      for (auto& l : f.locals) out += " " + trace.text(l.name) + "=" + shown_text(trace, l.value);
      out += "\n";
    }
  }
  return out;
}

// ---------------------------------------------------------------- navigation

namespace {

std::optional<uint64_t> search_sorted(const std::vector<uint32_t>& steps, uint64_t from, bool forward) {
  if (forward) {
    auto it = std::upper_bound(steps.begin(), steps.end(), from);
    if (it == steps.end()) return std::nullopt;
    return *it;
  }
  auto it = std::lower_bound(steps.begin(), steps.end(), from);
  if (it == steps.begin()) return std::nullopt;
  return *std::prev(it);
}

}  // namespace

std::optional<uint64_t> Trace::find_kind(uint64_t from, StepKind kind, bool forward) const {
  if (kind != StepKind::Line) return search_sorted(kind_steps_[int(kind)], from, forward);
  // Most steps are lines: the nearest one is a few steps away.
  if (forward) {
    for (uint64_t s = from + 1; s < steps_; ++s)
      if (step_info(s).kind == StepKind::Line) return s;
  } else {
    for (uint64_t s = from; s-- > 0;)
      if (step_info(s).kind == StepKind::Line) return s;
  }
  return std::nullopt;
}

std::optional<uint64_t> Trace::find_task_switch(uint64_t from, bool forward) const {
  return search_sorted(switch_steps_, from, forward);
}

std::optional<uint64_t> Trace::find_time_change(uint64_t from, bool forward) const {
  if (forward) {
    auto it = std::upper_bound(time_changes_.begin(), time_changes_.end(), from,
                               [](uint64_t s, const TimeChange& c) { return s < c.step; });
    if (it == time_changes_.end()) return std::nullopt;
    return it->step;
  }
  // The step where the current time began, then the start of the time before it.
  auto it = std::upper_bound(time_changes_.begin(), time_changes_.end(), from,
                             [](uint64_t s, const TimeChange& c) { return s < c.step; });
  if (it == time_changes_.begin()) return std::nullopt;
  --it;
  if (it->step < from) return it->step;
  if (it == time_changes_.begin()) return std::nullopt;
  return std::prev(it)->step;
}

std::optional<uint64_t> Trace::find_task_step(uint64_t from, uint32_t task, bool forward) const {
  // Walk from switch point to switch point: between two switches one task runs throughout.
  uint64_t s = from;
  while (true) {
    if (forward) {
      if (s + 1 >= steps_) return std::nullopt;
      if (step_info(s + 1).task == task) return s + 1;
      auto next = find_task_switch(s + 1, true);
      if (!next) return std::nullopt;
      if (step_info(*next).task == task) return *next;
      s = *next;
    } else {
      if (s == 0) return std::nullopt;
      if (step_info(s - 1).task == task) return s - 1;
      auto prev = find_task_switch(s - 1, false);
      // The switch lands on the first step of a run; the run before it ends at prev - 1.
      if (!prev || *prev == 0) return std::nullopt;
      s = *prev;
    }
  }
}

std::optional<uint64_t> Trace::find_line(uint64_t from, int line, bool forward) const {
  auto it = line_index_.find(line);
  if (it == line_index_.end()) {
    // Built on first use for this line with one pass over the step records.
    std::vector<uint32_t> steps;
    for (size_t block = 0; block < block_offsets_.size(); ++block) {
      TraceLog::Reader r{log_.data() + block_offsets_[block], log_.data() + log_.size()};
      StepInfo at;
      uint64_t s = block * kBlockSteps;
      uint64_t end = std::min<uint64_t>(steps_, s + kBlockSteps);
      while (s < end && r.p < r.end) {
        if (!TraceLog::skim(r, at)) continue;
        if (at.kind == StepKind::Line && line_of(at) == line) steps.push_back(uint32_t(s));
        ++s;
      }
    }
    it = line_index_.emplace(line, std::move(steps)).first;
  }
  return search_sorted(it->second, from, forward);
}

std::optional<uint64_t> Trace::step_into(uint64_t from) const {
  if (from >= steps_) return std::nullopt;
  return find_task_step(from, step_info(from).task, true);
}

std::optional<uint64_t> Trace::step_over(uint64_t from) const {
  if (from >= steps_) return std::nullopt;
  StepInfo here = step_info(from);
  const FrameRecord* frame = frame_record(here.frame);
  if (!frame) return step_into(from);
  uint64_t s = from;
  while (true) {
    auto next = find_task_step(s, here.task, true);
    if (!next) return std::nullopt;
    const FrameRecord* there = frame_record(step_info(*next).frame);
    if (!there || there->depth <= frame->depth) return next;
    // Inside a callee: jump to its last step, wherever it ends.
    s = std::max(*next, there->last_step);
  }
}

std::optional<uint64_t> Trace::step_out(uint64_t from) const {
  if (from >= steps_) return std::nullopt;
  StepInfo here = step_info(from);
  const FrameRecord* frame = frame_record(here.frame);
  if (!frame) return std::nullopt;
  uint64_t s = std::max(from, frame->last_step);
  while (true) {
    auto next = find_task_step(s, here.task, true);
    if (!next) return std::nullopt;
    const FrameRecord* there = frame_record(step_info(*next).frame);
    if (!there || there->depth < frame->depth) return next;
    s = std::max(*next, there->last_step);
  }
}

std::optional<uint64_t> Trace::step_back_over(uint64_t from) const {
  if (from >= steps_) return std::nullopt;
  StepInfo here = step_info(from);
  const FrameRecord* frame = frame_record(here.frame);
  uint64_t s = from;
  while (true) {
    auto prev = find_task_step(s, here.task, false);
    if (!prev) return std::nullopt;
    const FrameRecord* there = frame_record(step_info(*prev).frame);
    if (!frame || !there || there->depth <= frame->depth) return prev;
    s = std::min(*prev, there->first_step);
  }
}

}  // namespace looplab
