# splitlines handles \n, \r\n and \r; split("\n") does not
s = "one\ntwo\r\nthree\rfour\n"
print(s.splitlines())  # expect: ['one', 'two', 'three', 'four']
print(s.split("\n"))  # expect: ['one', 'two\r', 'three\rfour', '']
print("a\n\nb".splitlines())  # expect: ['a', '', 'b']
print("x\ny\n".splitlines(True))  # expect: ['x\n', 'y\n']
print("".splitlines())  # expect: []
print("no newline".splitlines())  # expect: ['no newline']
