# the `as` name is deleted at the end of the except clause
err = "before"
try:
    raise ValueError("x")
except ValueError as err:
    print("handled", err)  # expect: handled x
try:
    print(err)
except NameError as e:
    print(e)  # expect: name 'err' is not defined
