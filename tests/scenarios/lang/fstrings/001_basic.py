# f-strings interpolate expressions; F prefix and empty f-string
name = "Ann"
age = 30
print(f"{name} is {age}")  # expect: Ann is 30
print(f"{age + 1}")  # expect: 31
print(F"upper F {name}")  # expect: upper F Ann
print(f"")  # expect: 
print(f"{'nested quotes'}")  # expect: nested quotes
print(f"no fields")  # expect: no fields
print(f"{name}{age}{name}")  # expect: Ann30Ann
