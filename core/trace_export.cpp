// The JSON export, format "looplab-trace", version 1:
//
//   {"format": "looplab-trace", "version": 1,
//    "path": "...", "source": "...", "outcome": "ok", "final_time": 3.0,
//    "texts": ["", "main", ...],                 every interned text; ids index this array
//    "codes": [{"name", "qualname", "first_line", "coroutine", "spans": [[line, col, end_line, end_col], ...]}],
//    "output": [{"step", "time", "task", "text"}],
//    "steps": [{"kind": "line", "task", "frame", "code", "ip", "detail", "line", "ops": [...]}, ...]}
//
// A step's "ops" are the state changes that happen before it, in order; applying every step's
// ops from the start rebuilds the state at any step (read_trace_json does exactly that):
//   ["time", t]                        the virtual clock is now t
//   ["push", task, frame, code, call_line]  a frame enters the top of the task's stack
//   ["pop", task, frame]               the frame leaves the task's stack
//   ["park", task, frame, suspended]   the frame is suspended at an await (true) or running (false)
//   ["local", frame, name, value]      a local (name: text id) shows a new value
//   ["unbind", frame, name]            the local is gone
//   ["task", task, name, coro]         a task is created
//   ["phase", task, phase, detail]     created|running|waiting|done|failed|cancelled, detail: text id
//   ["rename", task, name]
// Values: ["none"], ["bool", b], ["int", n], ["float", x] (x may be "inf", "-inf", "nan"),
// ["text", type, text] (text ids).  Task 0 is "main". "detail" of a step: see StepInfo.
#include "core/trace_export.h"

#include <cmath>
#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>

#include "core/trace_log.h"

namespace looplab {

using nlohmann::json;

namespace {

json value_json(const ShownValue& v) {
  switch (v.kind) {
    case ShownValue::Kind::None: return json::array({"none"});
    case ShownValue::Kind::Bool: return json::array({"bool", v.u.i != 0});
    case ShownValue::Kind::Int: return json::array({"int", v.u.i});
    case ShownValue::Kind::Float:
      if (std::isnan(v.u.f)) return json::array({"float", "nan"});
      if (std::isinf(v.u.f)) return json::array({"float", v.u.f > 0 ? "inf" : "-inf"});
      return json::array({"float", v.u.f});
    case ShownValue::Kind::Text: return json::array({"text", v.type, v.u.text});
  }
  return json::array({"none"});
}

ShownValue value_from(const json& j, uint32_t type_none, uint32_t type_bool, uint32_t type_int,
                      uint32_t type_float) {
  ShownValue v;
  const std::string& kind = j.at(0).get_ref<const std::string&>();
  if (kind == "none") {
    v.type = type_none;
  } else if (kind == "bool") {
    v.kind = ShownValue::Kind::Bool;
    v.type = type_bool;
    v.u.i = j.at(1).get<bool>();
  } else if (kind == "int") {
    v.kind = ShownValue::Kind::Int;
    v.type = type_int;
    v.u.i = j.at(1).get<int64_t>();
  } else if (kind == "float") {
    v.kind = ShownValue::Kind::Float;
    v.type = type_float;
    if (j.at(1).is_string()) {
      const std::string& s = j.at(1).get_ref<const std::string&>();
      v.u.f = s == "nan" ? NAN : s == "inf" ? INFINITY : -INFINITY;
    } else {
      v.u.f = j.at(1).get<double>();
    }
  } else if (kind == "text") {
    v.kind = ShownValue::Kind::Text;
    v.type = j.at(1).get<uint32_t>();
    v.u.text = j.at(2).get<uint32_t>();
  } else {
    throw std::runtime_error("unknown value kind '" + kind + "'");
  }
  return v;
}

json op_json(const TraceLog::Decoded& d) {
  switch (d.op) {
    case TraceOp::Time: return json::array({"time", d.time});
    case TraceOp::Push: return json::array({"push", d.task, d.frame, d.a, d.n});
    case TraceOp::Pop: return json::array({"pop", d.task, d.frame});
    case TraceOp::Park: return json::array({"park", d.task, d.frame, d.n != 0});
    case TraceOp::Local: return json::array({"local", d.frame, d.a, value_json(d.value)});
    case TraceOp::Unbind: return json::array({"unbind", d.frame, d.a});
    case TraceOp::TaskNew: return json::array({"task", d.task, d.a, d.b});
    case TraceOp::TaskPhase: return json::array({"phase", d.task, task_phase_name(TaskPhase(d.n)), d.a});
    case TraceOp::TaskName: return json::array({"rename", d.task, d.a});
    default: return json();
  }
}

}  // namespace

void write_trace_json(const Trace& trace, std::ostream& out) {
  json head = {{"format", "looplab-trace"},     {"version", kTraceJsonVersion}, {"path", trace.path()},
               {"source", trace.source()},      {"outcome", trace.outcome()}, {"final_time", trace.final_time()}};
  std::string text = head.dump();
  text.pop_back();  // the document goes on: texts, codes, output, steps
  out << text;

  json texts = json::array();
  for (uint32_t i = 0; i < trace.text_count(); ++i) texts.push_back(trace.text(i));
  out << ",\"texts\":" << texts.dump(-1, ' ', false, json::error_handler_t::replace);

  json codes = json::array();
  for (size_t i = 0; i < trace.code_count(); ++i) {
    const CodeInfo& c = trace.code(uint32_t(i));
    json spans = json::array();
    for (auto& s : c.spans) spans.push_back(json::array({s.line, s.col, s.end_line, s.end_col}));
    codes.push_back({{"name", c.name},
                     {"qualname", c.qualname},
                     {"first_line", c.first_line},
                     {"coroutine", c.coroutine},
                     {"spans", std::move(spans)}});
  }
  out << ",\"codes\":" << codes.dump();

  json output = json::array();
  for (auto& line : trace.output())
    output.push_back({{"step", line.step}, {"time", line.time}, {"task", line.task}, {"text", line.text}});
  out << ",\"output\":" << output.dump(-1, ' ', false, json::error_handler_t::replace);

  // Steps are streamed one by one: a long run has millions.
  out << ",\"steps\":[";
  TraceLog::Reader r{trace.log_data(), trace.log_data() + trace.log_bytes()};
  StepInfo at;
  json ops = json::array();
  uint64_t step = 0;
  while (r.p < r.end) {
    TraceLog::Decoded d = TraceLog::decode(r);
    if (d.op != TraceOp::Step && d.op != TraceOp::StepLine) {
      ops.push_back(op_json(d));
      continue;
    }
    if (d.op == TraceOp::StepLine) {
      at.kind = StepKind::Line;
      at.ip = uint32_t(int64_t(at.ip) + d.n);
      at.detail = 0;
    } else {
      at = d.at;
    }
    json j = {{"kind", step_kind_name(at.kind)}, {"task", at.task}, {"frame", at.frame}, {"code", at.code},
              {"ip", at.ip},     {"detail", at.detail},           {"line", trace.line_of(at)}, {"ops", ops}};
    out << (step++ ? ",\n" : "\n") << j.dump();
    ops = json::array();
  }
  out << "]}\n";
}

bool read_trace_json(std::istream& in, Trace& trace, std::string& error) {
  try {
    json doc = json::parse(in);
    if (doc.value("format", "") != "looplab-trace") {
      error = "not a looplab trace (\"format\" is not \"looplab-trace\")";
      return false;
    }
    if (doc.value("version", 0) != kTraceJsonVersion) {
      error = "unsupported looplab trace version " + doc.value("version", json()).dump() + " (this looplab reads " +
              std::to_string(kTraceJsonVersion) + ")";
      return false;
    }
    trace = Trace();
    TraceWriter w(trace);
    // Text ids must come out identical: intern in order (id 0 is "" in every trace).
    for (auto& t : doc.at("texts")) w.intern(t.get_ref<const std::string&>());
    for (auto& c : doc.at("codes")) {
      CodeInfo info;
      info.name = c.at("name").get<std::string>();
      info.qualname = c.at("qualname").get<std::string>();
      info.first_line = c.at("first_line").get<int>();
      info.coroutine = c.at("coroutine").get<bool>();
      for (auto& s : c.at("spans"))
        info.spans.push_back({s.at(0).get<int32_t>(), s.at(1).get<int32_t>(), s.at(2).get<int32_t>(),
                              s.at(3).get<int32_t>()});
      w.add_code(std::move(info));
    }
    for (auto& o : doc.at("output"))
      w.output({o.at("step").get<uint64_t>(), o.at("time").get<double>(), o.at("task").get<uint32_t>(),
                o.at("text").get<std::string>()});
    uint32_t type_none = w.intern("NoneType"), type_bool = w.intern("bool"), type_int = w.intern("int"),
             type_float = w.intern("float");
    for (auto& s : doc.at("steps")) {
      for (auto& op : s.at("ops")) {
        const std::string& kind = op.at(0).get_ref<const std::string&>();
        auto u = [&](int i) { return op.at(i).get<uint32_t>(); };
        if (kind == "time") w.time(op.at(1).get<double>());
        else if (kind == "push") w.push(u(1), u(2), u(3), op.at(4).get<int32_t>());
        else if (kind == "pop") w.pop(u(1), u(2));
        else if (kind == "park") w.park(u(1), u(2), op.at(3).get<bool>());
        else if (kind == "local") w.local(u(1), u(2), value_from(op.at(3), type_none, type_bool, type_int, type_float));
        else if (kind == "unbind") w.unbind(u(1), u(2));
        else if (kind == "task") w.task_new(u(1), u(2), u(3));
        else if (kind == "phase") {
          const std::string& name = op.at(2).get_ref<const std::string&>();
          int phase = -1;
          for (int p = 0; p <= int(TaskPhase::Cancelled); ++p)
            if (name == task_phase_name(TaskPhase(p))) phase = p;
          if (phase < 0) throw std::runtime_error("unknown task phase '" + name + "'");
          w.task_phase(u(1), TaskPhase(phase), u(3));
        } else if (kind == "rename") w.task_name(u(1), u(2));
        else throw std::runtime_error("unknown operation '" + kind + "'");
      }
      StepInfo at;
      const std::string& kind = s.at("kind").get_ref<const std::string&>();
      int k = -1;
      for (int i = 0; i < kStepKindCount; ++i)
        if (kind == step_kind_name(StepKind(i))) k = i;
      if (k < 0) throw std::runtime_error("unknown step kind '" + kind + "'");
      at.kind = StepKind(k);
      at.task = s.at("task").get<uint32_t>();
      at.frame = s.at("frame").get<uint32_t>();
      at.code = s.at("code").get<uint32_t>();
      at.ip = s.at("ip").get<uint32_t>();
      at.detail = s.at("detail").get<uint32_t>();
      w.step(at);
    }
    w.set_source(doc.at("path").get<std::string>(), doc.at("source").get<std::string>());
    w.finish(doc.at("outcome").get<std::string>(), doc.at("final_time").get<double>());
    return true;
  } catch (const std::exception& e) {
    error = std::string("bad looplab trace: ") + e.what();
    return false;
  }
}

void write_chrome_trace(const Trace& trace, std::ostream& out) {
  // Chrome's trace-event format: "X" complete events with ts/dur in microseconds, "i" instants,
  // "M" metadata naming each track. One process, one thread (track) per task.
  auto micros = [](double seconds) { return seconds * 1e6; };
  json events = json::array();
  events.push_back({{"ph", "M"}, {"pid", 1}, {"name", "process_name"}, {"args", {{"name", trace.path()}}}});
  if (trace.empty()) {
    out << json({{"traceEvents", std::move(events)}}).dump() << "\n";
    return;
  }
  TraceState final_state = trace.state_at(trace.size() - 1);
  for (auto& task : final_state.tasks)
    events.push_back({{"ph", "M"},
                      {"pid", 1},
                      {"tid", task.id},
                      {"name", "thread_name"},
                      {"args", {{"name", trace.text(task.name)}}}});
  // Each run of consecutive steps of one task becomes a slice named after the frame it began in.
  uint64_t run_start = 0;
  while (run_start < trace.size()) {
    uint64_t run_end = trace.find_task_switch(run_start, true).value_or(trace.size());  // exclusive
    StepInfo first = trace.step_info(run_start);
    double begin = trace.time_at(run_start), end = trace.time_at(run_end - 1);
    std::string name = first.code < trace.code_count() ? trace.code(first.code).name : "step";
    events.push_back({{"ph", "X"},
                      {"pid", 1},
                      {"tid", first.task},
                      {"name", name},
                      {"ts", micros(begin)},
                      {"dur", micros(end - begin)},
                      {"args", {{"first_step", run_start}, {"last_step", run_end - 1}}}});
    run_start = run_end;
  }
  for (auto& line : trace.output())
    events.push_back({{"ph", "i"},
                      {"s", "t"},
                      {"pid", 1},
                      {"tid", line.task},
                      {"name", "print"},
                      {"ts", micros(line.time)},
                      {"args", {{"text", line.text}, {"step", line.step}}}});
  json doc = {{"traceEvents", std::move(events)}, {"displayTimeUnit", "ms"}};
  out << doc.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
}

}  // namespace looplab
