# a small parser built from split/strip/partition
line = " name = Alice ; age = 30 ; city = Paris "
fields = {}
for part in line.split(";"):
    k, v = part.split("=")
    fields[k.strip()] = v.strip()
print(fields)  # expect: {'name': 'Alice', 'age': '30', 'city': 'Paris'}
print(int(fields["age"]) + 1)  # expect: 31
print(sorted(fields))  # expect: ['age', 'city', 'name']
