# tabs used consistently for indentation are fine
def f(x):
	if x:
		return "yes"
	return "no"


print(f(1), f(0))  # expect: yes no
for i in range(2):
	print(i)
# expect: 0
# expect: 1
