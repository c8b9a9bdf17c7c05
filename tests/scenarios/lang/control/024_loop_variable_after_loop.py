# the loop variable keeps its last value; an empty loop never binds it
for i in range(5):
    pass
print(i)  # expect: 4
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(e)  # expect: name 'j' is not defined
for k in range(3):
    if k == 1:
        break
print(k)  # expect: 1
