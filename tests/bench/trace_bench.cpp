// The recorded trace's numbers (issue targets: <= 16 bytes per step, state_at p99 <= 1 ms,
// stepping +-1 well under 0.1 ms, recording cheap next to plain execution), measured on
// tests/bench/trace_bench.py (about 10 million steps) or the file given as the first argument.
//
//   make bench            (or: build/tests/bench/trace_bench [FILE.py] [google-benchmark flags])
//
// It runs the program once plainly and once recording, prints a summary table, then runs the
// Google Benchmark cases for random access and stepping.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "core/engine.h"
#include "core/trace.h"

namespace {

looplab::Trace g_trace;

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double run_once(const std::string& path, const std::string& source, looplab::Trace* record) {
  looplab::RunRequest request;
  request.path = path;
  request.source = source;
  request.limits.max_steps = 200'000'000;
  request.out = [](std::string_view) {};
  request.err = [](std::string_view text) { std::fwrite(text.data(), 1, text.size(), stderr); };
  request.record = record;
  auto start = std::chrono::steady_clock::now();
  looplab::run_scenario(request);
  return seconds_since(start);
}

// Percentile of per-call latencies, in microseconds.
double percentile(std::vector<double>& micros, double p) {
  std::sort(micros.begin(), micros.end());
  return micros[std::min(micros.size() - 1, size_t(p * double(micros.size())))];
}

void BM_StateAtRandom(benchmark::State& state) {
  std::mt19937_64 random(1);
  looplab::TraceState s;
  for (auto _ : state) {
    s = g_trace.state_at(random() % g_trace.size());
    benchmark::DoNotOptimize(s.step);
  }
}
BENCHMARK(BM_StateAtRandom);

void BM_StepForward(benchmark::State& state) {
  looplab::TraceState s;
  uint64_t step = g_trace.size() / 3;
  g_trace.load_state(step, s);
  for (auto _ : state) {
    if (++step >= g_trace.size()) step = g_trace.size() / 3;
    g_trace.load_state(step, s);
    benchmark::DoNotOptimize(s.step);
  }
}
BENCHMARK(BM_StepForward);

void BM_StepBackward(benchmark::State& state) {
  looplab::TraceState s;
  uint64_t step = g_trace.size() / 2;
  for (auto _ : state) {
    if (--step == 0) step = g_trace.size() / 2;
    g_trace.load_state(step, s);
    benchmark::DoNotOptimize(s.step);
  }
}
BENCHMARK(BM_StepBackward);

void BM_StepInfo(benchmark::State& state) {
  std::mt19937_64 random(2);
  for (auto _ : state) benchmark::DoNotOptimize(g_trace.step_info(random() % g_trace.size()));
}
BENCHMARK(BM_StepInfo);

}  // namespace

int main(int argc, char** argv) {
  std::string path = LOOPLAB_BENCH_PROGRAM;
  if (argc > 1 && argv[1][0] != '-') {
    path = argv[1];
    for (int i = 1; i + 1 < argc; ++i) argv[i] = argv[i + 1];
    --argc;
  }
  std::string source, error;
  if (!looplab::read_source_file(path, source, error)) {
    std::fprintf(stderr, "trace_bench: %s\n", error.c_str());
    return 2;
  }
  std::fprintf(stderr, "running %s plainly, then recording it ...\n", path.c_str());
  double run_seconds = run_once(path, source, nullptr);
  double record_seconds = run_once(path, source, &g_trace);
  if (g_trace.empty()) return 1;

  // Latency distributions, measured directly (Google Benchmark reports means).
  std::mt19937_64 random(7);
  std::vector<double> random_access, forward, backward;
  looplab::TraceState s;
  for (int i = 0; i < 2000; ++i) {
    uint64_t step = random() % g_trace.size();
    auto start = std::chrono::steady_clock::now();
    s = g_trace.state_at(step);
    random_access.push_back(seconds_since(start) * 1e6);
  }
  uint64_t step = g_trace.size() / 4;
  g_trace.load_state(step, s);
  for (int i = 0; i < 20000 && step + 1 < g_trace.size(); ++i) {
    auto start = std::chrono::steady_clock::now();
    g_trace.load_state(++step, s);
    forward.push_back(seconds_since(start) * 1e6);
  }
  for (int i = 0; i < 20000 && step > 0; ++i) {
    auto start = std::chrono::steady_clock::now();
    g_trace.load_state(--step, s);
    backward.push_back(seconds_since(start) * 1e6);
  }

  double bytes = double(g_trace.memory_bytes());
  double steps = double(g_trace.size());
  std::printf("%-28s %14s %10s\n", "measure", "value", "target");
  std::printf("%-28s %14.0f %10s\n", "steps", steps, ">= 1e7");
  std::printf("%-28s %14.0f %10s\n", "trace_bytes", bytes, "");
  std::printf("%-28s %14.2f %10s\n", "bytes_per_step", bytes / steps, "<= 16");
  std::printf("%-28s %14zu %10s\n", "keyframes", g_trace.keyframe_count(), "");
  std::printf("%-28s %14.3f %10s\n", "run_seconds", run_seconds, "");
  std::printf("%-28s %14.3f %10s\n", "record_seconds", record_seconds, "");
  std::printf("%-28s %14.2f %10s\n", "record/run", record_seconds / run_seconds, "small");
  std::printf("%-28s %14.1f %10s\n", "state_at_random_p50_us", percentile(random_access, 0.50), "");
  std::printf("%-28s %14.1f %10s\n", "state_at_random_p99_us", percentile(random_access, 0.99), "<= 1000");
  std::printf("%-28s %14.2f %10s\n", "step_forward_p99_us", percentile(forward, 0.99), "< 100");
  std::printf("%-28s %14.2f %10s\n", "step_backward_p99_us", percentile(backward, 0.99), "< 100");
  std::fflush(stdout);

  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
