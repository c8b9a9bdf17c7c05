# float literal forms: leading/trailing dot, exponents, overflow to inf
print(1e3, 1E3, 1e-3)  # expect: 1000.0 1000.0 0.001
print(.5, 5., 0.)  # expect: 0.5 5.0 0.0
print(1.5e+2)  # expect: 150.0
print(1e0, 0e0)  # expect: 1.0 0.0
print(00.5, 007.5)  # expect: 0.5 7.5
print(1e400, -1e400)  # expect: inf -inf
print(1e-400)  # expect: 0.0
print(2.5E-3)  # expect: 0.0025
