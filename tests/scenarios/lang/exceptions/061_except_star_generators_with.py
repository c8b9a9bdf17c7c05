# except* in a generator (a group thrown in), around a with statement, nested in a clause;
# a subclass's derive() decides the type of the parts
class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


def gen():
    try:
        yield 1
        yield 2
    except* ValueError as e:
        print("gen caught", repr(e))
        yield "from clause"
    yield "after"


g = gen()
print(next(g))  # expect: 1
print(g.throw(ExceptionGroup("thrown", [ValueError("x")])))
# expect: gen caught ExceptionGroup('thrown', [ValueError('x')])
# expect: from clause
print(next(g))  # expect: after

try:
    with Ctx():  # expect: enter
        raise ExceptionGroup("in with", [TypeError("t"), ValueError("v")])
    # expect: exit ExceptionGroup
except* TypeError as t:
    print("t:", repr(t))  # expect: t: ExceptionGroup('in with', [TypeError('t')])
    try:
        raise ExceptionGroup("nested", [KeyError(1), KeyError(2)])
    except* KeyError as k:
        print("nested clause:", repr(k))  # expect: nested clause: ExceptionGroup('nested', [KeyError(1), KeyError(2)])
except* ValueError as v:
    print("v:", repr(v))  # expect: v: ExceptionGroup('in with', [ValueError('v')])


class Tagged(ExceptionGroup):
    def derive(self, excs):
        derived = Tagged(self.message, excs)
        derived.tag = self.tag
        return derived


group = Tagged("tagged", [ValueError(1), TypeError(2)])
group.tag = "blue"
try:
    try:
        raise group
    except* ValueError as v:
        print(type(v).__name__, v.tag, repr(v))  # expect: Tagged blue Tagged('tagged', [ValueError(1)])
except* TypeError as t:
    print(type(t).__name__, t.tag, repr(t))  # expect: Tagged blue Tagged('tagged', [TypeError(2)])

try:
    raise ExceptionGroup("plain except", [ValueError(1)])
except ValueError:
    print("not this one")
except ExceptionGroup as e:
    print("a plain except catches the group:", e)  # expect: a plain except catches the group: plain except (1 sub-exception)
