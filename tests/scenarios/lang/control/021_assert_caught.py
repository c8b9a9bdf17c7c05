# AssertionError can be caught; the message becomes its argument
try:
    assert False, "boom"
except AssertionError as e:
    print("caught:", e)  # expect: caught: boom
try:
    assert 0
except AssertionError as e:
    print("empty:", repr(str(e)), e.args)  # expect: empty: '' ()
try:
    assert 1 > 2, ("tuple", 1)
except AssertionError as e:
    print(e.args)  # expect: (('tuple', 1),)
