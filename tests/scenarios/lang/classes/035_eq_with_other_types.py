# returning NotImplemented lets Python fall back to the other operand or identity
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented


print(Money(5) == Money(5), Money(5) == 5, Money(5) != "x")  # expect: True False True
print((Money(5) + 3).cents)  # expect: 8
try:
    3 + Money(5)
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for +: 'int' and 'Money'
