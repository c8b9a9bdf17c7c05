# else runs only without an exception; finally always runs last
def run(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError:
        print("except")
    else:
        print("else", r)
    finally:
        print("finally")


run(2)
# expect: try 2
# expect: else 5.0
# expect: finally
run(0)
# expect: try 0
# expect: except
# expect: finally
