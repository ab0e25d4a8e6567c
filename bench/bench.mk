# Benchmarks: `make bench` runs them all; none is run by `make test`.
.PHONY: bench bench-validator bench-validator-modules
$(BUILD)/bench/bench_validator: bench/validator/bench_validator.c bench/validator/code_files.c \
		bench/validator/code_files.h bench/bench_time.h $(VALIDATOR_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(filter %.c %.a,$^) -o $@
# Real code: halite's libc (every object, as compiled by halite-cc), the
# halite builds of the suite's two largest programs (SQLite's speedtest1 and
# Lua, built here when missing: bench/suite/build.sh, halite variant only),
# and SQLite's shell when the third-party tests built it; then the
# generated corpus. The list is read when the recipe runs, after the builds.
BENCH_VALIDATOR_MODULES = $(BUILD)/bench/suite/halite/speedtest1 $(BUILD)/bench/suite/halite/lua \
	$(BUILD)/third_party/work/sqlite3/halite/sqlite3
bench-validator-modules: $(BUILD)/bin/halite-cc $(BUILD)/bin/halite-rewrite libc
	VARIANTS=halite BUILD=$(BUILD) bash bench/suite/build.sh speedtest1 lua
bench-validator: $(BUILD)/bench/bench_validator libc bench-validator-modules
	$(BUILD)/bench/bench_validator -r 9 $(BUILD)/sysroot/lib/libc.a
	$(BUILD)/bench/bench_validator -r 9 $$(ls $(BENCH_VALIDATOR_MODULES) 2>/dev/null)
	$(BUILD)/bench/bench_validator 64 9
bench: bench-validator
