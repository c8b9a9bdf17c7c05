# a class with __repr__ shown inside lists, sorted and joined
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __repr__(self):
        return f"{self.rank}{self.suit}"


hand = [Card("A", "s"), Card(10, "h")]
print(hand)  # expect: [As, 10h]
print(sorted(hand, key=lambda c: str(c.rank)))  # expect: [10h, As]
print(", ".join(map(repr, hand)))  # expect: As, 10h
print(str(hand[0]), f"{hand[1]}")  # expect: As 10h
