# title: The call stack / 函数调用栈
def a_func(x):
    return x-2

def main():
    some_value = 12
    some_other_value = a_func(some_value)

main()
