# the nesting of a group survives partial matches, and its leaves keep their identity
inner = ExceptionGroup("inner", [TypeError("t"), ValueError("v2")])
leaf = ValueError("v1")
top = ExceptionGroup("top", [leaf, inner, KeyError("k")])
try:
    try:
        raise top
    except* ValueError as matched:
        print(repr(matched))  # expect: ExceptionGroup('top', [ValueError('v1'), ExceptionGroup('inner', [ValueError('v2')])])
        print(matched.exceptions[0] is leaf)  # expect: True
        raise
except* TypeError as t:
    print(repr(t))  # expect: ExceptionGroup('top', [ExceptionGroup('inner', [TypeError('t')])])
except* ValueError as v:
    print("re-raised in place:", repr(v))
    # expect: re-raised in place: ExceptionGroup('top', [ValueError('v1'), ExceptionGroup('inner', [ValueError('v2')])])
    print(v.exceptions[0] is leaf, v.exceptions[1].exceptions[0] is inner.exceptions[1])  # expect: True True
except* KeyError as k:
    print(repr(k))  # expect: ExceptionGroup('top', [KeyError('k')])
