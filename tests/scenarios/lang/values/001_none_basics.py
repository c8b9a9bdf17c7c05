# None: printing, repr, truthiness, identity and equality
x = None
print(x)  # expect: None
print(repr(x))  # expect: None
print(bool(x))  # expect: False
print(x is None, x is not None)  # expect: True False
print(x == None)  # expect: True
print(x == 0, x == False, x == "")  # expect: False False False
print(str(None) + "!")  # expect: None!
print([None, None])  # expect: [None, None]
