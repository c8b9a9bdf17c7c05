# AttributeError wording for instances, builtins, None and classes
def attempt(f):
    try:
        f()
    except AttributeError as e:
        print(e)


class C:
    pass


attempt(lambda: (5).foo)  # expect: 'int' object has no attribute 'foo'
attempt(lambda: "s".bar())  # expect: 'str' object has no attribute 'bar'
attempt(lambda: None.x)  # expect: 'NoneType' object has no attribute 'x'
attempt(lambda: C.missing)  # expect: type object 'C' has no attribute 'missing'
attempt(lambda: [].push(1))  # expect: 'list' object has no attribute 'push'
print(getattr(C(), "q", "default"), hasattr(C(), "q"))  # expect: default False
