# sets of small ints: add/discard/remove and set() repr
s = {3, 1, 2}
print(s)  # expect: {1, 2, 3}
s.add(4)
s.add(1)
print(s, len(s))  # expect: {1, 2, 3, 4} 4
s.discard(10)
s.discard(1)
print(s)  # expect: {2, 3, 4}
try:
    s.remove(10)
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 10
print(set())  # expect: set()
print({1, 1, 2, 2})  # expect: {1, 2}
print(set([5, 3, 5, 1]))  # expect: {1, 3, 5}
print(type({}).__name__)  # expect: dict
