#include "app/screenshot.h"

#include <glad/gl.h>
#include <stb_image_write.h>  // libstb exports stbi_write_png; no implementation is compiled here

#include <cerrno>
#include <cstring>
#include <vector>

namespace looplab::app {

bool write_back_buffer_png(const std::string& path, int width, int height, std::string& error) {
  std::vector<unsigned char> pixels(static_cast<size_t>(width) * height * 3);
  glReadBuffer(GL_BACK);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);  // rows are tightly packed, whatever the width
  glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  if (GLenum gl_error = glGetError(); gl_error != GL_NO_ERROR) {
    error = "glReadPixels failed with OpenGL error " + std::to_string(gl_error);
    return false;
  }
  stbi_flip_vertically_on_write(1);  // OpenGL's first row is the bottom one
  errno = 0;
  if (!stbi_write_png(path.c_str(), width, height, 3, pixels.data(), width * 3)) {
    error = "cannot write '" + path + "'" + (errno != 0 ? std::string(": ") + std::strerror(errno) : "");
    return false;
  }
  return true;
}

}  // namespace looplab::app
