# multiple for and if clauses nest from left to right
print([(x, y) for x in range(3) for y in range(x)])  # expect: [(1, 0), (2, 0), (2, 1)]
print([x for x in range(20) if x % 2 if x % 3])  # expect: [1, 5, 7, 11, 13, 17, 19]
print([c + d for c in "ab" for d in "xy"])  # expect: ['ax', 'ay', 'bx', 'by']
print([x * y for x in [1, 2] if x > 1 for y in [10, 20]])  # expect: [20, 40]
print([(a, b) for a in range(4) for b in range(a, 4) if a + b == 4])  # expect: [(1, 3), (2, 2)]
