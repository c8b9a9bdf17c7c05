# containers show their string elements with repr()
print(["a", 'b"', "c'"])  # expect: ['a', 'b"', "c'"]
print(("x",))  # expect: ('x',)
print({"k": "v\n"})  # expect: {'k': 'v\n'}
print(str(["tab\t"]))  # expect: ['tab\t']
print(["中", "\\"])  # expect: ['中', '\\']
print("top level strings are printed raw")  # expect: top level strings are printed raw
