# Objects in a reference cycle outlive their last outside reference: only the cycle collector
# (gc.collect(), or the end of the program) finds them and runs their finalizers.
import gc


class Partner:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name)


a = Partner("a")
b = Partner("b")
a.other, b.other = b, a
del a, b
print("the pair is unreachable, not yet freed")  # expect: the pair is unreachable, not yet freed
print("collected:", gc.collect())
# expect: del a
# expect: del b
# expect: collected: 2
print("after the collection")  # expect: after the collection

# A generator that refers to itself is closed by the collector too.
def self_aware():
    me = yield "started"
    try:
        yield me
    finally:
        print("self_aware closed")


g = self_aware()
next(g)
g.send(g)
del g
gc.collect()  # expect: self_aware closed
print("kept alive:", gc.collect())  # expect: kept alive: 0

# Cycles still standing when the program ends go first, before the module's own objects.
kept = Partner("kept")
loop1 = Partner("loop1")
loop1.other = loop1
del loop1
print("end")
# expect: end
# expect: del loop1
# expect: del kept
