# methods receive the instance as self; bound methods remember it
class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, by=1):
        self.n += by
        return self


c = Counter()
c.inc().inc(5).inc()
print(c.n)  # expect: 7
m = c.inc
m()
print(c.n)  # expect: 8
Counter.inc(c, 2)
print(c.n)  # expect: 10
