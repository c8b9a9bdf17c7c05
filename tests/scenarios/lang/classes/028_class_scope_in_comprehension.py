# class-body names are not visible inside comprehension bodies (except the first iterable)
class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
    factor = 3
    try:
        tripled = [v * factor for v in vals]
    except NameError as e:
        msg = str(e)


print(K.doubled)  # expect: [2, 4]
print(K.msg)  # expect: name 'factor' is not defined
print(hasattr(K, "tripled"))  # expect: False
