# sorted() returns a new list; reversed() returns an iterator
print(sorted([3, 1, 2], reverse=True))  # expect: [3, 2, 1]
print(sorted("hello"))  # expect: ['e', 'h', 'l', 'l', 'o']
print(sorted({"b": 1, "a": 2}))  # expect: ['a', 'b']
print(sorted([-3, 2, -1], key=abs))  # expect: [-1, 2, -3]
print(list(reversed([1, 2, 3])))  # expect: [3, 2, 1]
print("".join(reversed("abc")))  # expect: cba
print(list(reversed(range(3))))  # expect: [2, 1, 0]
a = [1, 2]
r = sorted(a)
r.append(3)
print(a, r)  # expect: [1, 2] [1, 2, 3]
print(sorted((3, 1)), sorted([]))  # expect: [1, 3] []
