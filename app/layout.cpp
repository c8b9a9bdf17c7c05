#include "app/layout.h"

#include <cmath>

namespace looplab::app {
namespace {

// Proportions of the work area; edges are rounded once so that neighbours agree on them.
constexpr float kTimelineShare = 0.20f;      // of the height
constexpr float kSourceColumnShare = 0.40f;  // of the width
constexpr float kMiddleColumnShare = 0.30f;  // of the width
constexpr float kSourceShare = 0.72f;        // of the left column above the timeline

Rect between(float left, float top, float right, float bottom) { return {left, top, right - left, bottom - top}; }

}  // namespace

PanelLayout default_layout(const Rect& area) {
  const float left = std::round(area.x), top = std::round(area.y);
  const float right = std::round(area.right()), bottom = std::round(area.bottom());
  const float width = right - left, height = bottom - top;

  const float timeline_top = std::round(bottom - height * kTimelineShare);
  const float column1 = std::round(left + width * kSourceColumnShare);
  const float column2 = std::round(left + width * (kSourceColumnShare + kMiddleColumnShare));
  const float source_bottom = std::round(top + (timeline_top - top) * kSourceShare);
  const float middle = std::round(top + (timeline_top - top) * 0.5f);

  PanelLayout layout;
  auto at = [&layout](PanelId id) -> Rect& { return layout[static_cast<int>(id)]; };
  at(PanelId::Source) = between(left, top, column1, source_bottom);
  at(PanelId::Console) = between(left, source_bottom, column1, timeline_top);
  at(PanelId::Tasks) = between(column1, top, column2, middle);
  at(PanelId::Stacks) = between(column1, middle, column2, timeline_top);
  at(PanelId::EventLoop) = between(column2, top, right, middle);
  at(PanelId::Narration) = between(column2, middle, right, timeline_top);
  at(PanelId::Timeline) = between(left, timeline_top, right, bottom);
  return layout;
}

}  // namespace looplab::app
