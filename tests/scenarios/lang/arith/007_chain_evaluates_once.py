# middle operands of a chain are evaluated once; the chain short-circuits
def f(v, tag):
    print("eval", tag)
    return v


print(f(1, "a") < f(2, "b") < f(3, "c"))
# expect: eval a
# expect: eval b
# expect: eval c
# expect: True
print(f(5, "x") < f(2, "y") < f(3, "z"))
# expect: eval x
# expect: eval y
# expect: False
