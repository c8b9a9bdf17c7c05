# tokens need no whitespace between them
x=3;y=4
print(x*y+x-y,x**2//y%5)  # expect: 11 2
print(x<y<=4!=5)  # expect: True
print([x,y][-1],-x)  # expect: 4 -3
print((x)if(y)else(0))  # expect: 3
