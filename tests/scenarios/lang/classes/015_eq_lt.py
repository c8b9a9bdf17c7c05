# __eq__ gives != for free; __lt__ is reflected for >; <= is not derived
class V:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, V) and self.n == other.n

    def __lt__(self, other):
        return self.n < other.n

    def __repr__(self):
        return f"V({self.n})"


print(V(1) == V(1), V(1) != V(2))  # expect: True True
print(V(1) < V(2), V(3) > V(2))  # expect: True True
print(sorted([V(3), V(1), V(2)]))  # expect: [V(1), V(2), V(3)]
print(V(1) in [V(0), V(1)], V(1) == 1)  # expect: True False
print(max([V(5), V(9), V(2)]))  # expect: V(9)
try:
    V(1) <= V(2)
except TypeError as e:
    print(e)  # expect: '<=' not supported between instances of 'V' and 'V'
