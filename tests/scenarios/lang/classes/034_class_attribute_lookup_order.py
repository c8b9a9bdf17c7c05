# attribute lookup: instance, then class, then bases; methods are class attributes
class Base:
    greeting = "hi"

    def hello(self):
        return self.greeting


class Sub(Base):
    greeting = "hey"


s = Sub()
print(s.hello())  # expect: hey
s.greeting = "yo"
print(s.hello(), Sub().hello(), Base().hello())  # expect: yo hey hi
Base.greeting = "hello"
del Sub.greeting
print(Sub().hello())  # expect: hello
