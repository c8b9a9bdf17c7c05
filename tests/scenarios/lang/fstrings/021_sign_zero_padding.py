# zero padding, = alignment and explicit signs
print(f"{3.5:08.2f}")  # expect: 00003.50
print(f"{-3.5:08.2f}")  # expect: -0003.50
print(f"[{42:=+8}]")  # expect: [+     42]
print(f"{42:0>8}")  # expect: 00000042
print(f"{-42:0<6}")  # expect: -42000
print(f"{1.0:+}")  # expect: +1.0
print(f"[{-7:^5}]")  # expect: [ -7  ]
print(f"[{7: }]")  # expect: [ 7]
