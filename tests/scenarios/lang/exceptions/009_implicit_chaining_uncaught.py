# raising inside an except block chains implicitly; the last line is the new error
try:
    {}["k"]
except KeyError:
    raise RuntimeError("during handling")
# expect runtime error: RuntimeError: during handling
