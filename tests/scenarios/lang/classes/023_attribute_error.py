# reading a missing attribute ends the program with AttributeError
class Point:
    def __init__(self):
        self.x = 1


p = Point()
print(p.x)  # expect: 1
print(p.z)
# expect runtime error: AttributeError: 'Point' object has no attribute 'z'
