# triple-quoted strings keep newlines and both quote kinds
s = """line one
line two
end"""
print(s)
# expect: line one
# expect: line two
# expect: end
print(len(s.splitlines()))  # expect: 3
t = '''has "double" and 'single' quotes'''
print(t)  # expect: has "double" and 'single' quotes
u = """\
no leading newline"""
print(u)  # expect: no leading newline
print(repr("""a
b"""))  # expect: 'a\nb'
