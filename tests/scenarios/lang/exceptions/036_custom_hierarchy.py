# handlers for a custom exception hierarchy
class AppError(Exception):
    pass


class NotFound(AppError):
    pass


class Forbidden(AppError):
    pass


for exc in [NotFound("page"), Forbidden("admin"), ValueError("v")]:
    try:
        raise exc
    except NotFound as e:
        print("404", e)
    except AppError as e:
        print("app error", type(e).__name__, e)
    except Exception as e:
        print("other", repr(e))
# expect: 404 page
# expect: app error Forbidden admin
# expect: other ValueError('v')
