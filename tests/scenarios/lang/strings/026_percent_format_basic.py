# printf-style % formatting with common conversions
print("%d items" % 5)  # expect: 5 items
print("%s and %s" % ("a", "b"))  # expect: a and b
print("%r" % "q")  # expect: 'q'
print("[%5.2f]" % 3.14159)  # expect: [ 3.14]
print("[%-5d]" % 42)  # expect: [42   ]
print("%x %X %o" % (255, 255, 8))  # expect: ff FF 10
print("%e" % 12345.678)  # expect: 1.234568e+04
print("100%%" % ())  # expect: 100%
print("%d%%" % 50)  # expect: 50%
print("%s" % [1, 2])  # expect: [1, 2]
print("%05d" % -42)  # expect: -0042
print("%+d %+d" % (5, -5))  # expect: +5 -5
print("%d" % 3.99)  # expect: 3
print("%s" % (1,))  # expect: 1
print("%.3s" % "abcdef")  # expect: abc
