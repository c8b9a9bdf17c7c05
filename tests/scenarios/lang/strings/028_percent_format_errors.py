# % formatting argument errors
def fmt(template, args):
    try:
        print(template % args)
    except TypeError as e:
        print("TypeError:", e)


fmt("%d", "x")  # expect: TypeError: %d format: a real number is required, not str
fmt("%s %s", ("a",))  # expect: TypeError: not enough arguments for format string
fmt("%s", ("a", "b"))  # expect: TypeError: not all arguments converted during string formatting
fmt("%s", ((1, 2),))  # expect: (1, 2)
fmt("%s", [1, 2])  # expect: [1, 2]
