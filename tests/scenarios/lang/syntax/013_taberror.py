# a tab-indented line after a space-indented line in the same block
# error at 5:1: TabError: inconsistent use of tabs and spaces in indentation
if True:
        x = 1
	y = 2
