# return in a generator sets StopIteration.value
def gen():
    yield 1
    return "result"


g = gen()
print(next(g))  # expect: 1
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)  # expect: StopIteration value: result
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)  # expect: again: None
print(list(gen()))  # expect: [1]
