# stacked decorators: expressions evaluate top-down, application is bottom-up
def tag(name):
    def deco(f):
        def w():
            return f"<{name}>{f()}</{name}>"
        return w
    return deco


@tag("b")
@tag("i")
def text():
    return "x"


print(text())  # expect: <b><i>x</i></b>
order = []


def trace(label):
    order.append("factory " + label)

    def deco(f):
        order.append("apply " + label)
        return f
    return deco


@trace("outer")
@trace("inner")
def g():
    pass


print(order)  # expect: ['factory outer', 'factory inner', 'apply inner', 'apply outer']
