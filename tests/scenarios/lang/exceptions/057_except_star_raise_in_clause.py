# raising in an except* clause: a new exception joins what is left in a new group; a bare
# `raise` re-raises the clause's part where it was
def work():
    try:
        raise ExceptionGroup("jobs", [ValueError("bad value"), TypeError("bad type"), OSError("io")])
    except* ValueError:
        raise RuntimeError("while handling values")
    except* TypeError:
        raise


try:
    work()
except ExceptionGroup as top:
    print(repr(top))
    # expect: ExceptionGroup('', [RuntimeError('while handling values'), ExceptionGroup('jobs', [TypeError('bad type'), OSError('io')])])
    print(str(top))  # expect:  (2 sub-exceptions)
    new, reraised = top.exceptions
    print(repr(new.__context__))  # expect: ExceptionGroup('jobs', [ValueError('bad value')])
    print(reraised.message)  # expect: jobs

# `raise e` is a new raise, not a re-raise: its part comes back wrapped again
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
except ExceptionGroup as top:
    print(repr(top))
    # expect: ExceptionGroup('', [ExceptionGroup('g', [ValueError(1)]), ExceptionGroup('g', [TypeError(2)])])

# one new exception and nothing left: it is raised on its own
try:
    try:
        raise ExceptionGroup("from", [ValueError(1)])
    except* ValueError as v:
        raise RuntimeError("converted") from v
except RuntimeError as r:
    print(repr(r), repr(r.__cause__))  # expect: RuntimeError('converted') ExceptionGroup('from', [ValueError(1)])

# the clause handles its match: a bare raise inside it re-raises the match
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise
        except ExceptionGroup as inner:
            print("bare raise:", repr(inner))  # expect: bare raise: ExceptionGroup('g', [ValueError(1)])
        1 / 0
except* ZeroDivisionError as z:
    print(repr(z))  # expect: ExceptionGroup('', [ZeroDivisionError('division by zero')])
    print(repr(z.exceptions[0].__context__))  # expect: ExceptionGroup('g', [ValueError(1)])
except* TypeError as t:
    print(repr(t))  # expect: ExceptionGroup('', [ExceptionGroup('g', [TypeError(2)])])
