# __len__ and __getitem__ enable len, indexing, slicing, iteration and in
class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


d = Deck()
print(len(d), d[0], d[-1])  # expect: 3 A Q
print(d[1:])  # expect: ['K', 'Q']
print(list(d))  # expect: ['A', 'K', 'Q']
print("K" in d, "J" in d)  # expect: True False
print(bool(d))  # expect: True
print(sorted(d))  # expect: ['A', 'K', 'Q']
