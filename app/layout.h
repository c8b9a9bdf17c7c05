// Where each panel goes by default. ImGui 1.86 has no docking, so the panels are tiled from the
// size of the viewport: plain arithmetic, no ImGui, so tests can check it without a window.
#pragma once
#include <array>

namespace looplab::app {

enum class PanelId { Source, Tasks, Stacks, EventLoop, Console, Timeline, Narration };
inline constexpr int kPanelCount = 7;

struct Rect {
  float x = 0, y = 0, width = 0, height = 0;
  float right() const { return x + width; }
  float bottom() const { return y + height; }
  bool operator==(const Rect&) const = default;
};

using PanelLayout = std::array<Rect, kPanelCount>;  // indexed by PanelId

//  +-----------+---------+-----------+
//  |  Source   |  Tasks  | EventLoop |
//  |           +---------+-----------+
//  +-----------+ Stacks  | Narration |
//  |  Console  |         |           |
//  +-----------+---------+-----------+
//  |            Timeline             |
//  +---------------------------------+
// Every edge is a whole pixel and neighbours share their edges exactly: no gaps, no overlap.
PanelLayout default_layout(const Rect& work_area);

inline const Rect& slot(const PanelLayout& layout, PanelId id) { return layout[static_cast<int>(id)]; }

}  // namespace looplab::app
