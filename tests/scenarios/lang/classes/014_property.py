# @property getters and setters; a property without a setter is read-only
class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r

    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError("negative radius")
        self._r = v

    @property
    def area(self):
        return 3 * self._r ** 2


c = Circle(2)
print(c.radius, c.area)  # expect: 2 12
c.radius = 5
print(c.area)  # expect: 75
try:
    c.radius = -1
except ValueError as e:
    print(e)  # expect: negative radius
try:
    c.area = 1
except AttributeError as e:
    print(e)  # expect: property 'area' of 'Circle' object has no setter
