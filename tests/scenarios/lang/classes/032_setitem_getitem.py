# __setitem__/__getitem__/__delitem__; augmented item assignment uses both
class Registry:
    def __init__(self):
        self.data = {}

    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v * 2

    def __getitem__(self, k):
        return self.data[k]

    def __delitem__(self, k):
        del self.data[k]


r = Registry()
r["a"] = 5  # expect: set a 5
print(r["a"])  # expect: 10
r["a"] += 1  # expect: set a 11
print(r["a"])  # expect: 22
del r["a"]
print(r.data)  # expect: {}
