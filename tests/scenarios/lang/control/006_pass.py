# pass as an empty body in functions, classes, loops and ifs
def todo():
    pass


class Empty:
    pass


print(todo())  # expect: None
for i in range(2):
    pass
print(i)  # expect: 1
if True:
    pass
else:
    pass
print("done")  # expect: done
