# str.format with width/fill/precision inside fields
print("{:*^9}".format("mid"))  # expect: ***mid***
print("{:08.3f}".format(-3.14159))  # expect: -003.142
print("{:,}".format(1234567))  # expect: 1,234,567
print("[{0:>{1}}]".format("r", 4))  # expect: [   r]
print("{:x}".format(3054))  # expect: bee
