# comments at every position, including inside brackets and after colons
# leading comment
x = 1  # trailing
# between statements


def f():  # on the def line
    # inside the body
    return x  # after return
    # after the last statement


print(f())  # expect: 1
lst = [1,  # first
       2]  # second
print(lst)  # expect: [1, 2]
s = "# not a comment"
print(s)  # expect: # not a comment
