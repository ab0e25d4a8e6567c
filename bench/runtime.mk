# Runtime benchmarks (bench/runtime/): `halite run` start-up, the cost of a
# runtime call, and compute workloads, each against native code measured in
# the same run (see the scripts' headers).
#
# Prerequisites are spelled out ($(BUILD)/bin/...) rather than taken from
# HALITE_CC or REWRITE_BIN: toolchain/*/*.mk, which define those, are
# included after bench/*.mk, so they are still empty when these rules are
# read.
.PHONY: bench-run-hello bench-syscall bench-workloads bench-file-read
RUNTIME_BENCH_DEPS := $(BUILD)/bin/halite $(BUILD)/bin/halite-cc $(BUILD)/bin/halite-rewrite libc \
	$(BUILD)/bench/spawnbench
$(BUILD)/bench/spawnbench: bench/runtime/spawnbench.c bench/bench_time.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $< -lm -o $@
bench-run-hello: $(RUNTIME_BENCH_DEPS)
	BUILD=$(BUILD) bash bench/runtime/run_hello.sh
bench-syscall: $(RUNTIME_BENCH_DEPS)
	BUILD=$(BUILD) bash bench/runtime/syscall.sh
bench-workloads: $(RUNTIME_BENCH_DEPS)
	BUILD=$(BUILD) bash bench/runtime/workloads.sh
bench-file-read: $(RUNTIME_BENCH_DEPS)
	BUILD=$(BUILD) bash bench/runtime/file_read.sh
bench: bench-run-hello bench-syscall bench-workloads bench-file-read
# The top Makefile runs with -j: under `make bench`, run the benchmarks one
# after another (after those of bench/bench.mk and bench/toolchain.mk) so
# that none times another's load.
ifneq ($(filter bench,$(MAKECMDGOALS)),)
bench-run-hello: | bench-validator bench-codesize bench-buildtime
bench-syscall: | bench-run-hello
bench-workloads: | bench-syscall
bench-file-read: | bench-workloads
endif
