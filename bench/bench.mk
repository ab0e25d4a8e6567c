# Benchmarks: `make bench` runs them all; none is run by `make test`.
.PHONY: bench bench-validator
$(BUILD)/bench/bench_validator: bench/validator/bench_validator.c bench/validator/code_files.c \
		bench/validator/code_files.h $(VALIDATOR_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(filter %.c %.a,$^) -o $@
# Real code: halite's libc (every object, as compiled by halite-cc), then
# the largest modules of the benchmark suite and the third-party tests when
# they are built; then the generated corpus.
BENCH_VALIDATOR_MODULES = $(wildcard $(BUILD)/bench/suite/halite/speedtest1 $(BUILD)/bench/suite/halite/lua \
	$(BUILD)/third_party/work/sqlite3/halite/sqlite3)
bench-validator: $(BUILD)/bench/bench_validator libc
	$(BUILD)/bench/bench_validator -r 9 $(BUILD)/sysroot/lib/libc.a
	$(if $(BENCH_VALIDATOR_MODULES),$(BUILD)/bench/bench_validator -r 9 $(BENCH_VALIDATOR_MODULES))
	$(BUILD)/bench/bench_validator 64 9
bench: bench-validator
