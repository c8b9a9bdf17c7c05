#include "app/documents.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>

namespace looplab::app {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kTitlePrefix = "# title:";

std::string title_from_first_line(const std::string& source, const std::string& fallback) {
  std::string_view first_line(source);
  first_line = first_line.substr(0, first_line.find('\n'));
  if (!first_line.starts_with(kTitlePrefix)) return fallback;
  std::string_view title = first_line.substr(kTitlePrefix.size());
  while (!title.empty() && (title.front() == ' ' || title.front() == '\t')) title.remove_prefix(1);
  while (!title.empty() && (title.back() == ' ' || title.back() == '\r')) title.remove_suffix(1);
  return title.empty() ? fallback : std::string(title);
}

std::string executable_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : exe.parent_path().string();
}

}  // namespace

bool load_document(const std::string& path, Document& out, std::string& error) {
  // stdio rather than iostreams: errno then names the reason the OS gave.
  std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) {
    error = "cannot open '" + path + "': " + std::strerror(errno);
    return false;
  }
  std::string bytes;
  char buffer[1 << 14];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) bytes.append(buffer, n);
  if (std::ferror(file.get())) {  // e.g. EISDIR: a directory opens fine but cannot be read
    error = "cannot open '" + path + "': " + std::strerror(errno);
    return false;
  }
  out.path = path;
  out.file_name = fs::path(path).filename().string();
  out.title = title_from_first_line(bytes, out.file_name);
  out.source = std::move(bytes);
  return true;
}

std::string find_lessons_dir() {
  std::vector<std::string> candidates;
  if (std::string dir = executable_dir(); !dir.empty()) candidates.push_back(dir + "/assets/lessons");
  candidates.push_back(std::string(LOOPLAB_ASSETS_DIR) + "/lessons");
  for (const std::string& dir : candidates) {
    std::error_code ec;
    if (fs::is_directory(dir, ec)) return dir;
  }
  return {};
}

std::vector<Document> load_builtin_lessons(std::string& warnings) {
  std::vector<Document> lessons;
  const std::string dir = find_lessons_dir();
  if (dir.empty()) {
    warnings += "looplab: the built-in lessons were not found (looked next to the binary and in " +
                std::string(LOOPLAB_ASSETS_DIR) + "/lessons)\n";
    return lessons;
  }
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == ".py") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    Document lesson;
    std::string error;
    if (load_document(file.string(), lesson, error))
      lessons.push_back(std::move(lesson));
    else
      warnings += "looplab: " + error + "\n";
  }
  return lessons;
}

}  // namespace looplab::app
