# an exception raised in else is not handled by the same try's except clauses
try:
    try:
        x = 1
    except ValueError:
        print("not here")
    else:
        print("else runs")  # expect: else runs
        raise ValueError("from else")
except ValueError as e:
    print("outer got", e)  # expect: outer got from else
