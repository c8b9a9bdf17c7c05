# fixed-point float specs with width, alignment, sign and precision
x = 3.14159
print(f"{x:.2f}")  # expect: 3.14
print(f"[{x:8.2f}]")  # expect: [    3.14]
print(f"[{x:>8.2f}]")  # expect: [    3.14]
print(f"[{x:<8.2f}]")  # expect: [3.14    ]
print(f"[{x:^9.3f}]")  # expect: [  3.142  ]
print(f"{x:.0f}")  # expect: 3
print(f"{2.5:.0f} {3.5:.0f}")  # expect: 2 4
print(f"{-x:.3f}")  # expect: -3.142
print(f"{x:+.1f}")  # expect: +3.1
print(f"{1/3:.10f}")  # expect: 0.3333333333
print(f"{2.675:.2f}")  # expect: 2.67
