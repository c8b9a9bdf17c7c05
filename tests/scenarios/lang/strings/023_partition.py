# partition/rpartition always return a 3-tuple
print("key=value=x".partition("="))  # expect: ('key', '=', 'value=x')
print("key=value=x".rpartition("="))  # expect: ('key=value', '=', 'x')
print("novalue".partition("="))  # expect: ('novalue', '', '')
print("novalue".rpartition("="))  # expect: ('', '', 'novalue')
k, _, v = "host: example".partition(": ")
print(k, v)  # expect: host example
