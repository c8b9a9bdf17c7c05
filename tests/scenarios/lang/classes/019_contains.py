# __contains__ drives in / not in; the result is converted to bool
class Evens:
    def __contains__(self, x):
        return x % 2 == 0


e = Evens()
print(4 in e, 3 in e, 3 not in e)  # expect: True False True


class Weird:
    def __contains__(self, x):
        return "yes"


print(1 in Weird())  # expect: True
