# a lone exception that no except* clause matches propagates unchanged
def f():
    try:
        raise KeyError("nobody catches me")
    except* ValueError:
        print("not reached")
    except* TypeError:
        print("not reached either")


f()
# expect runtime error: KeyError: 'nobody catches me'
