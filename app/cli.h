// The command line of `looplab`: subcommands run, trace, render, and the window by default.
#pragma once

namespace looplab::app {

// Parses argv, runs the chosen command and returns the process exit code.
int run_command_line(int argc, char** argv);

}  // namespace looplab::app
