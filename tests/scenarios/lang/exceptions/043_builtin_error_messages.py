# exact messages of common IndexError/KeyError/ValueError cases
def msg(f):
    try:
        f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"


print(msg(lambda: [1][5]))  # expect: IndexError: list index out of range
print(msg(lambda: (1,)[5]))  # expect: IndexError: tuple index out of range
print(msg(lambda: "ab"[9]))  # expect: IndexError: string index out of range
print(msg(lambda: range(3)[3]))  # expect: IndexError: range object index out of range
print(msg(lambda: {"a": 1}["b"]))  # expect: KeyError: 'b'
print(msg(lambda: {(1, 2): 0}[(3, 4)]))  # expect: KeyError: (3, 4)
print(msg(lambda: [].pop()))  # expect: IndexError: pop from empty list
print(msg(lambda: float("x1")))  # expect: ValueError: could not convert string to float: 'x1'
print(msg(lambda: [1, 2].index(3)))  # expect: ValueError: 3 is not in list
print(msg(lambda: int("")))  # expect: ValueError: invalid literal for int() with base 10: ''
