# except* cannot catch exception groups, nor non-exception types; an error in a clause's type
# expression replaces the group
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        print("not reached")
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.
    print("context:", repr(e.__context__))  # expect: context: ExceptionGroup('g', [ValueError(1)])

try:
    try:
        raise ValueError(1)
    except* (KeyError, BaseExceptionGroup):
        print("not reached")
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.

try:
    try:
        raise ValueError(1)
    except* 42:
        print("not reached")
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: catching classes that do not inherit from BaseException is not allowed

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("first clause runs")  # expect: first clause runs
    except* undefined_name:
        print("not reached")
except NameError as e:
    print("NameError:", e)  # expect: NameError: name 'undefined_name' is not defined
    # the exception being handled then was the first clause's match
    print("context:", repr(e.__context__))  # expect: context: ExceptionGroup('g', [ValueError(1)])
