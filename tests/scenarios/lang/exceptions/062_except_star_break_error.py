# break may not leave an except* clause: what the clauses leave unhandled must still be re-raised
# error at 7:9: SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block
for i in range(3):
    try:
        pass
    except* ValueError:
        break
