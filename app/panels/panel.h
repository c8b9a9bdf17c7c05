// A panel of the main window. The base class owns Begin/End and the placement; each panel in
// this folder only draws its contents, from what the PanelContext lets it read.
#pragma once
#include <imgui.h>

#include <memory>
#include <string>
#include <vector>

#include "app/documents.h"
#include "app/layout.h"

namespace looplab::app {

// Read-only view of what the panels show. Grows with the engine (trace, cursor) in later work.
struct PanelContext {
  const Document* document = nullptr;  // the lesson or file being shown; null if there is none
  unsigned document_generation = 0;    // changes whenever `document` is replaced
  ImFont* code_font = nullptr;
};

class Panel {
 public:
  Panel(PanelId id, const char* title) : id_(id), title_(title) {}
  virtual ~Panel() = default;

  PanelId id() const { return id_; }
  const char* title() const { return title_; }
  bool& visible() { return visible_; }

  // Draws the panel if visible. With `place_at`, moves and sizes it there first (this frame only).
  void draw(const PanelContext& context, const Rect* place_at);

  // Every fixed string the panel may show, so that the font atlas holds their characters.
  virtual std::string text_for_fonts() const { return title_; }

 protected:
  virtual void draw_contents(const PanelContext& context) = 0;

 private:
  PanelId id_;
  const char* title_;
  bool visible_ = true;
};

// A short, honest line saying what the panel will show once there is something to show.
void draw_placeholder(const char* text);

// One per file in this folder; all_panels() returns them in PanelId order.
std::unique_ptr<Panel> make_source_panel();
std::unique_ptr<Panel> make_tasks_panel();
std::unique_ptr<Panel> make_stacks_panel();
std::unique_ptr<Panel> make_event_loop_panel();
std::unique_ptr<Panel> make_console_panel();
std::unique_ptr<Panel> make_timeline_panel();
std::unique_ptr<Panel> make_narration_panel();
std::vector<std::unique_ptr<Panel>> all_panels();

}  // namespace looplab::app
