# dict comprehensions; later duplicates overwrite but keep the first position
squares = {n: n * n for n in range(5)}
print(squares)  # expect: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16}
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)  # expect: {1: 'a', 2: 'b'}
evens = {k: v for k, v in squares.items() if v % 2 == 0}
print(evens)  # expect: {0: 0, 2: 4, 4: 16}
dup = {x % 3: x for x in range(7)}
print(dup)  # expect: {0: 6, 1: 4, 2: 5}
