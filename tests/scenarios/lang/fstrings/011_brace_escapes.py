# doubled braces produce literal braces
x = 5
print(f"{{x}}")  # expect: {x}
print(f"{{{x}}}")  # expect: {5}
print(f"{{}}")  # expect: {}
print(f"{{{{")  # expect: {{
print("{{}}".format())  # expect: {}
print("{x}")  # expect: {x}
print(f"{'{'}{x}{'}'}")  # expect: {5}
