# int() parses long digit strings into exact big ints
s = "123" * 10
n = int(s)
print(n)  # expect: 123123123123123123123123123123
print(n + 1)  # expect: 123123123123123123123123123124
print(n % 1000)  # expect: 123
print(len(str(n * n)))  # expect: 59
print(int("-" + "9" * 25) - 1)  # expect: -10000000000000000000000000
print(str(n)[::-1][:6])  # expect: 321321
