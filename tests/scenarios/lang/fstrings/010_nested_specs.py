# format specs can contain nested replacement fields
x = 3.14159
w = 10
p = 3
print(f"[{x:{w}}]")  # expect: [   3.14159]
print(f"[{x:{w}.{p}f}]")  # expect: [     3.142]
print(f"[{'ab':{'>'}{w}}]")  # expect: [        ab]
fmt = ".2f"
print(f"{x:{fmt}}")  # expect: 3.14
for width in (3, 5):
    print(f"[{7:{width}d}]")
# expect: [  7]
# expect: [    7]
