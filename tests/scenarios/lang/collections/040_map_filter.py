# map and filter return one-shot iterators
print(list(map(str, [1, 2, 3])))  # expect: ['1', '2', '3']
print(list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])))  # expect: [11, 22]
print(list(filter(lambda x: x % 2, range(6))))  # expect: [1, 3, 5]
print(list(filter(None, [0, 1, "", "a", None])))  # expect: [1, 'a']
m = map(abs, [-1, -2])
print(list(m), list(m))  # expect: [1, 2] []
print(list(map(int, "123")))  # expect: [1, 2, 3]
