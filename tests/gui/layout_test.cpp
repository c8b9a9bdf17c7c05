// The default layout tiles the work area: every panel inside it, none overlapping another,
// together covering all of it, each big enough to be read.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/layout.h"

namespace looplab::app {
namespace {

float overlap_area(const Rect& a, const Rect& b) {
  const float width = std::min(a.right(), b.right()) - std::max(a.x, b.x);
  const float height = std::min(a.bottom(), b.bottom()) - std::max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

void expect_tiles(const Rect& area, float min_width, float min_height) {
  const PanelLayout layout = default_layout(area);
  float covered = 0;
  for (int i = 0; i < kPanelCount; ++i) {
    const Rect& r = layout[i];
    SCOPED_TRACE(testing::Message() << "panel " << i);
    EXPECT_GE(r.x, area.x);
    EXPECT_GE(r.y, area.y);
    EXPECT_LE(r.right(), area.right());
    EXPECT_LE(r.bottom(), area.bottom());
    EXPECT_GE(r.width, min_width);
    EXPECT_GE(r.height, min_height);
    EXPECT_EQ(r.x, static_cast<float>(static_cast<int>(r.x))) << "edges are whole pixels";
    EXPECT_EQ(r.y, static_cast<float>(static_cast<int>(r.y))) << "edges are whole pixels";
    covered += r.width * r.height;
    for (int j = i + 1; j < kPanelCount; ++j) EXPECT_EQ(overlap_area(r, layout[j]), 0) << "with panel " << j;
  }
  EXPECT_EQ(covered, area.width * area.height) << "no gaps";
}

// The work area is the window below a menu bar of about 23 px.
TEST(DefaultLayout, TilesA1366x768Window) { expect_tiles({0, 23, 1366, 768 - 23}, 300, 140); }
TEST(DefaultLayout, TilesA1920x1080Window) { expect_tiles({0, 23, 1920, 1080 - 23}, 400, 200); }
TEST(DefaultLayout, TilesA1600x900Window) { expect_tiles({0, 23, 1600, 900 - 23}, 350, 160); }
TEST(DefaultLayout, TilesASmallWindow) { expect_tiles({0, 23, 640, 480 - 23}, 100, 80); }

TEST(DefaultLayout, SourceIsTopLeftAndTimelineSpansTheBottom) {
  const Rect area{0, 23, 1600, 877};
  const PanelLayout layout = default_layout(area);
  EXPECT_EQ(slot(layout, PanelId::Source).x, 0);
  EXPECT_EQ(slot(layout, PanelId::Source).y, 23);
  EXPECT_EQ(slot(layout, PanelId::Timeline).width, 1600);
  EXPECT_EQ(slot(layout, PanelId::Timeline).bottom(), 900);
}

}  // namespace
}  // namespace looplab::app
