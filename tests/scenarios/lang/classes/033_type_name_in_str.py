# a base __str__ using type(self).__name__ reports the subclass
class Base:
    def __str__(self):
        return f"{type(self).__name__}({self.describe()})"

    def describe(self):
        return "base"


class Leaf(Base):
    def describe(self):
        return "leaf"


print(Base(), Leaf())  # expect: Base(base) Leaf(leaf)
print([str(x) for x in (Leaf(), Base())])  # expect: ['Leaf(leaf)', 'Base(base)']
