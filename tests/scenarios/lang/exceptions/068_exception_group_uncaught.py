# an uncaught exception group: CPython's framed traceback on stderr, exit 1
print("start")  # expect: start
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    raise KeyError("x")
# expect exit: 1
# expect stderr:   | ExceptionGroup:  (2 sub-exceptions)
# expect stderr:   +-+---------------- 1 ----------------
# expect stderr:     | Exception Group Traceback (most recent call last):
# expect stderr:     |     raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
# expect stderr:     | ExceptionGroup: eg (1 sub-exception)
# expect stderr:     +-+---------------- 1 ----------------
# expect stderr:       | ValueError: 1
# expect stderr:       +------------------------------------
# expect stderr:     | 
# expect stderr:     | During handling of the above exception, another exception occurred:
# expect stderr:     | Traceback (most recent call last):
# expect stderr:     |     raise KeyError("x")
# expect stderr:     | KeyError: 'x'
# expect stderr:     +---------------- 2 ----------------
# expect stderr:       | TypeError: 2
