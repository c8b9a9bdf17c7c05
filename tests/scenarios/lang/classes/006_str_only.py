# __str__ alone affects print and str but not repr
class S:
    def __str__(self):
        return "S-str"


s = S()
print(s)  # expect: S-str
print(str(s))  # expect: S-str
print(f"{s}", f"{s!s}")  # expect: S-str S-str
print(repr(s).startswith("<__main__.S object at "))  # expect: True
