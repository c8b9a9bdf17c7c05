# class-level counters: ClassName.attr += 1 vs self.attr += 1
class Item:
    count = 0

    def __init__(self):
        Item.count += 1
        self.id = Item.count


items = [Item() for _ in range(3)]
print(Item.count, [i.id for i in items])  # expect: 3 [1, 2, 3]


class Bad:
    count = 0

    def __init__(self):
        self.count += 1


b1 = Bad()
b2 = Bad()
print(Bad.count, b1.count, b2.count)  # expect: 0 1 1
