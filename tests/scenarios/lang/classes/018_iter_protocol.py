# __iter__ as a generator vs. an iterator object that exhausts
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


print(list(Countdown(3)))  # expect: [3, 2, 1]
print(sum(Countdown(4)))  # expect: 10


class UpTo:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


r = UpTo(3)
print(list(r), list(r))  # expect: [1, 2, 3] []
