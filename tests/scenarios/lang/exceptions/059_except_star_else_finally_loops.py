# except* with else and finally, loops inside the clauses (their own break is allowed), and
# except* in loops; every clause's test is a line of its own, run even after a match
def run(exc):
    try:
        if exc:
            raise exc
        print("body ok")
    except* ValueError as e:
        for sub in e.exceptions:
            if sub.args[0] > 1:
                print("big", sub.args[0])
                break
            print("small", sub.args[0])
    except* TypeError:
        print("type error")
    else:
        print("else")
    finally:
        print("finally")


run(None)
# expect: body ok
# expect: else
# expect: finally
run(ExceptionGroup("g", [ValueError(1), ValueError(2), ValueError(3)]))
# expect: small 1
# expect: big 2
# expect: finally
run(TypeError("t"))
# expect: type error
# expect: finally
try:
    run(ExceptionGroup("g", [ValueError(1), KeyError("k")]))
except* KeyError as e:
    print("after finally:", repr(e))
# expect: small 1
# expect: finally
# expect: after finally: ExceptionGroup('g', [KeyError('k')])

for i in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError:
        print("iteration", i)
        while True:
            print("inner loop")
            break
    if i == 1:
        continue
    print("end of iteration", i)
# expect: iteration 0
# expect: inner loop
# expect: end of iteration 0
# expect: iteration 1
# expect: inner loop
# expect: iteration 2
# expect: inner loop
# expect: end of iteration 2


def last_statement(flag):
    if flag:
        try:
            raise ValueError(flag)
        except* ValueError:
            print("caught", flag)
    else:
        print("no try")


last_statement(1)  # expect: caught 1
last_statement(0)  # expect: no try
