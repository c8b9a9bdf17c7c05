# pop by position, remove by value, and their errors
a = [10, 20, 30, 40]
print(a.pop())  # expect: 40
print(a.pop(0))  # expect: 10
print(a)  # expect: [20, 30]
print(a.pop(-1))  # expect: 30
b = [1, 2, 3, 2]
b.remove(2); print(b)  # expect: [1, 3, 2]
try:
    b.remove(9)
except ValueError as e:
    print(e)  # expect: list.remove(x): x not in list
try:
    [].pop()
except IndexError as e:
    print(e)  # expect: pop from empty list
try:
    [1].pop(5)
except IndexError as e:
    print(e)  # expect: pop index out of range
