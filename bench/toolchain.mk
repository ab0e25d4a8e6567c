# Toolchain benchmarks (bench/toolchain/): code size and compile time of
# halite-cc against plain gcc, each measured against gcc in the same run;
# the cost of where a call sits in its bundle, against a native call.
.PHONY: bench-codesize bench-buildtime bench-call-layout
bench-codesize: $(HALITE_CC) $(REWRITE_BIN) libc
	bash bench/toolchain/codesize.sh
bench-buildtime: $(HALITE_CC) $(REWRITE_BIN) libc
	bash bench/toolchain/buildtime.sh
# Native code, without the tree's -Wa,-mbranches-within-32B-boundaries,
# which would move the calls (-no-pie: the masked returns keep 32 bits of
# the address).
$(BUILD)/bench/call_layout: bench/toolchain/call_layout.c bench/toolchain/call_layout.S bench/bench_time.h
	@mkdir -p $(@D)
	$(CC) -std=c17 -O2 $(WARN) -D_GNU_SOURCE -no-pie $(filter-out %.h,$^) -o $@
bench-call-layout: $(BUILD)/bench/call_layout
	$(BUILD)/bench/call_layout
bench: bench-codesize bench-buildtime bench-call-layout
# The top Makefile runs with -j: under `make bench`, run the benchmarks one
# after another so that none times another's load.
ifneq ($(filter bench,$(MAKECMDGOALS)),)
bench-codesize: | bench-validator
bench-buildtime: | bench-validator bench-codesize
bench-call-layout: | bench-buildtime
endif
