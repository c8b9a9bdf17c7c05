# default parameter values and keyword arguments in any order
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


print(greet("Ann"))  # expect: Hello, Ann!
print(greet("Bo", "Hi"))  # expect: Hi, Bo!
print(greet("Cy", punct="?"))  # expect: Hello, Cy?
print(greet(greeting="Yo", name="Di"))  # expect: Yo, Di!
print(greet("Ed", "Hey", "."))  # expect: Hey, Ed.
