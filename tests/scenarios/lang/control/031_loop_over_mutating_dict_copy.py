# iterate over a copy of the keys to delete from a dict safely
stock = {"apple": 0, "pear": 3, "fig": 0, "kiwi": 2}
for name in list(stock):
    if stock[name] == 0:
        del stock[name]
print(stock)  # expect: {'pear': 3, 'kiwi': 2}
evens = {k: v for k, v in stock.items() if v % 2 == 0}
print(evens)  # expect: {'kiwi': 2}
