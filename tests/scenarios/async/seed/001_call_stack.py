# the article's call-stack example: a plain function call inside main()
def a_func(x):
    return x-2

def main():
    some_value = 12
    some_other_value = a_func(some_value)

main()

