# building a new dict while iterating; mutating the size during iteration fails
prices = {"apple": 1.0, "pear": 2.5, "fig": 4.0}
half = {}
for name, price in prices.items():
    half[name.upper()] = price * 0.5
print(half)  # expect: {'APPLE': 0.5, 'PEAR': 1.25, 'FIG': 2.0}
print(" ".join(prices))  # expect: apple pear fig
for k in prices:
    prices[k] = prices[k] * 2
print(prices)  # expect: {'apple': 2.0, 'pear': 5.0, 'fig': 8.0}
try:
    for k in prices:
        prices[k + "!"] = 0
except RuntimeError as e:
    print(e)  # expect: dictionary changed size during iteration
