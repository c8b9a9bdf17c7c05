# __add__, __mul__, __rmul__, __neg__; += falls back to __add__
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a = Vec(1, 2)
b = Vec(3, 4)
print(a + b)  # expect: Vec(4, 6)
print(a * 3, 3 * a)  # expect: Vec(3, 6) Vec(3, 6)
print(-a)  # expect: Vec(-1, -2)
a += b
print(a)  # expect: Vec(4, 6)
try:
    a - b
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for -: 'Vec' and 'Vec'
