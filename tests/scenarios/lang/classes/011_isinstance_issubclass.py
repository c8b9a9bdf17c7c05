# isinstance/issubclass follow inheritance; bool is a subclass of int
class A:
    pass


class B(A):
    pass


b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, object))  # expect: True True True
print(isinstance(A(), B))  # expect: False
print(issubclass(B, A), issubclass(A, B), issubclass(A, A))  # expect: True False True
print(isinstance(1, (str, int)))  # expect: True
print(isinstance(True, int), isinstance(1, bool))  # expect: True False
print(type(b) is B, type(b) is A)  # expect: True False
print(issubclass(bool, int))  # expect: True
