# without __str__, str() falls back to __repr__
class V:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"V{self.v}"


v = V(3)
print(v)  # expect: V3
print(str(v), f"{v}")  # expect: V3 V3
print([V(1), V(2)])  # expect: [V1, V2]
print("value: " + str(v))  # expect: value: V3
