# if/elif/else picks the first true branch
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


for n in [-5, 0, 7, 100]:
    print(n, classify(n))
# expect: -5 negative
# expect: 0 zero
# expect: 7 small
# expect: 100 large
