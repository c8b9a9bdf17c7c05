# % formatting with a mapping uses %(name)s keys
data = {"name": "Bo", "n": 3}
print("%(name)s has %(n)d" % data)  # expect: Bo has 3
print("%(n)03d" % data)  # expect: 003
print("%(name)r" % data)  # expect: 'Bo'
print("%(n)s%(n)s" % data)  # expect: 33
print("%(x)s" % {"x": {"a": 1}})  # expect: {'a': 1}
