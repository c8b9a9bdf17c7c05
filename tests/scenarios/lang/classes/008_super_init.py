# super().__init__ runs the base initializer; subclasses without __init__ inherit it
class Base:
    def __init__(self, x):
        print("Base init", x)
        self.x = x


class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        print("Child init", y)
        self.y = y


c = Child(1, 2)
# expect: Base init 1
# expect: Child init 2
print(c.x + c.y)  # expect: 3


class NoInit(Base):
    pass


n = NoInit(5)  # expect: Base init 5
