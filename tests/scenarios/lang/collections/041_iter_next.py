# iter()/next() with defaults; a for loop and next() share one iterator
it = iter([1, 2])
print(next(it))  # expect: 1
print(next(it))  # expect: 2
print(next(it, "done"))  # expect: done
print(next(it, None))  # expect: None
s = iter("ab")
print(next(s) + next(s))  # expect: ab
try:
    next(s)
except StopIteration:
    print("stopped")  # expect: stopped
it2 = iter(range(4))
for x in it2:
    print(x, next(it2))
# expect: 0 1
# expect: 2 3
