// Python source files the app shows: the built-in lessons and files named on the command line.
#pragma once
#include <string>
#include <vector>

namespace looplab::app {

struct Document {
  std::string path;       // as given, or the lesson's path in the assets folder
  std::string file_name;  // last path component, e.g. "01_call_stack.py"
  std::string title;      // from a first line "# title: ..."; the file name otherwise
  std::string source;     // the file's bytes
};

// Reads a file. On failure returns false and sets `error` to
// "cannot open 'PATH': REASON" (REASON from the OS, e.g. "No such file or directory").
bool load_document(const std::string& path, Document& out, std::string& error);

// The folder holding the built-in lessons: `assets/lessons` next to the binary, else the source
// tree's copy baked in at build time. Empty when neither exists.
std::string find_lessons_dir();

// All `*.py` files of the lessons folder, sorted by file name. Files that cannot be read are
// skipped with a line in `warnings`.
std::vector<Document> load_builtin_lessons(std::string& warnings);

}  // namespace looplab::app
