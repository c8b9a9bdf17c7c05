# ordering comparisons between unrelated types raise TypeError; == does not
def cmp(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


cmp(lambda: None < 1)  # expect: TypeError: '<' not supported between instances of 'NoneType' and 'int'
cmp(lambda: "a" < 1)  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
cmp(lambda: [1] < (1,))  # expect: TypeError: '<' not supported between instances of 'list' and 'tuple'
cmp(lambda: 1 >= "1")  # expect: TypeError: '>=' not supported between instances of 'int' and 'str'
cmp(lambda: [1, "a"] < [1, 2])  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
cmp(lambda: None == 0)  # expect: False
cmp(lambda: "1" != 1)  # expect: True
