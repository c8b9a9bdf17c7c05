#include "core/trace_recorder.h"

#include <cstring>

#include "core/code.h"
#include "core/runtime.h"
#include "core/text_trace.h"

namespace looplab {

namespace {

uint64_t payload_bits(const Value& v) {
  switch (v.tag()) {
    case Tag::Obj: return uint64_t(reinterpret_cast<uintptr_t>(v.obj()));
    case Tag::Float: {
      double d = v.as_float();
      uint64_t bits;
      std::memcpy(&bits, &d, sizeof bits);
      return bits;
    }
    case Tag::Int:
    case Tag::Bool: return uint64_t(v.as_int());
    default: return 0;
  }
}

// Objects whose shown text can change while the variable keeps pointing at them.
bool is_mutable_display(const Value& v) {
  if (!v.is_obj()) return false;
  switch (v.obj_kind()) {
    case K_List:
    case K_Tuple:  // may hold mutable objects
    case K_Dict:
    case K_Set:
    case K_Instance:
    case K_Exception:
    case K_DictView: return true;
    default: return false;
  }
}

// A cheap structural hash of what display_repr would show of a mutable object: the identities
// and scalar values of its items, nested containers included, up to a budget of items (the shown
// text is cut short anyway). Equal fingerprints mean the repr need not be computed again.
uint64_t mix(uint64_t h, uint64_t v) { return (h ^ v) * 0x100000001b3ull + (h >> 29); }

uint64_t fingerprint(const Value& v, int& budget) {
  uint64_t h = mix(uint64_t(v.tag()), payload_bits(v));
  if (!is_mutable_display(v) || --budget <= 0) return h;
  auto items = [&](const std::vector<Value>& list) {
    h = mix(h, list.size());
    for (const Value& item : list) {
      if (budget <= 0) break;
      h = mix(h, fingerprint(item, budget));
    }
  };
  switch (v.obj_kind()) {
    case K_List: items(v.as<List>()->items); break;
    case K_Tuple: items(v.as<Tuple>()->items); break;
    case K_Dict:
    case K_Instance:
    case K_Exception: {
      const Value& dict = v.obj_kind() == K_Dict ? v : v.as<Instance>()->dict;
      if (v.obj_kind() == K_Exception) h = mix(h, fingerprint(v.as<ExceptionObj>()->args, budget));
      if (!dict.is(K_Dict)) break;
      const auto& entries = dict.as<Dict>()->entries;
      h = mix(h, entries.size());
      for (auto& e : entries) {
        if (budget <= 0) break;
        if (!e.live) continue;
        h = mix(h, fingerprint(e.key, budget));
        h = mix(h, fingerprint(e.value, budget));
      }
      break;
    }
    case K_Set: {
      Set* s = v.as<Set>();
      h = mix(h, s->used);
      for (auto& slot : s->table) {
        if (budget <= 0) break;
        if (slot.state == 1) h = mix(h, fingerprint(slot.key, budget));
      }
      break;
    }
    case K_DictView: h = mix(h, fingerprint(v.as<DictView>()->dict, budget)); break;
    default: break;
  }
  return h;
}

uint64_t fingerprint(const Value& v) {
  int budget = 96;
  return fingerprint(v, budget);
}

// Where the scenario stands: its innermost frame (looplab's own asyncio frames are not shown).
Frame* innermost_scenario_frame(VM& vm) {
  Frame* f = vm.current_frame();
  while (f && !f->code->user_code) f = f->back;
  return f;
}

uint32_t current_ip(const Frame& f) { return f.prev_ip == UINT32_MAX ? f.ip : f.prev_ip; }

bool is_coroutine_frame(const Frame& f) { return f.code->flags & (CO_COROUTINE | CO_ASYNC_GENERATOR); }

}  // namespace

TraceRecorder::TraceRecorder(VM& vm, Trace& trace) : vm_(vm), out_(trace) {
  out_.set_source(vm.source_path, vm.source_text);
  type_int_ = out_.intern("int");
  type_bool_ = out_.intern("bool");
  type_float_ = out_.intern("float");
  type_none_ = out_.intern("NoneType");
  task_names_.push_back(out_.intern("main"));
}

// ---------------------------------------------------------------- bookkeeping

uint32_t TraceRecorder::code_id(Code* code) {
  auto it = codes_.find(code);
  if (it != codes_.end()) return it->second;
  CodeInfo info;
  info.name = code->name;
  info.qualname = code->qualname;
  info.first_line = code->firstlineno;
  info.coroutine = code->flags & CO_COROUTINE;
  info.spans.reserve(code->spans.size());
  for (auto& s : code->spans) info.spans.push_back({s.line, s.col, s.end_line, s.end_col});
  uint32_t id = out_.add_code(std::move(info));
  codes_.emplace(code, id);
  return id;
}

uint32_t TraceRecorder::running_task() {
  if (!vm_.current_task.is_obj()) return 0;
  auto it = tasks_.find(vm_.current_task.obj());
  return it == tasks_.end() ? 0 : it->second;
}

TraceRecorder::FrameTrack& TraceRecorder::track(Frame& frame) {
  auto [it, fresh] = frames_.try_emplace(&frame);
  if (fresh) it->second.id = out_.new_frame_id();
  return it->second;
}

void TraceRecorder::push(Frame& frame, FrameTrack& t) {
  t.task = running_task();
  t.in_stack = true;
  t.slots.clear();
  const TraceState& live = out_.live();
  const auto& stack = live.tasks.size() > t.task ? live.tasks[t.task].stack : live.tasks[0].stack;
  // The line this frame returns to: where its caller in the same task stands now.
  int32_t call_line = 0;
  if (!stack.empty()) call_line = out_.trace().code(stack.back().code).line_of(stack.back().ip);
  out_.push(t.task, t.id, code_id(frame.code), call_line);
  if (frame.code->name == "<module>" && !module_frame_) module_frame_ = &frame;
}

void TraceRecorder::pop(Frame& frame) {
  auto it = frames_.find(&frame);
  if (it == frames_.end()) return;
  FrameTrack& t = it->second;
  if (t.in_stack) {
    out_.pop(t.task, t.id);
    t.in_stack = false;
  }
  // A generator keeps its frame (and its id) between pops; anything else is gone for good.
  if (!frame.generator) frames_.erase(it);
  if (&frame == module_frame_) module_frame_ = nullptr;
}

void TraceRecorder::set_phase(uint32_t task, TaskPhase phase, uint32_t detail) {
  if (task != 0) out_.task_phase(task, phase, detail);
}

bool TraceRecorder::is_outermost(const FrameTrack& t) {
  if (t.task == 0) return false;
  const TraceState& live = out_.live();
  if (t.task >= live.tasks.size()) return false;
  const auto& stack = live.tasks[t.task].stack;
  return !stack.empty() && stack.front().id == t.id;
}

// ---------------------------------------------------------------- values

ShownValue TraceRecorder::show(const Value& v) {
  ShownValue s;
  switch (v.tag()) {
    case Tag::None:
    case Tag::Undef: s.kind = ShownValue::Kind::None; s.type = type_none_; return s;
    case Tag::Bool: s.kind = ShownValue::Kind::Bool; s.type = type_bool_; s.u.i = v.as_bool(); return s;
    case Tag::Int: s.kind = ShownValue::Kind::Int; s.type = type_int_; s.u.i = v.as_int(); return s;
    case Tag::Float: s.kind = ShownValue::Kind::Float; s.type = type_float_; s.u.f = v.as_float(); return s;
    case Tag::Obj: break;
  }
  s.kind = ShownValue::Kind::Text;
  s.type = out_.intern(type_name(v));
  s.u.text = out_.intern(display_repr(vm_, v, kReprLimit));
  return s;
}

void TraceRecorder::check_slot(uint32_t frame_id, Shadow& shadow, const Value& value, bool bound) {
  if (!bound) {
    if (shadow.tag != Tag::Undef) {
      out_.unbind(frame_id, shadow.name);
      shadow.tag = Tag::Undef;
    }
    return;
  }
  uint64_t bits = payload_bits(value);
  bool same_binding = shadow.tag == value.tag() && shadow.bits == bits;
  if (same_binding && !shadow.mutable_object) return;
  uint64_t print = shadow.mutable_object || is_mutable_display(value) ? fingerprint(value) : 0;
  if (same_binding && print == shadow.fingerprint) return;
  ShownValue shown = show(value);
  shadow.fingerprint = print;
  if (same_binding && shown == shadow.shown) return;
  shadow.tag = value.tag();
  shadow.bits = bits;
  shadow.mutable_object = is_mutable_display(value);
  shadow.shown = shown;
  out_.local(frame_id, shadow.name, shown);
}

void TraceRecorder::check_locals(Frame& frame, FrameTrack& t) {
  Code* code = frame.code;
  if (!(code->flags & CO_NEWLOCALS)) return;  // module and class bodies: a dict, see check_globals
  size_t nvars = code->varnames.size();
  size_t n = size_t(code->nlocalsplus());
  if (t.slots.size() != n) {
    t.slots.assign(n, Shadow{});
    for (size_t i = 0; i < n; ++i) {
      const std::string& name = i < nvars                            ? code->varnames[i]
                                : i < nvars + code->cellvars.size() ? code->cellvars[i - nvars]
                                                                      : code->freevars[i - nvars - code->cellvars.size()];
      t.slots[i].name = out_.intern(name);
    }
  }
  Value* slots = frame.locals();
  for (size_t i = 0; i < n; ++i) {
    const Value& v = slots[i];
    if (i >= nvars && v.is(K_Cell)) {
      Cell* cell = v.as<Cell>();
      check_slot(t.id, t.slots[i], cell->value, !cell->empty);
    } else {
      check_slot(t.id, t.slots[i], v, !v.is_undef());
    }
  }
}

// Module-level variables, shown as the module frame's locals. Modules, functions, classes and
// dunder names are the program's furniture, not its data: they are left out.
void TraceRecorder::check_globals() {
  if (!module_frame_ || !module_frame_->globals.is(K_Dict)) return;
  auto it = frames_.find(module_frame_);
  if (it == frames_.end()) return;
  uint32_t frame_id = it->second.id;
  Dict* globals = module_frame_->globals.as<Dict>();
  const auto& entries = globals->entries;
  if (globals_.size() < entries.size()) globals_.resize(entries.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    Shadow& shadow = globals_[i];
    if (shadow.key != e.key.obj()) {
      // A new entry at this position (or the table was rebuilt): unbind what was shown here.
      if (shadow.tag != Tag::Undef) check_slot(frame_id, shadow, Value(), false);
      shadow = Shadow{};
      shadow.key = e.key.is_obj() ? e.key.obj() : nullptr;
      shadow.skip = true;
      if (e.key.is(K_Str)) {
        const std::string& name = e.key.as<Str>()->s;
        shadow.skip = name.size() > 4 && name.starts_with("__") && name.ends_with("__");
        shadow.name = out_.intern(name);
      }
    }
    if (shadow.skip) continue;
    if (!e.live) {
      check_slot(frame_id, shadow, Value(), false);
      continue;
    }
    if (e.value.is_obj()) {
      switch (e.value.obj_kind()) {
        case K_Module:
        case K_Function:
        case K_Class: check_slot(frame_id, shadow, Value(), false); continue;
        default: break;
      }
    }
    check_slot(frame_id, shadow, e.value, true);
  }
  for (size_t i = entries.size(); i < globals_.size(); ++i)
    if (globals_[i].tag != Tag::Undef) check_slot(frame_id, globals_[i], Value(), false);
  globals_.resize(entries.size());
}

void TraceRecorder::check_task_name(Object* task, uint32_t id) {
  Value v(task);
  uint32_t name = out_.intern(task_name_of(v));
  if (id < task_names_.size() && task_names_[id] == name) return;
  if (id >= task_names_.size()) task_names_.resize(id + 1, 0);
  task_names_[id] = name;
  out_.task_name(id, name);
}

// ---------------------------------------------------------------- steps

void TraceRecorder::step(StepKind kind, Frame* frame, uint32_t detail) {
  out_.time(vm_.now);
  // A task may be renamed (create_task(..., name=) names it after creating it): check the ones
  // just created, and the running one whenever it changes.
  for (auto& [object, id] : just_spawned_) check_task_name(object, id);
  just_spawned_.clear();
  StepInfo at;
  at.kind = kind;
  at.task = running_task();
  if (at.task != 0 && (!have_last_ || at.task != last_.task)) check_task_name(vm_.current_task.obj(), at.task);
  if (frame) {
    FrameTrack& t = track(*frame);
    at.frame = t.id;
    at.code = code_id(frame->code);
    at.ip = current_ip(*frame);
    check_locals(*frame, t);
  }
  at.detail = detail;
  check_globals();
  out_.step(at);
  last_ = at;
  have_last_ = true;
}

// ---------------------------------------------------------------- events

void TraceRecorder::on_line(Frame& frame, int) { step(StepKind::Line, &frame); }

void TraceRecorder::on_enter(Frame& frame, bool resumed) {
  FrameTrack& t = track(frame);
  bool coroutine = is_coroutine_frame(frame);
  if (!t.in_stack) push(frame, t);
  else {
    out_.park(t.task, t.id, false);
  }
  if (coroutine && is_outermost(t)) set_phase(t.task, TaskPhase::Running, 0);
  StepKind kind = coroutine ? (resumed ? StepKind::Resume : StepKind::Start) : StepKind::Call;
  step(kind, &frame);
}

void TraceRecorder::on_leave(Frame& frame, bool suspended, const Value& value) {
  FrameTrack& t = track(frame);
  bool coroutine = is_coroutine_frame(frame);
  if (suspended && coroutine) {
    std::string name = task_name_of(value);
    std::string what = value.is_none() ? "yield" : !name.empty() ? "task " + name : type_name(value);
    uint32_t detail = out_.intern(what);
    if (is_outermost(t)) set_phase(t.task, TaskPhase::Waiting, detail);
    step(StepKind::Suspend, &frame, detail);
    out_.park(t.task, t.id, true);
    return;
  }
  if (!suspended && coroutine && is_outermost(t)) set_phase(t.task, TaskPhase::Done, 0);
  step(StepKind::Return, &frame);
  pop(frame);
}

void TraceRecorder::on_exception(Frame& frame, const Value& exc) {
  uint32_t type = out_.intern(type_of(exc)->name);
  track(frame).last_exception = type;
  step(StepKind::Exception, &frame, type);
}

void TraceRecorder::on_unwind(Frame& frame) {
  FrameTrack& t = track(frame);
  if (is_coroutine_frame(frame) && is_outermost(t)) {
    bool cancelled = out_.trace().text(t.last_exception) == "CancelledError";
    set_phase(t.task, cancelled ? TaskPhase::Cancelled : TaskPhase::Failed, t.last_exception);
  }
  step(StepKind::Raise, &frame, t.last_exception);
  pop(frame);
}

void TraceRecorder::on_output_line(std::string_view line) {
  OutputLine out;
  out.step = out_.steps();
  out.time = vm_.now;
  out.task = running_task();
  out.text = std::string(line);
  out_.output(std::move(out));
  // The print step stands where the scenario stands: its innermost frame.
  step(StepKind::Print, innermost_scenario_frame(vm_), uint32_t(out_.trace().output().size() - 1));
}

void TraceRecorder::on_spawn(const Value& task, const Value& coro) {
  // Library coroutines count too (create_task(asyncio.sleep(1))); asyncio.run's own shutdown
  // tasks are never announced by the library.
  if (!coro.is(K_Generator)) return;
  if (!task.is_obj()) return;
  uint32_t id = uint32_t(task_names_.size());
  uint32_t name = out_.intern(task_name_of(task));
  task_names_.push_back(name);
  tasks_[task.obj()] = id;
  just_spawned_.emplace_back(task.obj(), id);
  out_.task_new(id, name, out_.intern(coro.as<Generator>()->frame->code->name));
  step(StepKind::Spawn, innermost_scenario_frame(vm_), id);
}

void TraceRecorder::end(const std::string& outcome) {
  // A limit or an uncaught exception can end the run without the frames' leave events: the
  // module frame may already be freed, so the last step reads nothing from it.
  module_frame_ = nullptr;
  frames_.clear();
  step(StepKind::End, nullptr, out_.intern(outcome));
  out_.finish(outcome, vm_.now);
}

}  // namespace looplab
