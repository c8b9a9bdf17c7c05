# set comprehension and in-place set operators
s = {x % 5 for x in range(12)}
print(s)  # expect: {0, 1, 2, 3, 4}
s -= {0}
s |= {7}
print(s)  # expect: {1, 2, 3, 4, 7}
s &= {1, 7, 9}
print(s)  # expect: {1, 7}
s ^= {1, 2}
print(s)  # expect: {2, 7}
s.update([3], (4,))
print(s, len(s))  # expect: {2, 3, 4, 7} 4
s.clear()
print(s)  # expect: set()
