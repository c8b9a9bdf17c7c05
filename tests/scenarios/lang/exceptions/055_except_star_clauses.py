# each except* clause takes its part of the group; what no clause takes propagates
def raise_group():
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])


try:
    try:
        raise_group()
    except* ValueError as e:
        print("values:", repr(e))  # expect: values: ExceptionGroup('batch', [ValueError('v1'), ValueError('v2')])
        print("message:", e.message, "count:", len(e.exceptions))  # expect: message: batch count: 2
    except* TypeError as e:
        print("types:", repr(e))  # expect: types: ExceptionGroup('batch', [TypeError('t1')])
    print("not reached")
except* KeyError as rest:
    print("outer got:", repr(rest))  # expect: outer got: ExceptionGroup('batch', [KeyError('k')])
# the name is unbound after the clause, as after `except ... as e`
try:
    e
except NameError as err:
    print(err)  # expect: name 'e' is not defined

# everything handled: nothing propagates and the code after the try runs
try:
    raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
except* ValueError as e:
    print("handled", len(e.exceptions))  # expect: handled 2
except* TypeError:
    print("no TypeError in the group")
print("done")  # expect: done
