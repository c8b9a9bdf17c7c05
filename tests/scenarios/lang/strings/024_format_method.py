# str.format with automatic, numbered and named fields
print("{} + {} = {}".format(1, 2, 3))  # expect: 1 + 2 = 3
print("{0}{1}{0}".format("ab", "cd"))  # expect: abcdab
print("{name} is {age}".format(name="Ann", age=30))  # expect: Ann is 30
print("[{:>5}|{:<5}|{:^5}]".format("a", "b", "c"))  # expect: [    a|b    |  c  ]
print("{:.2f}".format(3.14159))  # expect: 3.14
print("{{literal}} {}".format(1))  # expect: {literal} 1
print("{!r} {!s}".format("a", "b"))  # expect: 'a' b
