# __del__ runs the moment the last reference to an object goes.
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)

    def __del__(self):
        print("delete", self.name)


a = Tracked("a")  # expect: create a
b = a
del a
print("a deleted, b still refers to it")  # expect: a deleted, b still refers to it
b = Tracked("b")
# expect: create b
# expect: delete a
print("rebound")  # expect: rebound


def scope():
    inner = Tracked("inner")
    other = Tracked("other")
    print("leaving scope")
    return 42


print(scope())
# expect: create inner
# expect: create other
# expect: leaving scope
# expect: delete inner
# expect: delete other
# expect: 42

# A temporary goes as soon as nothing holds it: here once its attribute has been read.
print(Tracked("temp").name)
# expect: create temp
# expect: delete temp
# expect: temp
Tracked("discarded")
# expect: create discarded
# expect: delete discarded

# A list frees its items last to first; a dict in insertion order.
items = [Tracked("l0"), Tracked("l1"), Tracked("l2")]
# expect: create l0
# expect: create l1
# expect: create l2
items = None
# expect: delete l2
# expect: delete l1
# expect: delete l0
table = {"x": Tracked("d0"), "y": Tracked("d1")}
# expect: create d0
# expect: create d1
table.clear()
# expect: delete d0
# expect: delete d1


# An object that holds others: its __del__ first, then what it held.
class Holder(Tracked):
    def __init__(self, name, *parts):
        super().__init__(name)
        self.parts = list(parts)


h = Holder("holder", Tracked("p1"), Tracked("p2"))
# expect: create p1
# expect: create p2
# expect: create holder
h = None
# expect: delete holder
# expect: delete p2
# expect: delete p1
x = Tracked("x")
x = Tracked("y")
# expect: create x
# expect: create y
# expect: delete x
del x
# expect: delete y
b = None  # expect: delete b
print("end")  # expect: end
