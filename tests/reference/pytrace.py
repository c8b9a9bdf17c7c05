#!/usr/bin/env python3
"""The reference for looplab: run a scenario under CPython 3.11 on looplab's virtual clock.

    pytrace.py [trace] FILE   print the text trace of /work/shared/trace-format.md on stdout
    pytrace.py run FILE       print the program's own output, like `looplab run FILE`

Both modes run the program on the virtual clock (asyncio's loop time, time.sleep/monotonic/perf_counter/time)
and exit like looplab: 0 ok, 1 uncaught exception (traceback on stderr), 2 syntax error, 4 deadlock.
Because the command line matches looplab's, `compare.py --looplab pytrace.py FILE` compares CPython with itself.
"""
import asyncio
import dis
import gc
import heapq
import inspect
import io
import itertools
import json
import operator
import os
import sys
import time
import types
import weakref
from importlib.machinery import SourceFileLoader

EXIT_OK, EXIT_EXCEPTION, EXIT_REJECTED, EXIT_DEADLOCK = 0, 1, 2, 4
EPOCH = 1_700_000_000.0  # time.time() at virtual time 0


# ---------------------------------------------------------------------------------------------------------
# The virtual clock

class VirtualClock:
    """Seconds since the program started. Code costs nothing; only waiting and time.sleep move it."""

    def __init__(self):
        self.now = 0.0

    def sleep(self, seconds):
        # Same argument checks as time.sleep, so a bad call fails the same way.
        if not isinstance(seconds, (int, float)):
            raise TypeError(f"'{type(seconds).__name__}' object cannot be interpreted as an integer")
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        self.now += seconds

    def wait_until(self, when):
        self.now = max(self.now, when)


CLOCK = VirtualClock()


def install_virtual_time():
    """Point the time module at the virtual clock (before the scenario imports anything from it)."""
    time.sleep = CLOCK.sleep
    time.monotonic = time.perf_counter = lambda: CLOCK.now
    time.monotonic_ns = time.perf_counter_ns = lambda: round(CLOCK.now * 1e9)
    time.time = lambda: EPOCH + CLOCK.now
    time.time_ns = lambda: round((EPOCH + CLOCK.now) * 1e9)


def format_time(seconds):
    """`%.3f` when that is exact (a whole number of milliseconds), else repr() so no precision is lost."""
    fixed = '%.3f' % seconds
    return fixed if float(fixed) == seconds else repr(seconds)


# ---------------------------------------------------------------------------------------------------------
# The event loop

_timer_sequence = itertools.count()
_task_sequence = itertools.count()
TASK_CREATION_ORDER = weakref.WeakKeyDictionary()  # task -> creation number, for the "use creation order" rules


class SequencedTimerHandle(asyncio.TimerHandle):
    """Orders timers by (when, creation sequence).

    CPython compares `when` only and heapq is not stable; on a real clock deadlines never tie, so users see
    creation order. On a virtual clock they tie often, and creation order is what looplab promises."""
    __slots__ = ('_sequence',)

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(when, callback, args, loop, context)
        self._sequence = next(_timer_sequence)

    def _key(self):
        return (self._when, self._sequence)

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    def __eq__(self, other):
        if not isinstance(other, SequencedTimerHandle):
            return NotImplemented
        return self._key() == other._key()

    __hash__ = asyncio.TimerHandle.__hash__


class _NoIOSelector:
    """What `_run_once` asks "wait up to `timeout` for I/O". There is no I/O, so waiting means jumping the
    clock to the earliest live timer; waiting forever means no task can ever run again."""

    def __init__(self, loop):
        self._loop = loop

    def select(self, timeout):
        if timeout is None:
            self._loop.on_deadlock()
        elif timeout > 0:
            # _run_once has already popped cancelled timers off the head, so the head is live.
            CLOCK.wait_until(self._loop._scheduled[0]._when)
        return []

    def close(self):
        pass


class VirtualClockLoop(asyncio.BaseEventLoop):
    """CPython's own loop logic (_run_once is untouched) on the virtual clock, with hooks for the tracer."""

    def __init__(self, on_deadlock, on_spawn):
        super().__init__()
        self._selector = _NoIOSelector(self)
        self.on_deadlock = on_deadlock
        self._on_spawn = on_spawn

    def time(self):
        return CLOCK.now

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass  # call_soon_threadsafe has already queued the handle; there is no selector to wake up

    def call_at(self, when, callback, *args, context=None):
        # BaseEventLoop.call_at, building a SequencedTimerHandle instead of a TimerHandle.
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = SequencedTimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def create_task(self, coro, *, name=None, context=None):
        # Every task goes through here: asyncio.run, create_task, gather, wait_for, ensure_future, TaskGroup.
        task = super().create_task(coro, name=name, context=context)
        TASK_CREATION_ORDER[task] = next(_task_sequence)
        if self._on_spawn is not None:
            self._on_spawn(task, coro)
        return task


class VirtualClockPolicy(asyncio.DefaultEventLoopPolicy):
    """Makes asyncio.run() and new_event_loop() build a VirtualClockLoop."""

    def __init__(self, on_deadlock, on_spawn=None):
        super().__init__()
        self._hooks = (on_deadlock, on_spawn)

    def new_event_loop(self):
        return VirtualClockLoop(*self._hooks)


def creation_order(tasks):
    return sorted(tasks, key=lambda task: TASK_CREATION_ORDER.get(task, float('inf')))


class _RunnerTasksInCreationOrder:
    """Stands in for the `tasks` module inside asyncio.runners, whose _cancel_all_tasks cancels the leftover
    tasks of asyncio.run in set (address) order. looplab promises creation order."""

    def __getattr__(self, name):
        return getattr(asyncio.tasks, name)

    @staticmethod
    def all_tasks(loop=None):
        return creation_order(asyncio.tasks.all_tasks(loop))


class _InsertionOrderedSet:
    """The few set operations TaskGroup uses on its `_tasks`, iterating in insertion (= creation) order, so
    that cancelling the siblings of a failed child follows creation order rather than addresses."""

    def __init__(self):
        self._items = {}

    def add(self, item):
        self._items[item] = None

    def discard(self, item):
        self._items.pop(item, None)

    def __iter__(self):
        return iter(list(self._items))

    def __len__(self):
        return len(self._items)


def install_creation_order_rules():
    asyncio.runners.tasks = _RunnerTasksInCreationOrder()
    original_init = asyncio.TaskGroup.__init__

    def init_with_ordered_tasks(group):
        original_init(group)
        group._tasks = _InsertionOrderedSet()

    asyncio.TaskGroup.__init__ = init_with_ordered_tasks


# ---------------------------------------------------------------------------------------------------------
# The recursion limit

try:  # CPython's own recursion counter; a test helper that ships with CPython
    from _testinternalcapi import get_recursion_depth as interpreter_depth
except ImportError:
    interpreter_depth = None

# Run by exec like the scenario: it measures how deep a module frame started that way sits.
_DEPTH_PROBE = compile('def probe(n=0):\n'
                       '    try:\n'
                       '        return probe(n + 1)\n'
                       '    except RecursionError:\n'
                       '        return n\n'
                       'frames_left = probe()\n', '<depth probe>', 'exec')


def python_frame_count(frame):
    count = 0
    while frame is not None:
        count += 1
        frame = frame.f_back
    return count


class RecursionLimit:
    """Keeps sys.getrecursionlimit() and the depth where RecursionError strikes as under `python3 FILE`.

    pytrace's own frames sit below the scenario's module frame, so the real limit is raised by their depth.
    While tracing, the trace function runs on top of the deepest frame and needs room too: the real limit gets
    HEADROOM more, and the tracer itself refuses the frames that are too deep (`excess_depth`, `refuse_frame`)."""
    HEADROOM = 100

    def __init__(self, probe, tracing):
        """`probe`: the namespace of _DEPTH_PROBE, run by the caller the way it will run the scenario."""
        module_depth = sys.getrecursionlimit() - 1 - probe['frames_left']  # 1 under python3 FILE
        self._depth_below_module = module_depth - 1
        self._frames_below_module = python_frame_count(sys._getframe(1))  # for lack of interpreter_depth
        self._extra = self._depth_below_module + (self.HEADROOM if tracing else 0)
        self._set_real_limit = sys.setrecursionlimit
        self.limit = sys.getrecursionlimit()
        self.set(self.limit)
        sys.setrecursionlimit, sys.getrecursionlimit = self.set, self.get

    def set(self, limit):
        limit = operator.index(limit)
        if limit < 1:
            raise ValueError('recursion limit must be greater or equal than 1')
        self._set_real_limit(limit + self._extra)
        self.limit = limit

    def get(self):
        return self.limit

    def excess_depth(self, frame):
        """How far `frame`, whose call event the trace function is handling, lies beyond the scenario's limit
        (<= 0: within it). Must be called by the trace function itself."""
        if interpreter_depth is None:  # counts Python frames only, not C calls such as type() -> __init__
            return python_frame_count(frame) - self._frames_below_module - self.limit
        # interpreter_depth() is the depth of this method's frame: `frame`, the trace function, this method.
        return interpreter_depth() - 2 - self._depth_below_module - self.limit


# How CPython words a RecursionError raised by the C call right below a special method's frame (repr() ->
# __repr__). Further down, and for other functions (type() -> __init__), it is " while calling a Python object".
C_CALL_WORDING = {'__repr__': ' while getting the repr of an object', '__str__': ' while getting the str of an object',
                  **{f'__{op}__': ' in comparison' for op in ('eq', 'ne', 'lt', 'le', 'gt', 'ge')}}


def refuse_frame(frame, excess):
    """Fails `frame` with CPython's RecursionError before its first line. The error is raised by a profile function
    installed for this one event: raised by the trace function, it would switch tracing off."""
    # One level too deep: the frame itself is refused. Deeper: a C call on the way (type() -> __init__,
    # repr() -> __repr__, ...) would have been refused first, in its own words.
    if excess == 1:
        where = ''
    elif excess == 2:
        where = C_CALL_WORDING.get(frame.f_code.co_name, ' while calling a Python object')
    else:
        where = ' while calling a Python object'

    def raise_recursion_error(frame, event, arg):
        raise RecursionError('maximum recursion depth exceeded' + where)

    sys.setprofile(raise_recursion_error)


# ---------------------------------------------------------------------------------------------------------
# The tracer

CO_COROUTINE_LIKE = inspect.CO_COROUTINE | inspect.CO_ASYNC_GENERATOR | inspect.CO_ITERABLE_COROUTINE
OP = dis.opmap
# Tasks asyncio.run creates for its own shutdown: they use up Task-N numbers but are not the program's.
RUNNER_INTERNAL_CODES = {asyncio.BaseEventLoop.shutdown_asyncgens.__code__,
                         asyncio.BaseEventLoop.shutdown_default_executor.__code__}
PYTRACE_FILE = python_frame_count.__code__.co_filename  # pytrace's own frames are not the program's
_first_resume_offsets = {}


def first_resume_offset(code):
    """Offset of the RESUME that starts the body; a generator frame stopped at or before it has not started."""
    offset = _first_resume_offsets.get(code)
    if offset is None:
        offset = next(i.offset for i in dis.get_instructions(code) if i.opname == 'RESUME')
        _first_resume_offsets[code] = offset
    return offset


def opcode_at(frame):
    return frame.f_code.co_code[frame.f_lasti]


def current_task_name():
    loop = asyncio.events._get_running_loop()
    task = asyncio.current_task(loop) if loop is not None else None
    return task.get_name() if task is not None else 'main'


def awaited_description(yielded):
    """What a coroutine that just yielded `yielded` now waits on (the suspend detail)."""
    if yielded is None:
        return 'yield'  # a bare yield: sleep(0)
    if isinstance(yielded, asyncio.Task):
        return f'task {yielded.get_name()}'
    if type(yielded).__name__ == 'async_generator_wrapped_value':
        return 'value'  # an async generator handing a value to its consumer, not a task suspension
    return type(yielded).__name__


def coroutine_function_name(coro):
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None) or getattr(coro, 'ag_code', None)
    return code.co_name if code is not None else type(coro).__name__


class Tracer:
    """Turns sys.settrace events of the scenario's frames (and its prints and spawns) into trace lines."""

    def __init__(self, filename, out, recursion):
        self.filename = filename
        self.out = out
        self.recursion = recursion
        self.pending_spawns = []
        self.last_module_line = 0

    # -- writing lines

    def write(self, task, func, line, kind, detail='', time=None):
        text = f't={time or format_time(CLOCK.now)} {task} {func}:{line} {kind}'
        self.out.write(f'{text} {detail}\n' if detail else text + '\n')

    def emit(self, frame, kind, detail=''):
        self.flush_spawns()
        self.write(current_task_name(), frame.f_code.co_name, frame.f_lineno, kind, detail)

    def emit_at_scenario_frame(self, kind, detail):
        """For effects inside library code: report them at the innermost frame of the scenario."""
        self.flush_spawns()
        func, line = self.scenario_location()
        self.write(current_task_name(), func, line, kind, detail)

    def scenario_location(self):
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename != self.filename:
            frame = frame.f_back
        if frame is None:  # after the module finished
            return '<module>', self.last_module_line
        return frame.f_code.co_name, frame.f_lineno

    def flush_spawns(self):
        # Written late on purpose: asyncio.create_task(c, name=...) names the task only after loop.create_task
        # returned, and the trace shows the final name. Nothing of the scenario runs in between.
        pending, self.pending_spawns = self.pending_spawns, []
        for time_, task_name, func, line, task, coro_name in pending:
            self.write(task_name, func, line, 'spawn', f'{task.get_name()} {coro_name}', time_)

    # -- hooks

    def on_spawn(self, task, coro):
        if getattr(coro, 'cr_code', None) in RUNNER_INTERNAL_CODES:
            return
        func, line = self.scenario_location()
        self.pending_spawns.append(
            (format_time(CLOCK.now), current_task_name(), func, line, task, coroutine_function_name(coro)))

    def on_stdout_line(self, text):
        self.emit_at_scenario_frame('print', json.dumps(text, ensure_ascii=False))

    def finish(self, outcome):
        self.flush_spawns()
        self.out.write(f't={format_time(CLOCK.now)} end {outcome}\n')
        self.out.flush()

    # -- sys.settrace callbacks

    def on_call(self, frame, event, arg):
        """The global trace function: CPython calls it whenever a frame is entered (or re-entered)."""
        code = frame.f_code
        if code.co_filename != PYTRACE_FILE:
            excess = self.recursion.excess_depth(frame)
            if excess > 0:
                refuse_frame(frame, excess)
                return None
        if code.co_filename != self.filename:
            return None  # library frames are invisible
        if code.co_flags & CO_COROUTINE_LIKE:
            started = frame.f_lasti > first_resume_offset(code)
            self.emit(frame, 'resume' if started else 'start')
        else:
            # A module frame starts on line 0 (its RESUME); report the first line instead.
            self.flush_spawns()
            self.write(current_task_name(), code.co_name, frame.f_lineno or code.co_firstlineno, 'call')
        return self.on_frame_event

    def on_frame_event(self, frame, event, arg):
        """The local trace function of a scenario frame."""
        if event == 'line':
            self.emit(frame, 'line')
        elif event == 'return':
            self.on_leave(frame, arg)
        elif event == 'exception':
            self.on_exception(frame, arg)
        return self.on_frame_event

    def on_leave(self, frame, value):
        # CPython reports returns, yields and exits by exception all as 'return'; the instruction tells them apart.
        op = opcode_at(frame)
        if op == OP['YIELD_VALUE']:
            if frame.f_code.co_flags & CO_COROUTINE_LIKE:
                self.emit(frame, 'suspend', awaited_description(value))
            else:
                self.emit(frame, 'return')  # a plain generator yields: it is left, like a return
        elif op == OP['RETURN_VALUE']:
            self.emit(frame, 'return')
        else:
            self.emit(frame, 'raise')
        if frame.f_code.co_name == '<module>':
            self.last_module_line = frame.f_lineno

    def on_exception(self, frame, exc_info):
        exc_type = exc_info[0]
        # `await x` / `yield from x` end with a StopIteration (StopAsyncIteration for `async for`) inside the
        # awaiting frame's SEND: an artefact of how CPython finishes a delegation, not a raise in the program.
        if issubclass(exc_type, (StopIteration, StopAsyncIteration)) and opcode_at(frame) == OP['SEND']:
            return
        self.emit(frame, 'exception', exc_type.__name__)


class LineCapture(io.TextIOBase):
    """sys.stdout while tracing: every completed line becomes a `print` event."""

    encoding = 'utf-8'
    errors = 'strict'

    def __init__(self, on_line):
        super().__init__()
        self._on_line = on_line
        self._partial = ''

    def writable(self):
        return True

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f'write() argument must be str, not {type(text).__name__}')
        *lines, self._partial = (self._partial + text).split('\n')
        for line in lines:
            self._on_line(line)
        return len(text)

    def flush_partial_line(self):
        if self._partial:
            line, self._partial = self._partial, ''
            self._on_line(line)


# ---------------------------------------------------------------------------------------------------------
# Running the scenario

def exception_summary(exc):
    """`Type: message` as the last line of CPython's traceback spells it."""
    exc_type = type(exc)
    name = exc_type.__qualname__
    if exc_type.__module__ not in ('__main__', 'builtins'):
        name = f'{exc_type.__module__}.{name}'
    message = str(exc)
    return f'{name}: {message}' if message else name


def print_syntax_error(path, error):
    """looplab's diagnostic: `FILE:LINE:COL: SyntaxError: message`, the source line and carets."""
    line, col = error.lineno or 0, error.offset or 0
    print(f'{path}:{line}:{col}: {type(error).__name__}: {error.msg}', file=sys.stderr)
    if error.text:
        end = error.end_offset if error.end_lineno == error.lineno and (error.end_offset or 0) > col else col + 1
        print('    ' + error.text.rstrip('\n'), file=sys.stderr)
        print('    ' + ' ' * max(col - 1, 0) + '^' * (end - col), file=sys.stderr)


def make_main_module(path, absolute_path):
    """A fresh __main__ that looks like the one `python3 FILE` builds."""
    sys.modules['__pytrace__'] = sys.modules['__main__']  # keep pytrace's own module alive
    module = types.ModuleType('__main__')
    module.__dict__.update(__file__=absolute_path, __cached__=None, __annotations__={},
                           __loader__=SourceFileLoader('__main__', absolute_path), __builtins__=__builtins__)
    sys.modules['__main__'] = module
    sys.argv = [path]
    sys.path[0] = os.path.dirname(os.path.realpath(path))
    return module


def print_uncaught(exc, filename):
    tb = program_traceback(exc, filename)
    sys.excepthook(type(exc), exc.with_traceback(tb), tb)


def program_traceback(exc, filename):
    """The traceback python3 would show: from the scenario's <module> on, without pytrace's frames, nor the
    frames pytrace refused for being too deep (CPython never creates them)."""
    entries = []
    tb = exc.__traceback__
    while tb is not None:
        entries.append(tb)
        tb = tb.tb_next
    first = next((i for i, e in enumerate(entries) if e.tb_frame.f_code.co_filename == filename), len(entries))
    refused = isinstance(exc, RecursionError)
    kept = [e for e in entries[first:] if e.tb_frame.f_code.co_filename != PYTRACE_FILE
            and not (refused and e.tb_lasti <= first_resume_offset(e.tb_frame.f_code))]
    rebuilt = None
    for entry in reversed(kept):
        rebuilt = types.TracebackType(rebuilt, entry.tb_frame, entry.tb_lasti, entry.tb_lineno)
    return rebuilt


def system_exit_code(exc):
    """What python3 does with an uncaught SystemExit."""
    if exc.code is None or isinstance(exc.code, int):
        return exc.code or 0
    print(exc.code, file=sys.stderr)
    return 1


def run(path, trace):
    # CPython names the main script by its absolute path (cwd + path, not normalised).
    filename = os.path.join(os.getcwd(), path)
    with open(path, 'rb') as f:
        source = f.read()
    try:
        code = compile(source, filename, 'exec', dont_inherit=True)
    except SyntaxError as error:
        print_syntax_error(path, error)
        return EXIT_REJECTED

    exec(_DEPTH_PROBE, probe := {})  # from the depth of the scenario's exec below
    recursion = RecursionLimit(probe, tracing=trace)
    real_stdout = sys.stdout
    tracer = Tracer(filename, real_stdout, recursion) if trace else None
    capture = LineCapture(tracer.on_stdout_line) if trace else None

    def finish(outcome):
        if trace:
            sys.settrace(None)
            capture.flush_partial_line()
            tracer.finish(outcome)
        sys.stdout.flush()
        sys.stderr.flush()

    def on_deadlock():
        # CPython would hang forever here. Stop at once: letting asyncio.run clean up would run the
        # tasks' cancellation handlers, which a hanging CPython never does.
        finish('deadlock')
        print('deadlock: every task is waiting and no timer is pending (CPython would hang here)', file=sys.stderr)
        sys.stderr.flush()
        os._exit(EXIT_DEADLOCK)

    install_virtual_time()
    install_creation_order_rules()
    asyncio.set_event_loop_policy(VirtualClockPolicy(on_deadlock, tracer.on_spawn if trace else None))
    module = make_main_module(path, filename)
    if trace:
        sys.stdout = capture
        sys.settrace(tracer.on_call)
    # No automatic cycle collection while the scenario runs: CPython starts one after so many
    # allocations, and pytrace's own would trigger collections `python3 FILE` never makes. They
    # reorder the objects, and the order in which finalizers run at shutdown follows it.
    gc.set_threshold(0)
    try:
        exec(code, module.__dict__)
    except SystemExit as exc:
        exit_code = system_exit_code(exc)
        finish('ok' if exit_code == 0 else f'exception {exception_summary(exc)}')
        return exit_code
    except BaseException as exc:
        sys.settrace(None)
        print_uncaught(exc, filename)
        finish(f'exception {exception_summary(exc)}')
        return EXIT_EXCEPTION
    finish('ok')
    return EXIT_OK


def main(argv):
    args = argv[1:]
    mode = args.pop(0) if len(args) == 2 and args[0] in ('trace', 'run') else 'trace'
    if len(args) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return EXIT_REJECTED
    return run(args[0], trace=(mode == 'trace'))


if __name__ == '__main__':
    sys.exit(main(sys.argv))
