# the = specifier shows the expression text, using repr unless a spec or !s is given
x = 10
name = "Bo"
print(f"{x=}")  # expect: x=10
print(f"{name=}")  # expect: name='Bo'
print(f"{x * 2=}")  # expect: x * 2=20
print(f"{x = }")  # expect: x = 10
print(f"{x=:5d}")  # expect: x=   10
print(f"{name=!s}")  # expect: name=Bo
print(f"{name=:>4}")  # expect: name=  Bo
print(f"{len(name)=}")  # expect: len(name)=2
