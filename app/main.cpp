// looplab: step through Python asyncio programs. Everything the binary does starts in cli.cpp.
#include "app/cli.h"

int main(int argc, char** argv) { return looplab::app::run_command_line(argc, argv); }
