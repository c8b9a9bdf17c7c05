# a return in finally overrides the try's return and swallows exceptions
def f():
    try:
        return "try"
    finally:
        return "finally"


print(f())  # expect: finally


def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


print(g())  # expect: swallowed
