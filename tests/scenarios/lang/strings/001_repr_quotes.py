# repr() uses single quotes unless the text contains ' and no "
print(repr("hello"))  # expect: 'hello'
print(repr("it's"))  # expect: "it's"
print(repr('say "hi"'))  # expect: 'say "hi"'
print(repr("it's \"x\""))  # expect: 'it\'s "x"'
print(repr(""))  # expect: ''
print(repr("'"))  # expect: "'"
print(repr('"'))  # expect: '"'
print(repr("'\""))  # expect: '\'"'
