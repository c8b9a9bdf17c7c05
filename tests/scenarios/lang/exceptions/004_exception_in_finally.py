# an exception raised in finally replaces the original, which becomes __context__
def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")


try:
    f()
except KeyError as e:
    print("caught KeyError", e)  # expect: caught KeyError 'from finally'
    print(type(e.__context__).__name__, e.__context__)  # expect: ValueError original
