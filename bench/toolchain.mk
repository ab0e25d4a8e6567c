# Toolchain benchmarks (bench/toolchain/): code size and compile time of
# halite-cc against plain gcc, each measured against gcc in the same run.
.PHONY: bench-codesize bench-buildtime
bench-codesize: $(HALITE_CC) $(REWRITE_BIN) libc
	bash bench/toolchain/codesize.sh
bench-buildtime: $(HALITE_CC) $(REWRITE_BIN) libc
	bash bench/toolchain/buildtime.sh
bench: bench-codesize bench-buildtime
# The top Makefile runs with -j: under `make bench`, run the benchmarks one
# after another so that none times another's load.
ifneq ($(filter bench,$(MAKECMDGOALS)),)
bench-codesize: | bench-validator
bench-buildtime: | bench-validator bench-codesize
endif
