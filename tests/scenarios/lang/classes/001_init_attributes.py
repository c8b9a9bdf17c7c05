# __init__ sets instance attributes; new attributes can be added later
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)  # expect: 1 2
p.x = 10
p.z = 3
print(p.x + p.z)  # expect: 13
q = Point(y=5, x=4)
print(q.x, q.y)  # expect: 4 5
print(p.y is not q.y)  # expect: True
