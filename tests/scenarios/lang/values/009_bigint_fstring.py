# big ints inside f-strings and with format specs
big = 2 ** 70
print(f"{big}")  # expect: 1180591620717411303424
print(f"{big:,}")  # expect: 1,180,591,620,717,411,303,424
print(f"{big:_}")  # expect: 1_180_591_620_717_411_303_424
print(f"[{-big:>26}]")  # expect: [   -1180591620717411303424]
print(f"{big:x}")  # expect: 400000000000000000
print(f"{big + 1:b}"[-3:])  # expect: 001
print(f"{big:e}")  # expect: 1.180592e+21
print("%d" % big)  # expect: 1180591620717411303424
