# nested groups are framed one level deeper; a group's members raised elsewhere show their
# own tracebacks
class AppError(Exception):
    pass


class Batch(ExceptionGroup):
    pass


def check(value):
    if value < 0:
        raise AppError(f"negative: {value}")
    return value


errors = []
for value in [1, -2, -3]:
    try:
        check(value)
    except AppError as e:
        errors.append(e)


def run():
    raise Batch("batch", [errors[0], ExceptionGroup("more", [errors[1], TypeError()])])


run()
# expect exit: 1
# expect stderr:   + Exception Group Traceback (most recent call last):
# expect stderr:   |     run()
# expect stderr:   |     raise Batch("batch", [errors[0], ExceptionGroup("more", [errors[1], TypeError()])])
# expect stderr:   | Batch: batch (2 sub-exceptions)
# expect stderr:   +-+---------------- 1 ----------------
# expect stderr:     | Traceback (most recent call last):
# expect stderr:     |     check(value)
# expect stderr:     |     raise AppError(f"negative: {value}")
# expect stderr:     | AppError: negative: -2
# expect stderr:     +---------------- 2 ----------------
# expect stderr:     | ExceptionGroup: more (2 sub-exceptions)
# expect stderr:     +-+---------------- 1 ----------------
# expect stderr:       | Traceback (most recent call last):
# expect stderr:       |     check(value)
# expect stderr:       |     raise AppError(f"negative: {value}")
# expect stderr:       | AppError: negative: -3
# expect stderr:       +---------------- 2 ----------------
# expect stderr:       | TypeError
# expect stderr:       +------------------------------------
