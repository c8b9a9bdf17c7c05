# staticmethod gets no implicit argument; classmethod gets the (sub)class
class Temp:
    unit = "C"

    def __init__(self, deg):
        self.deg = deg

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"


print(Temp.c_to_f(100))  # expect: 212.0
t = Temp.from_f(212)
print(t.deg)  # expect: 100.0
print(t.c_to_f(0))  # expect: 32.0


class Sub(Temp):
    unit = "K"


print(Sub.describe(), type(Sub.from_f(32)).__name__)  # expect: Sub in K Sub
