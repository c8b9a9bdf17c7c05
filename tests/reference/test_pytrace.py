#!/usr/bin/env python3
"""Self-test of the reference tools: pytrace.py (CPython on the virtual clock), compare.py, run_scenario.py.

    python3 tests/reference/test_pytrace.py [-v]
"""
import contextlib
import io
import json
import subprocess
import sys
import tempfile
import textwrap
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
sys.path.insert(0, str(HERE))
import compare  # noqa: E402
import pytrace  # noqa: E402
import run_scenario  # noqa: E402

SEED_GATHER = textwrap.dedent('''\
    import asyncio
    import time

    async def call_api():
        print('Hello')
        await asyncio.sleep(3)
        print('World')

    async def main():
        start = time.perf_counter()
        await asyncio.gather(call_api(), call_api())
        end = time.perf_counter()
        print(f'It took {end-start} second(s) to complete.')

    asyncio.run(main())
''')


class ScenarioTestCase(unittest.TestCase):
    """Writes scenarios into a temporary folder and runs the tools on them."""

    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.folder = Path(folder.name)

    def write(self, name, source):
        path = self.folder / name
        path.write_text(textwrap.dedent(source))
        return str(path)

    def pytrace(self, mode, path):
        return subprocess.run([sys.executable, str(HERE / 'pytrace.py'), mode, path],
                              capture_output=True, encoding='utf-8', timeout=60, env=compare.PYTRACE_ENV)

    def trace_lines(self, path):
        return self.pytrace('trace', path).stdout.splitlines()

    def fake_looplab(self, replacements=(), drop_containing=()):
        """An executable with looplab's command line that runs pytrace and then edits what it printed."""
        path = self.folder / f'fake_looplab_{len(list(self.folder.iterdir()))}'
        path.write_text(textwrap.dedent(f'''\
            #!{sys.executable}
            import subprocess, sys
            done = subprocess.run([sys.executable, {str(HERE / 'pytrace.py')!r}] + sys.argv[1:],
                                  capture_output=True, text=True)
            out = done.stdout
            for old, new in {list(replacements)!r}:
                out = out.replace(old, new)
            out = ''.join(line for line in out.splitlines(keepends=True)
                          if not any(part in line for part in {list(drop_containing)!r}))
            sys.stdout.write(out)
            sys.stderr.write(done.stderr)
            sys.exit(done.returncode)
        '''))
        path.chmod(0o755)
        return str(path)


class VirtualClockTest(ScenarioTestCase):
    def test_seed_gather_takes_three_virtual_seconds(self):
        path = self.write('gather.py', SEED_GATHER)
        run = self.pytrace('run', path)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.stdout, 'Hello\nHello\nWorld\nWorld\nIt took 3.0 second(s) to complete.\n')
        self.assertIn('t=3.000 Task-1 main:13 print "It took 3.0 second(s) to complete."', self.trace_lines(path))

    def test_time_sleep_blocks_the_loop_and_advances_the_clock(self):
        path = self.write('blocking.py', SEED_GATHER.replace('await asyncio.sleep(3)', 'time.sleep(3)'))
        run = self.pytrace('run', path)
        self.assertEqual(run.stdout, 'Hello\nWorld\nHello\nWorld\nIt took 6.0 second(s) to complete.\n')

    def test_overdue_timer_fires_after_queued_work(self):
        # Gotcha G14 of asyncio-semantics.md, plus the clock values the time module reports.
        path = self.write('g14.py', '''\
            import asyncio, time
            async def sleeper(): await asyncio.sleep(0.1); print("sleeper woke", time.monotonic())
            async def main():
                asyncio.create_task(sleeper()); await asyncio.sleep(0)
                time.sleep(0.2); print("blocked", time.perf_counter(), time.time())
                await asyncio.sleep(0); print("main 1"); await asyncio.sleep(0); print("main 2")
            asyncio.run(main())
        ''')
        self.assertEqual(self.pytrace('run', path).stdout.splitlines(),
                         ['blocked 0.2 1700000000.2', 'main 1', 'main 2', 'sleeper woke 0.2'])

    def test_equal_deadlines_fire_in_creation_order(self):
        # Raw CPython prints 0 2 5 1 3 4 here (heap order, gotcha G15); the virtual clock promises creation order.
        path = self.write('ties.py', '''\
            import asyncio
            async def sleeper(n):
                await asyncio.sleep(0.5)
                print("sleeper", n)
            async def main():
                loop = asyncio.get_running_loop(); when = loop.time() + 0.01
                for i in range(6): loop.call_at(when, print, i)
                tasks = [asyncio.create_task(sleeper(n)) for n in range(3)]
                await asyncio.sleep(1)
            asyncio.run(main())
        ''')
        self.assertEqual(self.pytrace('run', path).stdout.split(),
                         '0 1 2 3 4 5 sleeper 0 sleeper 1 sleeper 2'.split())

    def test_leftover_tasks_are_cancelled_in_creation_order(self):
        path = self.write('shutdown.py', '''\
            import asyncio
            async def sleeper(n):
                try:
                    await asyncio.sleep(10)
                finally:
                    print("cleanup", n)
            async def main():
                for i in range(8):
                    asyncio.create_task(sleeper(i))
                await asyncio.sleep(0)
            asyncio.run(main())
        ''')
        self.assertEqual(self.pytrace('run', path).stdout, ''.join(f'cleanup {i}\n' for i in range(8)))

    def test_deadlock_ends_the_program_with_exit_4(self):
        path = self.write('deadlock.py', '''\
            import asyncio
            async def main():
                print("waiting")
                try:
                    await asyncio.Event().wait()
                finally:
                    print("a hanging CPython never gets here")
            asyncio.run(main())
        ''')
        run = self.pytrace('run', path)
        self.assertEqual((run.returncode, run.stdout), (4, 'waiting\n'))
        trace = self.pytrace('trace', path)
        self.assertEqual(trace.returncode, 4)
        self.assertEqual(trace.stdout.splitlines()[-1], 't=0.000 end deadlock')

    def test_time_format(self):
        self.assertEqual(pytrace.format_time(3.0), '3.000')
        self.assertEqual(pytrace.format_time(0.001), '0.001')
        self.assertEqual(pytrace.format_time(0.1 + 0.2), '0.30000000000000004')
        self.assertEqual(pytrace.format_time(1e-10), '1e-10')


class TraceTest(ScenarioTestCase):
    def test_seed_trace_matches_the_example_in_trace_format_md(self):
        # trace-format.md's example numbers the seed program with four more lines at the top.
        path = self.write('gather.py', '# one\n# two\n# three\n# four\n' + SEED_GATHER)
        lines = self.trace_lines(path)
        start = lines.index('t=0.000 Task-1 main:15 spawn Task-2 call_api')
        self.assertEqual(lines[start:start + 8], [
            't=0.000 Task-1 main:15 spawn Task-2 call_api',
            't=0.000 Task-1 main:15 spawn Task-3 call_api',
            't=0.000 Task-1 main:15 suspend _GatheringFuture',
            't=0.000 Task-2 call_api:8 start',
            't=0.000 Task-2 call_api:9 line',
            't=0.000 Task-2 call_api:9 print "Hello"',
            't=0.000 Task-2 call_api:10 line',
            't=0.000 Task-2 call_api:10 suspend Future',
        ])
        self.assertEqual(lines[-4:], [
            't=3.000 Task-1 main:17 print "It took 3.0 second(s) to complete."',
            't=3.000 Task-1 main:17 return',
            't=3.000 main <module>:19 return',
            't=3.000 end ok',
        ])

    def test_prints_carry_time_task_and_innermost_scenario_frame(self):
        path = self.write('prints.py', '''\
            import asyncio
            def shout(text):
                print(text.upper())
            async def work(delay):
                await asyncio.sleep(delay)
                shout("x")
            async def main():
                await asyncio.gather(work(0.25), asyncio.create_task(work(0.5), name="slow"))
                print("tail", end="")
            asyncio.run(main())
        ''')
        prints = [line for line in self.trace_lines(path) if ' print ' in line]
        self.assertEqual(prints, [
            't=0.250 Task-3 shout:3 print "X"',  # create_task(name=...) used up Task-2
            't=0.500 slow shout:3 print "X"',
            't=0.500 main <module>:10 print "tail"',  # an unfinished last line is flushed at the end
        ])

    def test_task_names_are_the_same_as_without_tracing(self):
        # Gotcha G11: named and hidden tasks use up numbers, also across asyncio.run calls.
        path = self.write('names.py', '''\
            import asyncio
            async def name(): print(asyncio.current_task().get_name())
            async def main():
                asyncio.create_task(name(), name="custom")
                await asyncio.gather(name(), name()); await asyncio.wait_for(name(), 1)
            asyncio.run(main())
            asyncio.run(name())
        ''')
        untraced = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=60).stdout
        self.assertEqual(untraced.split(), ['custom', 'Task-3', 'Task-4', 'Task-5', 'Task-8'])
        self.assertEqual(self.pytrace('run', path).stdout, untraced)
        spawns = [line.split(' spawn ')[1] for line in self.trace_lines(path) if ' spawn ' in line]
        self.assertEqual(spawns, ['Task-1 main', 'custom name', 'Task-3 name', 'Task-4 name', 'Task-5 name',
                                  'Task-8 name'])

    def test_suspend_details_and_exceptions(self):
        path = self.write('kinds.py', '''\
            import asyncio
            async def child():
                await asyncio.sleep(0)
                raise KeyError("k")
            async def main():
                task = asyncio.create_task(child(), name="kid")
                try:
                    await task
                except KeyError:
                    pass
            asyncio.run(main())
        ''')
        lines = self.trace_lines(path)
        self.assertIn('t=0.000 Task-1 main:8 suspend task kid', lines)
        self.assertIn('t=0.000 kid child:3 suspend yield', lines)
        self.assertIn('t=0.000 kid child:4 exception KeyError', lines)
        self.assertIn('t=0.000 kid child:4 raise', lines)
        self.assertFalse([line for line in lines if 'StopIteration' in line], 'await internals leaked')

    def test_uncaught_exception_and_syntax_error_exit_like_looplab(self):
        path = self.write('boom.py', 'def f():\n    raise ValueError("oops")\nf()\n')
        run = self.pytrace('run', path)
        self.assertEqual(run.returncode, 1)
        self.assertEqual(run.stderr.splitlines()[0], 'Traceback (most recent call last):')
        self.assertNotIn('pytrace.py', run.stderr)
        self.assertEqual(run.stderr.splitlines()[-1], 'ValueError: oops')
        self.assertEqual(self.trace_lines(path)[-1], 't=0.000 end exception ValueError: oops')

        bad = self.write('bad.py', 'print(1)\nif True\n    pass\n')
        run = self.pytrace('run', bad)
        self.assertEqual(run.returncode, 2)
        self.assertEqual(run.stderr.splitlines()[0], f"{bad}:2:8: SyntaxError: expected ':'")

    def test_recursion_error_strikes_at_the_same_depth_as_under_python3(self):
        # pytrace's frames sit below the scenario and the tracer runs on top of it: neither may show.
        path = self.write('recursion.py', '''\
            import sys
            count = 0
            def down():
                global count
                count += 1
                down()
            class Node:
                def __init__(self):  # type() -> __init__: two levels per Node
                    global count
                    count += 1
                    Node()
            class Loop:
                def __repr__(self):  # repr() -> __repr__: refused in the C call, with its own wording
                    global count
                    count += 1
                    return repr(self)
            def via(frames):  # from three depths: for one of them the limit strikes inside the C call
                return via(frames - 1) if frames else repr(Loop())
            makers = (down, Node, lambda: via(0), lambda: via(1), lambda: via(2), down)
            for make, limit in zip(makers, (1000, 1000, 1000, 1000, 1000, 60)):
                sys.setrecursionlimit(limit)
                count = 0
                try:
                    make()
                except RecursionError as error:
                    print(count, error, sys.getrecursionlimit())
        ''')
        plain = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=60).stdout
        self.assertEqual(len(plain.splitlines()), 6, plain)
        self.assertIn('while calling a Python object', plain)
        self.assertEqual(self.pytrace('run', path).stdout, plain)
        traced = [line.split(' print ')[1] for line in self.trace_lines(path) if ' print ' in line]
        self.assertEqual(traced, [json.dumps(line) for line in plain.splitlines()])
        self.assertEqual(self.trace_lines(path)[-1], 't=0.000 end ok')  # tracing survived the errors

    def test_synchronous_stdout_is_byte_identical_to_python3(self):
        path = self.write('sync.py', '''\
            import sys
            print("a", "b", sep="-", end="")
            print()
            sys.stdout.write("no newline at the end: 中文")
        ''')
        plain = subprocess.run([sys.executable, path], capture_output=True, timeout=60,
                               env=compare.PYTRACE_ENV).stdout
        self.assertEqual(subprocess.run([sys.executable, str(HERE / 'pytrace.py'), 'run', path],
                                        capture_output=True, timeout=60, env=compare.PYTRACE_ENV).stdout, plain)
        self.assertEqual(self.trace_lines(path)[-2], 't=0.000 main <module>:4 print "no newline at the end: 中文"')


class StatementLevelTest(ScenarioTestCase):
    SOURCE = '''\
        def total(values):
            return sum(
                v * 2
                for v in values
            )
        squares = [x * x for x in range(3)]
        print(squares,
              total(squares))
    '''

    def test_comprehensions_and_multi_line_statements_fold(self):
        path = self.write('fold.py', self.SOURCE)
        trace = '\n'.join(self.trace_lines(path))
        self.assertIn('<listcomp>', trace)
        self.assertIn('<module>:7 line\nt=0.000 main <module>:8 line', trace)  # CPython: N, N+1, ... N
        folded = compare.statement_level(compare.parse_trace(trace), compare.SourceMap.from_file(path))
        self.assertEqual(folded, [
            't=0.000 main <module> call',
            't=0.000 main <module>:1 line',
            't=0.000 main <module>:6 line',
            't=0.000 main <module>:7 line',
            't=0.000 main total call',
            't=0.000 main total:2 line',
            't=0.000 main total return',
            't=0.000 main <module>:7 print "[0, 1, 4] 10"',
            't=0.000 main <module> return',
            't=0.000 end ok',
        ])

    def test_compare_accepts_an_engine_that_inlines_comprehensions(self):
        path = self.write('fold.py', self.SOURCE)
        engine = self.fake_looplab(drop_containing=['<listcomp>', '<genexpr>', '<module>:8 line'])
        self.assertEqual(compare.compare(engine, path), [])
        self.assertTrue(compare.compare(engine, path, exact=True), '--exact must see the missing frames')

    def test_compare_reports_a_late_print_with_a_diff(self):
        path = self.write('gather.py', SEED_GATHER)
        engine = self.fake_looplab(replacements=[('t=3.000 Task-2 call_api:7 print', 't=3.5 Task-2 call_api:7 print')])
        reports = compare.compare(engine, path)
        self.assertEqual(len(reports), 2, reports)  # the print times, and the trace
        self.assertIn('-t=3.000 Task-2 "World"\n    +t=3.5 Task-2 "World"', reports[0])
        self.assertIn('+t=3.5 Task-2 call_api:7 print "World"', reports[1])
        with contextlib.redirect_stdout(io.StringIO()) as printed:
            self.assertEqual(compare.main(['--looplab', engine, path]), 1)
        self.assertTrue(printed.getvalue().startswith(f'DIFFERENT {path}'), printed.getvalue())

    def test_compare_reports_stdout_and_exit_code(self):
        path = self.write('gather.py', SEED_GATHER)
        engine = self.fake_looplab(replacements=[('World', 'Welt')])
        reports = compare.compare(engine, path)
        self.assertTrue(reports[0].startswith('stdout differs'), reports)
        self.assertIn('-World\n    +Welt', reports[0])


class RunScenarioTest(ScenarioTestCase):
    def run_scenario(self, path, looplab=None):
        return run_scenario.run_scenario(looplab or str(HERE / 'pytrace.py'), path, timeout=60)

    def test_passing_scenario(self):
        path = self.write('ok.py', '''\
            import asyncio
            async def main():
                print("a")
                await asyncio.sleep(0.1)
                print("")
                raise ValueError("oops")
            asyncio.run(main())
            # expect: a
            # expect: 
            # expect runtime error: ValueError: oops
        ''')
        self.assertEqual(self.run_scenario(path), [])

    def test_wrong_expectation_names_the_scenario_line(self):
        path = self.write('wrong.py', 'print("one")  # expect: one\nprint("two")  # expect: 2\nprint("three")\n')
        report = '\n'.join(self.run_scenario(path))
        self.assertIn('do not hold under CPython', report)
        self.assertIn(f"{path}:2: expected '2', got 'two'", report)
        self.assertIn("extra output line 3: 'three'", report)

    def test_rejection_and_looplab_only_errors(self):
        bad = self.write('bad.py', 'if True\n    pass\n# error at 1:8: SyntaxError: expected \':\'\n')
        self.assertEqual(self.run_scenario(bad), [])
        unsupported = self.write('threads.py', "import threading  # error at 1:1: error: no threads\n")
        report = '\n'.join(self.run_scenario(unsupported))
        self.assertIn(f'{unsupported}:1: expected exit 2, but it exited 0', report)
        self.assertIn('reference: none', report)  # the hint

    def test_looplab_failures_are_reported_with_the_comparison(self):
        path = self.write('gather.py', SEED_GATHER + '# expect: Hello\n# expect: Hello\n# expect: World\n'
                          '# expect: World\n# expect: It took 3.0 second(s) to complete.\n')
        self.assertEqual(self.run_scenario(path), [])
        engine = self.fake_looplab(replacements=[('Hello', 'Hi')])
        report = '\n'.join(self.run_scenario(path, engine))
        self.assertIn(f"{path}:16: expected 'Hello', got 'Hi'", report)
        self.assertIn('looplab differs from CPython', report)


if __name__ == '__main__':
    unittest.main()
