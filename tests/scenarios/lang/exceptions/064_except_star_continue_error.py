# continue inside an except* clause, even through a finally inside it
# error at 10:13: SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block
while True:
    try:
        pass
    except* ValueError:
        try:
            print("cleanup")
        finally:
            continue
