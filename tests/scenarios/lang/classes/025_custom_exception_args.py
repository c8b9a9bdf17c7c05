# custom exception classes: args, str and repr
class AppError(Exception):
    pass


class CodeError(AppError):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code


try:
    raise AppError("bad", 42)
except AppError as e:
    print(e.args, str(e))  # expect: ('bad', 42) ('bad', 42)
try:
    raise CodeError(404, "not found")
except AppError as e:
    print(e, e.code, e.args)  # expect: [404] not found 404 ('[404] not found',)
print(repr(AppError("x")))  # expect: AppError('x')
print(repr(str(AppError())))  # expect: ''
