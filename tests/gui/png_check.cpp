// Checks a screenshot from `looplab render`: the right size, not blank, a menu bar with text in
// it, and program text in the Source panel's slot of the default layout.
//   gui_png_check SHOT.png WIDTH HEIGHT
#include <stb_image.h>  // libstb exports stbi_load; no implementation is compiled here

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "app/layout.h"

namespace {

using looplab::app::PanelId;
using looplab::app::Rect;

constexpr int kMenuBarRows = 25;    // the menu bar is at least this tall
constexpr int kSourceHeading = 90;  // Source panel: title bar, lesson title, file name, separator

struct Image {
  int width = 0, height = 0;
  std::unique_ptr<unsigned char, void (*)(void*)> pixels{nullptr, stbi_image_free};

  unsigned rgb(int x, int y) const {
    const unsigned char* p = pixels.get() + (static_cast<size_t>(y) * width + x) * 3;
    return p[0] << 16 | p[1] << 8 | p[2];
  }
};

int failures = 0;
void check(bool ok, const std::string& what) {
  std::printf("%s: %s\n", ok ? "ok" : "FAILED", what.c_str());
  if (!ok) ++failures;
}

std::set<unsigned> colours_in(const Image& image, int x0, int y0, int x1, int y1) {
  std::set<unsigned> colours;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) colours.insert(image.rgb(x, y));
  return colours;
}

int channel_distance(unsigned a, unsigned b) {
  int sum = 0;
  for (int shift : {16, 8, 0}) sum += std::abs(static_cast<int>((a >> shift) & 0xff) - static_cast<int>((b >> shift) & 0xff));
  return sum;
}

// Rows of the region that hold "ink": a pixel clearly unlike the region's background colour.
int rows_with_ink(const Image& image, int x0, int y0, int x1, int y1) {
  std::map<unsigned, int> counts;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) ++counts[image.rgb(x, y)];
  unsigned background = 0;
  int most = 0;
  for (auto [colour, count] : counts)
    if (count > most) most = count, background = colour;
  int rows = 0;
  for (int y = y0; y < y1; ++y) {
    for (int x = x0; x < x1; ++x) {
      if (channel_distance(image.rgb(x, y), background) > 120) {
        ++rows;
        break;
      }
    }
  }
  return rows;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s SHOT.png WIDTH HEIGHT\n", argv[0]);
    return 2;
  }
  const int want_width = std::atoi(argv[2]), want_height = std::atoi(argv[3]);
  Image image;
  int channels = 0;
  image.pixels.reset(stbi_load(argv[1], &image.width, &image.height, &channels, 3));
  if (!image.pixels) {
    std::printf("FAILED: cannot read %s: %s\n", argv[1], stbi_failure_reason());
    return 1;
  }

  check(image.width == want_width && image.height == want_height,
        "size is " + std::to_string(image.width) + "x" + std::to_string(image.height) + ", expected " +
            std::to_string(want_width) + "x" + std::to_string(want_height));
  if (failures > 0) return 1;

  const size_t all_colours = colours_in(image, 0, 0, image.width, image.height).size();
  check(all_colours >= 50, "not blank: " + std::to_string(all_colours) + " distinct colours");

  const size_t menu_colours = colours_in(image, 0, 0, image.width, kMenuBarRows).size();
  check(menu_colours >= 5, "menu bar has text: " + std::to_string(menu_colours) + " distinct colours in the top " +
                               std::to_string(kMenuBarRows) + " rows");

  // The code area of the Source panel, where the default layout puts it.
  const Rect work_area{0, static_cast<float>(kMenuBarRows), static_cast<float>(image.width),
                       static_cast<float>(image.height - kMenuBarRows)};
  const Rect source = slot(looplab::app::default_layout(work_area), PanelId::Source);
  const int x0 = static_cast<int>(source.x) + 4, x1 = static_cast<int>(source.right()) - 20;
  const int y0 = static_cast<int>(source.y) + kSourceHeading, y1 = static_cast<int>(source.bottom()) - 10;
  const int ink_rows = rows_with_ink(image, x0, y0, x1, y1);
  check(ink_rows >= 40, "Source panel shows program text: " + std::to_string(ink_rows) + " rows with text in x " +
                            std::to_string(x0) + ".." + std::to_string(x1) + ", y " + std::to_string(y0) + ".." +
                            std::to_string(y1));

  return failures == 0 ? 0 : 1;
}
