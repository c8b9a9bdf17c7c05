# The two commands of the README:
#   make run    install missing Debian packages, configure, build, open the window on the lessons
#   make test   the same setup, then build and run every test with ctest
# Both are safe to repeat: installed packages are skipped and the build is incremental.

BUILD_DIR ?= build

# Everything the project needs from Debian 12, for building, running and testing.
PACKAGES := \
  cmake ninja-build g++ pkg-config python3 \
  libimgui-dev libglfw3-dev python3-glad libstb-dev \
  fontconfig libfontconfig-dev fonts-noto-cjk \
  libcli11-dev nlohmann-json3-dev libfmt-dev libgmp-dev libicu-dev \
  googletest libgtest-dev libbenchmark-dev clang-14 libclang-rt-14-dev \
  xvfb xauth libgl1-mesa-dri xdotool imagemagick

# apt-get needs root; anyone else goes through sudo.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
APT_GET := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get

.PHONY: run test bench build configure deps clean

run: build
	./$(BUILD_DIR)/looplab

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j2

# The trace benchmark (tests/bench): a summary table of the trace's numbers, then Google Benchmark.
bench: build
	./$(BUILD_DIR)/tests/bench/trace_bench

build: configure
	cmake --build $(BUILD_DIR)

# Once configured, ninja re-runs CMake by itself whenever a CMakeLists.txt changes.
configure: deps
	@test -f $(BUILD_DIR)/build.ninja || cmake -S . -B $(BUILD_DIR) -G Ninja

# Installs only what dpkg does not report as installed; `apt-get update` only when needed.
deps:
	@missing=""; \
	for package in $(PACKAGES); do \
	  status=$$(dpkg-query -W -f='$${Status}' $$package 2>/dev/null || true); \
	  [ "$$status" = "install ok installed" ] || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages:$$missing"; \
	  $(APT_GET) update && $(APT_GET) install -y --no-install-recommends $$missing; \
	fi

clean:
	rm -rf $(BUILD_DIR)
