# __private attributes are mangled to _ClassName__private
class A:
    def __init__(self):
        self.__secret = 1

    def get(self):
        return self.__secret


a = A()
print(a.get())  # expect: 1
print(a._A__secret)  # expect: 1
try:
    a.__secret
except AttributeError as e:
    print(e)  # expect: 'A' object has no attribute '__secret'
