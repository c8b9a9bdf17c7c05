# exact TypeError messages for common mistakes
def show(f):
    try:
        f()
    except TypeError as e:
        print(e)


x = 5
s = "abc"
show(lambda: len(5))  # expect: object of type 'int' has no len()
show(lambda: x())  # expect: 'int' object is not callable
show(lambda: [1, 2] + (3,))  # expect: can only concatenate list (not "tuple") to list
show(lambda: "a" * "b")  # expect: can't multiply sequence by non-int of type 'str'
show(lambda: None + 1)  # expect: unsupported operand type(s) for +: 'NoneType' and 'int'
show(lambda: {}[[1]])  # expect: unhashable type: 'list'
show(lambda: int(None))  # expect: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
show(lambda: -"x")  # expect: bad operand type for unary -: 'str'
show(lambda: iter(5))  # expect: 'int' object is not iterable
show(lambda: s[1.0])  # expect: string indices must be integers, not 'float'
