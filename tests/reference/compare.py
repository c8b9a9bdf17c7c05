#!/usr/bin/env python3
"""Compare looplab with CPython (pytrace.py) on one scenario.

    compare.py --looplab BIN [--exact] [--timeout SECONDS] FILE

Runs `BIN run FILE` against `pytrace.py run FILE` (CPython on the virtual clock) and `BIN trace FILE` against
`pytrace.py trace FILE`, and checks: the exit code; stdout, byte for byte; the virtual time and task of every
printed line; and the trace. By default the trace is compared at statement level (see `statement_level`), which
leaves out what trace-format.md lets differ; --exact compares the trace text line by line.
Prints what differs (a short diff around the first difference of each) and exits 1, or exits 0 when all agree.
"""
import argparse
import ast
import difflib
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PYTRACE = Path(__file__).resolve().with_name('pytrace.py')
EXIT_REJECTED = 2
DEFAULT_TIMEOUT = 60
# CPython runs with a fixed hash seed (so set order of strings is the same every time) and UTF-8 output.
PYTRACE_ENV = {**os.environ, 'PYTHONHASHSEED': '0', 'PYTHONIOENCODING': 'utf-8'}
COMPREHENSION_FRAMES = {'<listcomp>', '<setcomp>', '<dictcomp>', '<genexpr>'}


# ---------------------------------------------------------------------------------------------------------
# Running the two implementations

@dataclass
class Run:
    command: list
    exit_code: int  # None when it timed out
    stdout: bytes
    stderr: bytes

    def describe_exit(self):
        return 'timed out' if self.exit_code is None else f'exited {self.exit_code}'

    def stderr_tail(self, lines=8):
        tail = self.stderr.decode('utf-8', 'replace').splitlines()[-lines:]
        return '\n'.join('    ' + line for line in tail) or '    (stderr is empty)'


def run_command(command, timeout, env=None):
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout, env=env)
        return Run(command, done.returncode, done.stdout, done.stderr)
    except subprocess.TimeoutExpired as expired:
        return Run(command, None, expired.stdout or b'', (expired.stderr or b'') + b'\n(timed out)')


def run_cpython(mode, file, timeout=DEFAULT_TIMEOUT):
    return run_command([sys.executable, str(PYTRACE), mode, file], timeout, PYTRACE_ENV)


def run_looplab(looplab, mode, file, timeout=DEFAULT_TIMEOUT):
    return run_command([looplab, mode, file], timeout)


# ---------------------------------------------------------------------------------------------------------
# Reading traces

@dataclass(frozen=True)
class Event:
    time: str
    task: str
    func: str
    line: int
    kind: str
    detail: str


# CPython's frame.f_lineno is None at an instruction without a line (the re-raise that ends a `try ... except*`).
EVENT_LINE = re.compile(
    r't=(?P<time>\S+) (?P<task>.+?) (?P<func>\S+):(?P<line>\d+|None) (?P<kind>[a-z]+)(?: (?P<detail>.*))?$')
END_LINE = re.compile(r't=(?P<time>\S+) end (?P<detail>.*)$')


def parse_trace(text):
    """Trace text -> Events. A line that fits no format is kept as kind '?' so that it shows up in a diff."""
    events = []
    for raw in text.splitlines():
        match = EVENT_LINE.match(raw)
        if match:
            line = 0 if match['line'] == 'None' else int(match['line'])
            events.append(Event(match['time'], match['task'], match['func'], line, match['kind'], match['detail'] or ''))
        elif match := END_LINE.match(raw):
            events.append(Event(match['time'], '', '', 0, 'end', match['detail']))
        else:
            events.append(Event('', '', '', 0, '?', raw))
    return events


def print_text(detail):
    """The printed text of a `print` event; JSON escapes may be spelled differently by the two sides."""
    try:
        return json.dumps(json.loads(detail), ensure_ascii=False)
    except ValueError:
        return detail


# ---------------------------------------------------------------------------------------------------------
# Statement-level view

class SourceMap:
    """Maps a line of the scenario to the first line of its statement and to the function it is in."""

    def __init__(self, tree):
        self.statement_of = {}
        self.function_of = {}
        for node in ast.walk(tree):  # breadth first: an inner node is seen after the nodes around it
            self._add_statement(node)
            self._add_function(node)

    @classmethod
    def from_file(cls, path):
        try:
            return cls(ast.parse(Path(path).read_bytes(), path))
        except (SyntaxError, ValueError):
            return None

    def _add_statement(self, node):
        if isinstance(node, (ast.stmt, ast.ExceptHandler)):
            head = node
        elif isinstance(node, ast.match_case):
            head = node.pattern
        else:
            return
        first = min([head.lineno] + [d.lineno for d in getattr(node, 'decorator_list', [])])
        for line in range(first, head.end_lineno + 1):
            self.statement_of[line] = head.lineno

    def _add_function(self, node):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            name, body = node.name, node.body
        elif isinstance(node, ast.Lambda):
            name, body = '<lambda>', [node.body]
        else:
            return
        # Only the body: default values and decorators run in the enclosing frame.
        for line in range(body[0].lineno, body[-1].end_lineno + 1):
            self.function_of[line] = name

    def statement(self, line):
        return self.statement_of.get(line, line)

    def function(self, line):
        return self.function_of.get(line, '<module>')


def statement_level(events, source):
    """The trace as it must match at statement level (trace-format.md, "What must match"):
    - every line becomes the first line of its statement (or compound-statement header);
    - comprehension frames fold into the function around them: only their prints and spawns remain;
    - `exception` events go (one per frame vs. only at the raise site may differ); so do the line numbers of
      call/start/return/raise and the detail of suspend;
    - a `line` event that repeats its task+function's statement, with nothing else of that task+function in
      between, goes: a one-line loop, or a statement over several lines (CPython's N, N+1, N, even when a call
      to another function sits between N+1 and N)."""
    lines = []
    last_of_frame = {}  # (task, function) -> (kind, statement) of its last kept event
    for event in events:
        folded = fold(event, source)
        if folded is None:
            continue
        func, statement = folded
        frame, step = (event.task, func), (event.kind, statement)
        if event.kind == 'line' and last_of_frame.get(frame) == step:
            continue
        last_of_frame[frame] = step
        lines.append(render_statement_event(event, func, statement))
    return lines


def fold(event, source):
    """(function, statement line) an event counts for at statement level, or None when it does not count."""
    if event.kind == 'exception':
        return None
    if event.kind in ('end', '?'):
        return '', 0
    if event.func in COMPREHENSION_FRAMES:
        if event.kind not in ('print', 'spawn'):
            return None
        return source.function(event.line), source.statement(event.line)
    return event.func, source.statement(event.line)


def render_statement_event(event, func, statement):
    kind = event.kind
    if kind == 'end':
        return f't={event.time} end {event.detail}'
    if kind == '?':
        return event.detail
    if kind in ('call', 'start', 'return', 'raise'):
        return f't={event.time} {event.task} {func} {kind}'
    where = f't={event.time} {event.task} {func}:{statement}'
    if kind == 'print':
        return f'{where} print {print_text(event.detail)}'
    if kind == 'spawn':
        return f'{where} spawn {event.detail}'
    return f'{where} {kind}'  # line, suspend, resume: the suspend detail may differ


# ---------------------------------------------------------------------------------------------------------
# Checks: each returns None when both sides agree, else a readable report

def first_difference(expected, actual, context=3, max_lines=30):
    """The first hunk of a unified diff, CPython (-) against looplab (+)."""
    diff = list(difflib.unified_diff(expected, actual, 'CPython', 'looplab', n=context, lineterm=''))
    hunk = diff[:3]
    for line in diff[3:]:
        if line.startswith('@@'):
            break
        hunk.append(line)
    if len(hunk) > max_lines:
        hunk = hunk[:max_lines] + ['... (diff cut short)']
    return '\n'.join('    ' + line for line in hunk)


def check_exit_code(cpython, looplab):
    if cpython.exit_code == looplab.exit_code:
        return None
    return (f'exit code: CPython {cpython.describe_exit()}, looplab {looplab.describe_exit()}\n'
            f'  looplab stderr ends with:\n{looplab.stderr_tail()}\n'
            f'  CPython stderr ends with:\n{cpython.stderr_tail()}')


def check_stdout(cpython, looplab):
    if cpython.stdout == looplab.stdout:
        return None
    expected, actual = (run.stdout.decode('utf-8', 'surrogateescape').splitlines() for run in (cpython, looplab))
    if expected == actual:
        return 'stdout: the same lines, but line endings or the final newline differ'
    return 'stdout differs (`run`), first difference:\n' + first_difference(expected, actual)


def check_diagnostic(cpython, looplab):
    """Both rejected the program: the first stderr line (FILE:LINE:COL: kind: message) must agree."""
    first = [run.stderr.decode('utf-8', 'replace').partition('\n')[0] for run in (cpython, looplab)]
    if first[0] == first[1]:
        return None
    return f'diagnostic differs:\n    CPython: {first[0]}\n    looplab: {first[1]}'


def print_times(events):
    return [f't={e.time} {e.task} {print_text(e.detail)}' for e in events if e.kind == 'print']


def check_print_times(cpython_events, looplab_events):
    expected, actual = print_times(cpython_events), print_times(looplab_events)
    if expected == actual:
        return None
    return 'time or task of a print differs (`trace`), first difference:\n' + first_difference(expected, actual)


def check_trace(cpython_text, looplab_text, source, exact):
    if exact or source is None:
        expected, actual = cpython_text.splitlines(), looplab_text.splitlines()
        level = 'line-exact'
    else:
        expected = statement_level(parse_trace(cpython_text), source)
        actual = statement_level(parse_trace(looplab_text), source)
        level = 'statement level'
    if expected == actual:
        return None
    return f'trace differs ({level}), first difference:\n' + first_difference(expected, actual)


# ---------------------------------------------------------------------------------------------------------

def compare(looplab, file, exact=False, timeout=DEFAULT_TIMEOUT, cpython_run=None, looplab_run=None):
    """All differences between looplab and CPython on `file`, as a list of reports (empty: they agree).
    `cpython_run` / `looplab_run` are results of `run` the caller already has."""
    cpython_run = cpython_run or run_cpython('run', file, timeout)
    looplab_run = looplab_run or run_looplab(looplab, 'run', file, timeout)
    reports = compare_runs(cpython_run, looplab_run)
    if cpython_run.exit_code != EXIT_REJECTED:
        reports += compare_traces(looplab, file, exact, timeout, looplab_run)
    return reports


def compare_runs(cpython_run, looplab_run):
    """Exit code and stdout of `run`; for a rejected program, the diagnostic."""
    reports = [check_exit_code(cpython_run, looplab_run), check_stdout(cpython_run, looplab_run)]
    if cpython_run.exit_code == EXIT_REJECTED:
        reports.append(check_diagnostic(cpython_run, looplab_run))
    return [report for report in reports if report]


def compare_traces(looplab, file, exact=False, timeout=DEFAULT_TIMEOUT, looplab_run=None):
    """The print times and the trace of `trace` (and whether `looplab trace` ends like `looplab run`)."""
    cpython_trace = run_cpython('trace', file, timeout)
    looplab_trace = run_looplab(looplab, 'trace', file, timeout)
    reports = []
    if looplab_run and looplab_trace.exit_code != looplab_run.exit_code:
        reports.append(f'`looplab trace` {looplab_trace.describe_exit()} but `looplab run` '
                       f'{looplab_run.describe_exit()}; trace stderr ends with:\n{looplab_trace.stderr_tail()}')
    cpython_text, looplab_text = (run.stdout.decode('utf-8', 'replace') for run in (cpython_trace, looplab_trace))
    reports.append(check_print_times(parse_trace(cpython_text), parse_trace(looplab_text)))
    reports.append(check_trace(cpython_text, looplab_text, SourceMap.from_file(file), exact))
    return [report for report in reports if report]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument('--looplab', required=True, help='the looplab executable')
    parser.add_argument('--exact', action='store_true', help='compare the trace line by line, not by statement')
    parser.add_argument('--timeout', type=float, default=DEFAULT_TIMEOUT, help='seconds per run (default 60)')
    parser.add_argument('file')
    args = parser.parse_args(argv)
    reports = compare(args.looplab, args.file, args.exact, args.timeout)
    if not reports:
        print(f'SAME {args.file}')
        return 0
    print(f'DIFFERENT {args.file}: CPython (-) vs looplab (+)')
    for report in reports:
        print('- ' + report)
    return 1


if __name__ == '__main__':
    sys.exit(main())
