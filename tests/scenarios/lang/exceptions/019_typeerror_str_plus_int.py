# str + int has a different message than int + str
age = 30
print("age: " + str(age))  # expect: age: 30
print("age: " + age)
# expect runtime error: TypeError: can only concatenate str (not "int") to str
