# uncaught KeyError shows the repr of the key
config = {"host": "localhost"}
print(config["host"])  # expect: localhost
print(config["x"])
# expect runtime error: KeyError: 'x'
