# int + str raises TypeError naming both operand types
count = 1
print(count + 2)  # expect: 3
print(count + "2")
print("unreachable")
# expect runtime error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
