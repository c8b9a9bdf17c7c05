# Objects still alive when the program ends are finalized at interpreter shutdown, in the order of
# CPython's cycle collector: roughly creation order, but an object created before everything that
# refers to it (the items of a list or dict display, a node only the next node refers to) comes
# after, in the order the collector visits it (a list's items last to first).
class Node:
    def __init__(self, name, next_node=None):
        self.name = name
        self.next_node = next_node

    def __del__(self):
        print("del", self.name)


first = Node("first")
second = Node("second")
first, second = second, first  # names swapped: the order stays the creation order

n1 = Node("n1")
n2 = Node("n2", n1)
chain = Node("n3", n2)
del n1, n2

displayed = [Node("shown0"), Node("shown1")]
built = []
built.append(Node("built0"))
built.append(Node("built1"))
pair = (Node("pair0"), Node("pair1"))
by_key = {"k": Node("keyed")}
filled = {}
filled["f"] = Node("filled")


def countdown():
    try:
        yield 3
        yield 2
    finally:
        print("countdown closed")


running = countdown()
next(running)
last = Node("last")
print("end of the program")
# expect: end of the program
# expect: del first
# expect: del second
# expect: del n3
# expect: del built0
# expect: del built1
# expect: countdown closed
# expect: del last
# expect: del n2
# expect: del shown1
# expect: del shown0
# expect: del pair1
# expect: del pair0
# expect: del keyed
# expect: del filled
# expect: del n1
