# raising a class instantiates it; raising a non-exception is a TypeError
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)  # expect: ValueError() ()
try:
    raise TypeError("bad type")
except TypeError as e:
    print(repr(e))  # expect: TypeError('bad type')
try:
    raise 5
except TypeError as e:
    print(e)  # expect: exceptions must derive from BaseException
