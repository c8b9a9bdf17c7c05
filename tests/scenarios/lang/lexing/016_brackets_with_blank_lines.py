# blank lines and comments inside brackets are ignored
result = [
    1,

    # comment line inside brackets

    2,
]
print(result)  # expect: [1, 2]
call = max(
    3,

    7,
)
print(call)  # expect: 7
