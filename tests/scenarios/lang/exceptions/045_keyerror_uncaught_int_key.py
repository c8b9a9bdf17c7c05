# an uncaught KeyError with an int key
scores = {1: "gold", 2: "silver"}
print(scores[1])  # expect: gold
print(scores[3])
# expect runtime error: KeyError: 3
