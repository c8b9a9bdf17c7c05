# if tests truthiness of arbitrary values
for v in [0, 1, "", "x", [], [0], None, {}, 0.0, ()]:
    if v:
        print("truthy", repr(v))
    else:
        print("falsy", repr(v))
# expect: falsy 0
# expect: truthy 1
# expect: falsy ''
# expect: truthy 'x'
# expect: falsy []
# expect: truthy [0]
# expect: falsy None
# expect: falsy {}
# expect: falsy 0.0
# expect: falsy ()
