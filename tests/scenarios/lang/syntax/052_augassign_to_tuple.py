# augmented assignment cannot target a tuple
# error at 4:1: SyntaxError: 'tuple' is an illegal expression for augmented assignment
a, b = 1, 2
a, b += 1
print(a, b)
