#!/usr/bin/env python3
"""Run one scenario of the corpus (tests/scenarios/) against its expectations, under looplab and CPython.

    run_scenario.py --looplab BIN [--timeout SECONDS] FILE

The expectations are comments in FILE (see tests/scenarios/README.md):
    # expect: TEXT                          the next line of stdout (`# expect: ` alone: an empty line)
    # expect runtime error: Type: message   exit 1, and this is the last line of stderr
    # error at LINE:COL: message            rejected: exit 2, stderr starts with FILE:LINE:COL: message
    # expect exit: N                        the exit code (4 deadlock, 3 resource limit)
    # expect stderr: TEXT                   stderr has this line
    # reference: none                       looplab-only behaviour: skip everything CPython

Steps: (a) CPython (pytrace.py run, virtual clock) must meet the expectations, or the scenario itself is wrong;
(b) `BIN run FILE` must meet them; (c) compare.py's statement-level comparison of looplab with CPython, unless
`# reference: none` or the program is rejected. Prints `PASS FILE`, or `FAIL FILE` and what failed; exits 0 / 1.
"""
import argparse
import difflib
import io
import os
import re
import sys
import tokenize
from dataclasses import dataclass, field

sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
import compare  # noqa: E402  (after the line above)

EXIT_OK, EXIT_EXCEPTION, EXIT_REJECTED = 0, 1, 2
DIRECTIVE = re.compile(
    r'#\s*(?P<key>expect runtime error:|expect exit:|expect stderr:|expect:|reference:|error at )(?P<value>.*)$')
ERROR_AT = re.compile(r'(?P<line>\d+):(?P<col>\d+): (?P<message>.+)$')
MAX_LISTED = 5


class BadScenario(Exception):
    """The expectation comments themselves are malformed."""


@dataclass
class Expectations:
    stdout: list = field(default_factory=list)   # [(scenario line, text)]
    stderr: list = field(default_factory=list)   # [(scenario line, text)]
    runtime_error: tuple = None                  # (scenario line, 'Type: message')
    rejection: tuple = None                      # (scenario line, LINE, COL, 'SyntaxError: message')
    exit_code: tuple = None                      # (scenario line, N)
    no_reference: bool = False

    def expected_exit(self):
        """(scenario line or None, exit code) the run must end with."""
        if self.exit_code:
            return self.exit_code
        if self.runtime_error:
            return self.runtime_error[0], EXIT_EXCEPTION
        if self.rejection:
            return self.rejection[0], EXIT_REJECTED
        return None, EXIT_OK


# ---------------------------------------------------------------------------------------------------------
# Reading the expectations

def comments(source):
    """(line number, comment text) of every comment; text runs to the end of the line, trailing blanks included."""
    try:
        return [(token.start[0], token.string)
                for token in tokenize.tokenize(io.BytesIO(source).readline) if token.type == tokenize.COMMENT]
    except (tokenize.TokenError, SyntaxError):
        # A program rejected for a lexical error cannot be tokenized: look for directives line by line.
        lines = source.decode('utf-8', 'replace').splitlines()
        return [(number, line[match.start():]) for number, line in enumerate(lines, 1)
                if (match := re.search(r'#\s*(expect|error at|reference)\b', line))]


def read_expectations(source):
    expect = Expectations()
    for line, comment in comments(source):
        match = DIRECTIVE.match(comment)
        if match:
            add_directive(expect, line, match['key'].rstrip(': '), match['value'])
    return expect


def add_directive(expect, line, key, value):
    text = value[1:] if value.startswith(' ') else value
    if key == 'expect':
        expect.stdout.append((line, text))
    elif key == 'expect stderr':
        expect.stderr.append((line, text))
    elif key == 'expect runtime error':
        expect.runtime_error = only_once(expect.runtime_error, line, key, (line, text.strip()))
    elif key == 'expect exit':
        if not text.strip().isdigit():
            raise BadScenario(f'line {line}: `# expect exit:` needs a number, not {text!r}')
        expect.exit_code = only_once(expect.exit_code, line, key, (line, int(text)))
    elif key == 'error at':
        found = ERROR_AT.match(text.strip())
        if not found:
            raise BadScenario(f'line {line}: write `# error at LINE:COL: message`, not {text!r}')
        rejection = (line, int(found['line']), int(found['col']), found['message'])
        expect.rejection = only_once(expect.rejection, line, key, rejection)
    elif key == 'reference':
        if text.strip() != 'none':
            raise BadScenario(f'line {line}: the only reference setting is `# reference: none`')
        expect.no_reference = True


def only_once(previous, line, key, value):
    if previous is not None:
        raise BadScenario(f'line {line}: a second `# {key}:` (the first is on line {previous[0]})')
    return value


# ---------------------------------------------------------------------------------------------------------
# Checking one run against them

def check_run(expect, run, path):
    """Every failed expectation of `run`, as `FILE:LINE: ...` messages."""
    failures = check_exit(expect, run, path)
    failures += check_stdout_lines(expect, run, path)
    stderr_lines = run.stderr.decode('utf-8', 'replace').splitlines()
    if expect.runtime_error and run.exit_code == EXIT_EXCEPTION:
        line, text = expect.runtime_error
        last = stderr_lines[-1].rstrip() if stderr_lines else ''
        if last != text:
            failures.append(f'{path}:{line}: expected runtime error {text!r}, got {last!r}')
    if expect.rejection and run.exit_code == EXIT_REJECTED:
        failures += check_rejection(expect.rejection, stderr_lines[0] if stderr_lines else '', path)
    for line, text in expect.stderr:
        if text not in stderr_lines:
            failures.append(f'{path}:{line}: expected stderr line {text!r}; stderr:\n{run.stderr_tail()}')
    return failures


def check_exit(expect, run, path):
    line, code = expect.expected_exit()
    if run.exit_code == code:
        return []
    where = f'{path}:{line}' if line else f'{path}: (no expectation says otherwise)'
    return [f'{where}: expected exit {code}, but it {run.describe_exit()}; stderr ends with:\n{run.stderr_tail()}']


def check_rejection(rejection, first_stderr_line, path):
    line, row, col, message = rejection
    suffix = f':{row}:{col}: {message}'
    named_file = first_stderr_line[:-len(suffix)]
    if first_stderr_line.endswith(suffix) and named_file and same_file(named_file, path):
        return []
    return [f'{path}:{line}: expected the first stderr line to be {path + suffix!r}, got {first_stderr_line!r}']


def same_file(a, b):
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_stdout_lines(expect, run, path):
    """The first expectation that does not hold, then the expected lines missing and the extra lines printed."""
    expected = [text for _, text in expect.stdout]
    actual = stdout_lines(run.stdout)
    matcher = difflib.SequenceMatcher(None, expected, actual, autojunk=False)
    missing, extra = [], []
    for op, e1, e2, a1, a2 in matcher.get_opcodes():
        if op != 'equal':
            missing += [(expect.stdout[i][0], expected[i]) for i in range(e1, e2)]
            extra += [(i + 1, actual[i]) for i in range(a1, a2)]
    if not missing and not extra:
        return []
    first, covered = first_stdout_mismatch(expect, actual, path)
    missing = [item for item in missing if item[0] not in covered['missing']]
    extra = [item for item in extra if item[0] not in covered['extra']]
    return [first] + listing(missing, extra, path)


def first_stdout_mismatch(expect, actual, path):
    """The message for the first output position that differs, and which scenario line / output line it names."""
    for index, (line, text) in enumerate(expect.stdout):
        if index >= len(actual):
            message = f'{path}:{line}: expected {text!r}, but the output ended after {len(actual)} line(s)'
            return message, {'missing': {line}, 'extra': set()}
        if actual[index] != text:
            message = f'{path}:{line}: expected {text!r}, got {actual[index]!r}'
            return message, {'missing': {line}, 'extra': {index + 1}}
    index = len(expect.stdout)
    return f'{path}: output line {index + 1} is extra: {actual[index]!r}', {'missing': set(), 'extra': {index + 1}}


def listing(missing, extra, path):
    lines = [f'  missing {path}:{line}: {text!r}' for line, text in missing[:MAX_LISTED]]
    lines += [f'  extra output line {number}: {text!r}' for number, text in extra[:MAX_LISTED]]
    if len(missing) > MAX_LISTED or len(extra) > MAX_LISTED:
        lines.append(f'  ({len(missing)} missing and {len(extra)} extra lines in all)')
    return lines


def stdout_lines(data):
    text = data.decode('utf-8', 'replace')
    lines = text.split('\n')
    return lines[:-1] if lines[-1] == '' else lines


# ---------------------------------------------------------------------------------------------------------

def run_scenario(looplab, path, timeout):
    """The failure report of one scenario as lines (empty: it passes)."""
    with open(path, 'rb') as f:
        source = f.read()
    try:
        expect = read_expectations(source)
    except BadScenario as problem:
        return [f'{path}: bad expectation comment: {problem}']

    report = []
    if not expect.no_reference:
        cpython_run = compare.run_cpython('run', path, timeout)
        cpython_failures = check_run(expect, cpython_run, path)
        if cpython_failures:
            report += ['the expectations do not hold under CPython (pytrace.py run); fix the scenario, or mark '
                       'looplab-only behaviour with `# reference: none`:'] + indent(cpython_failures)
    looplab_run = compare.run_looplab(looplab, 'run', path, timeout)
    looplab_failures = check_run(expect, looplab_run, path)
    if looplab_failures:
        report += [f'the expectations do not hold under looplab ({looplab} run):'] + indent(looplab_failures)
    if not expect.no_reference and not expect.rejection:
        # When looplab already missed an expectation, its stdout and exit code were shown: add only the trace.
        differences = [] if looplab_failures else compare.compare_runs(cpython_run, looplab_run)
        differences += compare.compare_traces(looplab, path, timeout=timeout, looplab_run=looplab_run)
        if differences:
            report += ['looplab differs from CPython (statement level; compare.py --exact for line level):']
            report += indent(['- ' + difference for difference in differences])
    return report


def indent(lines):
    return ['  ' + line.replace('\n', '\n  ') for line in lines]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument('--looplab', required=True, help='the looplab executable')
    parser.add_argument('--timeout', type=float, default=compare.DEFAULT_TIMEOUT, help='seconds per run')
    parser.add_argument('file')
    args = parser.parse_args(argv)
    report = run_scenario(args.looplab, args.file, args.timeout)
    if not report:
        print(f'PASS {args.file}')
        return 0
    print(f'FAIL {args.file}')
    print('\n'.join(report))
    return 1


if __name__ == '__main__':
    sys.exit(main())
