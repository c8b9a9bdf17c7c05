// Source: the program being shown, with line numbers.
#include <string>
#include <string_view>
#include <vector>

#include "app/panels/panel.h"
#include "app/theme.h"

namespace looplab::app {
namespace {

class SourcePanel final : public Panel {
 public:
  SourcePanel() : Panel(PanelId::Source, "Source") {}

  std::string text_for_fonts() const override { return std::string(title()) + kNoDocument; }

 protected:
  void draw_contents(const PanelContext& context) override {
    if (context.document == nullptr) {
      draw_placeholder(kNoDocument);
      return;
    }
    const Document& document = *context.document;
    if (context.document_generation != split_generation_) {
      split_into_lines(document.source);
      split_generation_ = context.document_generation;
    }

    ImGui::PushStyleColor(ImGuiCol_Text, ui_colors().heading);
    ImGui::TextUnformatted(document.title.c_str());
    ImGui::PopStyleColor();
    ImGui::PushStyleColor(ImGuiCol_Text, ui_colors().placeholder);
    ImGui::TextUnformatted(document.file_name.c_str());
    ImGui::PopStyleColor();
    ImGui::Separator();

    ImGui::BeginChild("##code", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    if (context.code_font != nullptr) ImGui::PushFont(context.code_font);
    draw_lines();
    if (context.code_font != nullptr) ImGui::PopFont();
    ImGui::EndChild();
  }

 private:
  static constexpr const char* kNoDocument = "No program is loaded. Choose one from the Lesson menu.";

  void split_into_lines(const std::string& source) {
    lines_.clear();
    std::string_view rest(source);
    while (!rest.empty()) {
      size_t end = rest.find('\n');
      std::string_view line = rest.substr(0, end);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      lines_.push_back(line);
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    }
  }

  void draw_lines() {
    const int digits = static_cast<int>(std::to_string(lines_.size()).size());
    // Code reads best with lines packed like in an editor; the gutter gets a wider gap instead.
    const ImVec2 spacing = ImGui::GetStyle().ItemSpacing;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing.x, 0));
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(lines_.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        ImGui::TextColored(ui_colors().line_number, "%*d", digits, i + 1);
        ImGui::SameLine(0, spacing.x * 2);
        const std::string_view line = lines_[i];
        ImGui::TextUnformatted(line.data(), line.data() + line.size());
      }
    }
    ImGui::PopStyleVar();
  }

  // Views into the shown document's source; rebuilt when a different document is shown.
  unsigned split_generation_ = ~0u;
  std::vector<std::string_view> lines_;
};

}  // namespace

std::unique_ptr<Panel> make_source_panel() { return std::make_unique<SourcePanel>(); }

}  // namespace looplab::app
