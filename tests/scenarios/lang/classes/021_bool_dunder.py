# truthiness uses __bool__, then __len__, else objects are truthy
class Box:
    def __init__(self, items):
        self.items = items

    def __bool__(self):
        return len(self.items) > 0


print(bool(Box([])), bool(Box([1])))  # expect: False True
if not Box([]):
    print("empty box")  # expect: empty box


class Sized:
    def __len__(self):
        return 0


class Plain:
    pass


print(bool(Sized()), bool(Plain()))  # expect: False True
print((Box([]) or "fallback"))  # expect: fallback
