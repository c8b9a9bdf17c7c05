# % formatting of floats: rounding, %g, %c, %i
print("%.2f" % 2.675)  # expect: 2.67
print("%.0f %.0f" % (0.5, 1.5))  # expect: 0 2
print("[%10.3f]" % -3.14159)  # expect: [    -3.142]
print("%g %g %g" % (0.0001, 1e-5, 123456789.0))  # expect: 0.0001 1e-05 1.23457e+08
print("%s %r" % (0.1, 0.1))  # expect: 0.1 0.1
print("%i" % 7)  # expect: 7
print("%c%c" % (72, "i"))  # expect: Hi
print("%f" % 1)  # expect: 1.000000
