# chaining inside a group is shown inside its frame, each line behind the margin
def convert(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"cannot convert {text!r}") from e


errors = []
for text in ["x", "12"]:
    try:
        convert(text)
    except RuntimeError as e:
        errors.append(e)
try:
    raise OSError("while reading")
except OSError:
    raise ExceptionGroup("conversion", errors)
# expect exit: 1
# expect stderr: Traceback (most recent call last):
# expect stderr:     raise OSError("while reading")
# expect stderr: OSError: while reading
# expect stderr: 
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr:   + Exception Group Traceback (most recent call last):
# expect stderr:   |     raise ExceptionGroup("conversion", errors)
# expect stderr:   | ExceptionGroup: conversion (1 sub-exception)
# expect stderr:   +-+---------------- 1 ----------------
# expect stderr:     | Traceback (most recent call last):
# expect stderr:     |     return int(text)
# expect stderr:     |            ^^^^^^^^^
# expect stderr:     | ValueError: invalid literal for int() with base 10: 'x'
# expect stderr:     | 
# expect stderr:     | The above exception was the direct cause of the following exception:
# expect stderr:     |     convert(text)
# expect stderr:     |     raise RuntimeError(f"cannot convert {text!r}") from e
# expect stderr:     | RuntimeError: cannot convert 'x'
# expect stderr:     +------------------------------------
