# The benchmark suite (bench/suite/): halite against native code and
# WebAssembly (wasm2c as Firefox's RLBox runs it, and V8 through node), side
# by side, on zlib, bzip2, xz, SQLite and Lua from Debian's source packages.
#
#   make bench-suite   builds (once) and runs it all: 5 interleaved runs of
#                      every variant, bench/results/suite-DATE.csv,
#                      suite-latest.{csv,md,png} (about 10 minutes after the
#                      one-time builds, which take about 6)
#   make bench-quick   small inputs, one run each: checks that every variant
#                      runs and agrees with native (under 2 minutes after the
#                      builds); CSV in build/bench/suite/results/suite-quick.csv
#   make bench-suite-analysis
#                      where halite loses time (start-up, code, nop merging,
#                      system calls, the C library, load latency), after
#                      bench-suite
#   make bench-suite-unsafe
#                      what the masked return and the bundles cost on Lua,
#                      with throwaway unsafe builds (bench/suite/unsafe.sh),
#                      after bench-suite
#
# bench/suite/deps.sh installs what the suite needs beyond scripts/deps.sh
# (clang/wasi-libc/wabt/gnuplot ...): only these targets run it, never
# `make` or `make test`. `make bench` runs bench-suite last.
.PHONY: bench-suite bench-quick bench-suite-build bench-suite-deps bench-suite-analysis \
	bench-suite-unsafe
SUITE_DEPS_STAMP := $(BUILD)/bench/.suite-deps-ok
bench-suite-deps: $(SUITE_DEPS_STAMP)
$(SUITE_DEPS_STAMP): bench/suite/deps.sh | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	bash bench/suite/deps.sh
	@touch $@
# After bench-validator-modules (bench.mk), which builds two of the same
# programs: never two build.sh writing the same files at once under -j.
bench-suite-build: $(SUITE_DEPS_STAMP) $(BUILD)/bin/halite $(BUILD)/bin/halite-cc $(BUILD)/bin/halite-rewrite libc \
		| bench-validator-modules
	BUILD=$(BUILD) bash bench/suite/build.sh
bench-suite: bench-suite-build
	BUILD=$(BUILD) bash bench/suite/run.sh
bench-quick: bench-suite-build
	BUILD=$(BUILD) QUICK=1 bash bench/suite/run.sh
bench: bench-suite
# Where halite loses time (bench/suite/analyze.sh; after bench-suite, whose
# inputs it reuses): bench/results/suite-analysis-latest.txt. Not in `bench`.
bench-suite-analysis: bench-suite-build
	BUILD=$(BUILD) bash bench/suite/analyze.sh
# The same, by unsafe builds (bench/suite/unsafe.sh). Not in `bench`.
bench-suite-unsafe: bench-suite-build
	BUILD=$(BUILD) bash bench/suite/unsafe.sh
# Under `make bench` (run with -j), after every other benchmark, so that none
# times another's load; its builds may overlap them, but not its runs.
ifneq ($(filter bench,$(MAKECMDGOALS)),)
bench-suite: | bench-workloads $(if $(EMBED_BENCH_DIR),bench-embed)
endif
