# raise ... from ... sets __cause__; the traceback's last line is the new exception
class ConfigError(Exception):
    pass


def load(d):
    try:
        return d["port"]
    except KeyError as e:
        raise ConfigError("missing port") from e


try:
    load({})
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__))  # expect: missing port | cause: KeyError('port')
print(load({"port": 80}))  # expect: 80
load({})
# expect runtime error: ConfigError: missing port
