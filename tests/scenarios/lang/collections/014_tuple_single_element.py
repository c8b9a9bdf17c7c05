# the comma makes a tuple, not the parentheses
a = (1,)
b = (1)
print(a, b)  # expect: (1,) 1
print(len(a))  # expect: 1
c = 1,
print(c)  # expect: (1,)
print(())  # expect: ()
print(tuple())  # expect: ()
print(tuple("ab"))  # expect: ('a', 'b')
print(("x",) * 3)  # expect: ('x', 'x', 'x')
print((1, 2) + (3,))  # expect: (1, 2, 3)
print(((1,),))  # expect: ((1,),)
