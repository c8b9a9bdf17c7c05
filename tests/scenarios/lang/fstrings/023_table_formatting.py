# formatting a small table with aligned columns
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("banana", 10.0, 1)]
print(f"{'name':<8}|{'price':>6}|{'qty':>3}")  # expect: name    | price|qty
for name, price, qty in rows:
    print(f"{name:<8}|{price:>6.2f}|{qty:>3}")
# expect: apple   |  1.50|  3
# expect: kiwi    |  0.25| 12
# expect: banana  | 10.00|  1
total = sum(p * q for _, p, q in rows)
print(f"{'total':<8}|{total:>6.2f}|")  # expect: total   | 17.50|
