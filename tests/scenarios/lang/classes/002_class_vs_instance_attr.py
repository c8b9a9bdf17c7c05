# instance attributes shadow class attributes; mutable class attributes are shared
class Dog:
    species = "canine"
    tricks = []

    def __init__(self, name):
        self.name = name


a = Dog("rex")
b = Dog("fido")
print(a.species, b.species)  # expect: canine canine
a.species = "wolf"
print(a.species, b.species, Dog.species)  # expect: wolf canine canine
Dog.species = "dog"
print(a.species, b.species)  # expect: wolf dog
a.tricks.append("sit")
print(b.tricks, Dog.tricks)  # expect: ['sit'] ['sit']
del a.species
print(a.species)  # expect: dog
