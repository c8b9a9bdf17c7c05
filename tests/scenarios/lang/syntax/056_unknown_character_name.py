# a \N{...} escape whose name Unicode does not know: the position counts bytes of the literal
label = "price"
# error at 5:51: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 25-40: unknown Unicode character name
print(label)
text = "price: \N{DOLLAR SIGN}5, \N{DOLLARS SIGN}"
