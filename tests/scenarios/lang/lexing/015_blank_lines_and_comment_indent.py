# blank lines, whitespace-only lines and oddly indented comments do not affect blocks
def g():
    x = 1
  
# a comment at column 0 inside the body

        # an over-indented comment
    return x


print(g())  # expect: 1
