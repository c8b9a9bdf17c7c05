# range() takes any int: bounds beyond 64 bits work like small ones
big = 10**20
r = range(big, big + 3)
print(r, len(r))  # expect: range(100000000000000000000, 100000000000000000003) 3
print(list(r)[-1], r[1], r[-1])  # expect: 100000000000000000002 100000000000000000001 100000000000000000002
print(list(reversed(r))[0], r[::-1])  # expect: 100000000000000000002 range(100000000000000000002, 99999999999999999999, -1)
huge = range(10**31)
print(10**30 in huge, 10**31 in huge, -1 in huge, 5.0 in huge)  # expect: True False False True
print(huge[10**30], huge[-1])  # expect: 1000000000000000000000000000000 9999999999999999999999999999999
print(huge[10**30 : 10**30 + 6 : 2])  # expect: range(1000000000000000000000000000000, 1000000000000000000000000000006, 2)
print(huge.index(10**25), huge.count(7), huge.stop)  # expect: 10000000000000000000000000 1 10000000000000000000000000000000
print(range(0, 2**64, 2**62) == range(0, 2**64 - 1, 2**62), list(range(0, 2**64, 2**62))[2:])  # expect: True [9223372036854775808, 13835058055282163712]
print(hash(range(big, big + 1)) == hash(range(big, big + 1, 7)), {range(3): "a"}[range(0, 3)])  # expect: True a
for i in range(2**63 - 2, 2**63 + 1):
    print(i)
# expect: 9223372036854775806
# expect: 9223372036854775807
# expect: 9223372036854775808
try:
    len(huge)
except OverflowError as e:
    print("OverflowError:", e)  # expect: OverflowError: Python int too large to convert to C ssize_t
try:
    huge[10**31]
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: range object index out of range
