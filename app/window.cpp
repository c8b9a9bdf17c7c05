// The GLFW window, the OpenGL 3.3 context and ImGui's GLFW/OpenGL3 backends around MainWindow.
#include "app/window.h"

#include <glad/gl.h>  // before GLFW, which then includes no GL header of its own
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <system_error>

#include "app/fonts.h"
#include "app/main_window.h"
#include "app/screenshot.h"
#include "app/theme.h"

namespace looplab::app {
namespace {

constexpr int kPreferredWidth = 1600;
constexpr int kPreferredHeight = 900;
constexpr double kIdleWaitSeconds = 0.1;  // redraw at least this often without input

// GLFW reports errors through a callback. Until the window exists they are the reason for a
// NoDisplay result; after that they are printed.
std::string g_last_glfw_error;
bool g_print_glfw_errors = false;

void on_glfw_error(int code, const char* description) {
  g_last_glfw_error = std::string(description) + " (GLFW error " + std::to_string(code) + ")";
  if (g_print_glfw_errors) std::fprintf(stderr, "looplab: GLFW: %s\n", g_last_glfw_error.c_str());
}

// Ctrl+Q quits. Handled as a GLFW key event rather than through ImGui: ImGui 1.86 only sees
// which keys are down at each frame, so a press and release between two frames would be lost.
void on_key(GLFWwindow* window, int key, int /*scancode*/, int action, int mods) {
  if (key == GLFW_KEY_Q && action == GLFW_PRESS && (mods & GLFW_MOD_CONTROL) != 0)
    glfwSetWindowShouldClose(window, GLFW_TRUE);
}

// Ctrl+C in the terminal (or SIGTERM) closes the window the same way, so imgui.ini is still saved.
volatile std::sig_atomic_t g_stop_signal = 0;
void on_stop_signal(int signal_number) { g_stop_signal = signal_number; }

// $XDG_CONFIG_HOME/looplab/imgui.ini, or ~/.config/looplab/imgui.ini. Never the working directory:
// empty when neither can be created, and then ImGui saves nothing.
std::string imgui_ini_path() {
  namespace fs = std::filesystem;
  fs::path dir;
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg != nullptr && xdg[0] == '/')
    dir = fs::path(xdg) / "looplab";
  else if (const char* home = std::getenv("HOME"); home != nullptr && home[0] == '/')
    dir = fs::path(home) / ".config" / "looplab";
  else
    return {};
  std::error_code ec;
  fs::create_directories(dir, ec);
  return ec ? std::string() : (dir / "imgui.ini").string();
}

// GLFW, one window with its GL context, and an ImGui context bound to both. Torn down in reverse.
class GuiSession {
 public:
  enum class Purpose { Interactive, Screenshot };

  ~GuiSession() {
    if (imgui_ready_) {
      ImGui_ImplOpenGL3_Shutdown();
      ImGui_ImplGlfw_Shutdown();
    }
    if (ImGui::GetCurrentContext() != nullptr) ImGui::DestroyContext();  // saves imgui.ini
    if (window_ != nullptr) glfwDestroyWindow(window_);
    if (glfw_ready_) glfwTerminate();
    g_print_glfw_errors = false;
  }

  // Returns a status other than Closed when the window cannot be had.
  WindowResult open(Purpose purpose, int width, int height, WindowRequest content) {
    glfwSetErrorCallback(on_glfw_error);
    if (!glfwInit()) return {WindowResult::Status::NoDisplay, "GLFW could not start: " + g_last_glfw_error};
    glfw_ready_ = true;

    if (purpose == Purpose::Interactive) fit_to_screen(width, height);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_VISIBLE, purpose == Purpose::Interactive ? GLFW_TRUE : GLFW_FALSE);
    window_ = glfwCreateWindow(width, height, "looplab", nullptr, nullptr);
    if (window_ == nullptr)
      return {WindowResult::Status::NoDisplay, "no OpenGL 3.3 window could be created: " + g_last_glfw_error};
    g_print_glfw_errors = true;

    glfwMakeContextCurrent(window_);
    if (gladLoadGL(glfwGetProcAddress) == 0)
      return {WindowResult::Status::Failed, "the OpenGL 3.3 functions could not be loaded"};
    glfwSwapInterval(purpose == Purpose::Interactive ? 1 : 0);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    // A screenshot must not depend on, or change, the user's saved window state.
    ini_path_ = purpose == Purpose::Interactive ? imgui_ini_path() : std::string();
    io.IniFilename = ini_path_.empty() ? nullptr : ini_path_.c_str();
    io.LogFilename = nullptr;

    float scale = 1.0f;
    glfwGetWindowContentScale(window_, &scale, nullptr);
    apply_dark_theme(scale);
    ui_ = std::make_unique<MainWindow>(std::move(content));
    const Fonts fonts = load_fonts(ui_->text_for_fonts(), scale);
    io.FontDefault = fonts.ui;
    ui_->set_code_font(fonts.code);

    glfwSetKeyCallback(window_, on_key);  // before ImGui's backend, which then chains to it
    if (!ImGui_ImplGlfw_InitForOpenGL(window_, true) || !ImGui_ImplOpenGL3_Init("#version 330 core"))
      return {WindowResult::Status::Failed, "the ImGui GLFW/OpenGL3 backends could not start"};
    imgui_ready_ = true;
    return {};
  }

  GLFWwindow* window() const { return window_; }
  MainWindow& ui() { return *ui_; }

  // Draws one frame into the back buffer; returns false (drawing nothing) while minimised.
  bool draw_frame() {
    int width = 0, height = 0;
    glfwGetFramebufferSize(window_, &width, &height);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ui_->draw_frame();
    ImGui::Render();
    if (width <= 0 || height <= 0) return false;
    glViewport(0, 0, width, height);
    const ImVec4 background = ui_colors().window_background;
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    return true;
  }

 private:
  // Shrinks the preferred size to the primary monitor's work area (small screens, Xvfb's 640x480).
  static void fit_to_screen(int& width, int& height) {
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    if (monitor == nullptr) return;
    int x, y, screen_width = 0, screen_height = 0;
    glfwGetMonitorWorkarea(monitor, &x, &y, &screen_width, &screen_height);
    if (screen_width > 0) width = std::min(width, screen_width);
    if (screen_height > 0) height = std::min(height, screen_height);
  }

  bool glfw_ready_ = false;
  bool imgui_ready_ = false;
  GLFWwindow* window_ = nullptr;
  std::string ini_path_;  // io.IniFilename points into this
  std::unique_ptr<MainWindow> ui_;
};

}  // namespace

bool window_is_built_in() { return true; }

WindowResult open_main_window(const WindowRequest& request) {
  GuiSession session;
  WindowResult opened = session.open(GuiSession::Purpose::Interactive, kPreferredWidth, kPreferredHeight, request);
  if (opened.status != WindowResult::Status::Closed) return opened;

  std::signal(SIGINT, on_stop_signal);
  std::signal(SIGTERM, on_stop_signal);
  while (!glfwWindowShouldClose(session.window()) && !session.ui().quit_requested() && g_stop_signal == 0) {
    glfwWaitEventsTimeout(kIdleWaitSeconds);
    if (session.draw_frame()) glfwSwapBuffers(session.window());
  }
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  return {};
}

WindowResult render_screenshot(const RenderRequest& request) {
  GuiSession session;
  WindowResult opened = session.open(GuiSession::Purpose::Screenshot, request.width, request.height, request.content);
  if (opened.status != WindowResult::Status::Closed) return opened;

  for (int frame = 1; frame <= request.frames; ++frame) {
    glfwPollEvents();
    if (!session.draw_frame()) return {WindowResult::Status::Failed, "the window has no pixels to draw into"};
    if (frame == request.frames) {
      int width = 0, height = 0;
      glfwGetFramebufferSize(session.window(), &width, &height);
      std::string error;
      if (!write_back_buffer_png(request.png_path, width, height, error))
        return {WindowResult::Status::Failed, error};
    }
    glfwSwapBuffers(session.window());
  }
  return {};
}

}  // namespace looplab::app
