# StopIteration escaping a generator body becomes RuntimeError (PEP 479)
def gen():
    yield 1
    next(iter([]))
    yield 2


try:
    print(list(gen()))
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: generator raised StopIteration
    print(type(e.__cause__).__name__)  # expect: StopIteration
