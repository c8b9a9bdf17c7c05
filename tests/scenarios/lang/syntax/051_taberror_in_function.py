# a space-indented line after tab-indented lines in the same function
# error at 7:1: TabError: inconsistent use of tabs and spaces in indentation
def f():
	if True:
		x = 1
		y = 2
        return x
