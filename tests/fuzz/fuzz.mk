# Fuzzing the validator: a libFuzzer target (clang) and a plain replay build
# of the same oracle (gcc, sanitizers) that `make test` runs.
#   make fuzz                 libFuzzer for FUZZ_SECONDS (default 600) on
#                             build/fuzz-corpus/, then executions and corpus size
#   make fuzz FUZZ_JOBS=2     libFuzzer fork mode with 2 processes
#   build/tests/fuzz_validator_replay [-n N] [-s SEED] [PATH...]
#   make fuzz-loader          libFuzzer on the module reader (fuzz_loader.c)
#                             for FUZZ_SECONDS, seeded with the test modules
FUZZ_CC ?= clang
ZYDIS_LIBS ?= -lZydis
FUZZ_SECONDS ?= 600
FUZZ_JOBS ?= 1
FUZZ_CORPUS := $(BUILD)/fuzz-corpus
FUZZ_ARTIFACTS := $(BUILD)/fuzz-artifacts
FUZZ_SEED_STAMP := $(BUILD)/fuzz/.seeded
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_CFLAGS := -std=c17 -O1 -g -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	-D_GNU_SOURCE -Isrc -Iinclude -I$(BUILD)/gen -fsanitize=fuzzer-no-link $(FUZZ_SAN)

FUZZ_BIN := $(BUILD)/tests/fuzz_validator
FUZZ_REPLAY := $(BUILD)/tests/fuzz_validator_replay
# The validator, instrumented for libFuzzer (coverage-guided).
FUZZ_VALIDATOR_OBJS := $(VALIDATOR_SRCS:%.c=$(BUILD)/fuzz/obj/%.o) $(BUILD)/fuzz/obj/gen/hv_tables.o \
	$(BUILD)/fuzz/obj/gen/hv_dfa.o $(BUILD)/obj/gen/hv_dfa_blob.o

$(BUILD)/fuzz/obj/src/validator/%.o: src/validator/%.c $(VALIDATOR_GEN) $(VALIDATOR_DFA) | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -MMD -MP -c $< -o $@
$(BUILD)/fuzz/obj/gen/hv_%.o: $(BUILD)/gen/hv_%.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c $< -o $@
$(BUILD)/fuzz/obj/tests/fuzz/fuzz_validator.o: tests/fuzz/fuzz_validator.c | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Werror -MMD -MP -c $< -o $@
$(FUZZ_BIN): $(BUILD)/fuzz/obj/tests/fuzz/fuzz_validator.o $(FUZZ_VALIDATOR_OBJS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -fsanitize=fuzzer $(FUZZ_SAN) $^ $(ZYDIS_LIBS) -o $@

# The replay build (gcc, the sanitized validator library).
$(BUILD)/san/tests/fuzz/fuzz_validator_replay.o: tests/fuzz/fuzz_validator.c | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) -DHV_FUZZ_STANDALONE \
		-DHV_FUZZ_DEFAULT_CORPUS='"$(abspath $(FUZZ_CORPUS))"' -MMD -MP -c $< -o $@
$(FUZZ_REPLAY): $(BUILD)/san/tests/fuzz/fuzz_validator_replay.o $(VALIDATOR_SAN_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(SANFLAGS) $^ $(ZYDIS_LIBS) -o $@

# Seeds: assembled test sources and pieces of real code.
FUZZ_SEED_SRCS := $(shell find tests/validator -name "*.s" 2>/dev/null) $(wildcard tests/validator/*.sh)
$(FUZZ_SEED_STAMP): tests/fuzz/seed_corpus.sh $(FUZZ_SEED_SRCS)
	@mkdir -p $(dir $@)
	bash tests/fuzz/seed_corpus.sh $(FUZZ_CORPUS)
	@touch $@

TEST_PROGS += $(FUZZ_REPLAY)
test: $(FUZZ_SEED_STAMP)

.PHONY: fuzz fuzz-seed fuzz-build
fuzz-build: $(FUZZ_BIN) $(FUZZ_REPLAY)
fuzz-seed: $(FUZZ_SEED_STAMP)
fuzz: $(FUZZ_BIN) $(FUZZ_SEED_STAMP) tests/fuzz/validator.dict
	bash tests/fuzz/run_fuzz.sh $(FUZZ_BIN) $(FUZZ_CORPUS) $(FUZZ_ARTIFACTS) $(FUZZ_SECONDS) $(FUZZ_JOBS) $(FUZZ_ARGS)

# The module reader (src/loader/elf.c, reloc.c), seeded with the modules
# the embedding tests build (real static-PIE files with relocations).
FUZZ_LOADER_BIN := $(BUILD)/tests/fuzz_loader
FUZZ_LOADER_CORPUS := $(BUILD)/fuzz-corpus-loader
$(BUILD)/fuzz/obj/src/loader/%.o: src/loader/%.c | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Werror -MMD -MP -c $< -o $@
$(BUILD)/fuzz/obj/tests/fuzz/fuzz_loader.o: tests/fuzz/fuzz_loader.c | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Werror -MMD -MP -c $< -o $@
$(FUZZ_LOADER_BIN): $(BUILD)/fuzz/obj/tests/fuzz/fuzz_loader.o $(BUILD)/fuzz/obj/src/loader/elf.o \
		$(BUILD)/fuzz/obj/src/loader/reloc.o
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -fsanitize=fuzzer $(FUZZ_SAN) $^ -o $@
.PHONY: fuzz-loader
fuzz-loader: $(FUZZ_LOADER_BIN) $(EMBED_TEST_MODULES)
	@mkdir -p $(FUZZ_LOADER_CORPUS)
	cp -n $(EMBED_TEST_MODULES) $(FUZZ_LOADER_CORPUS)/
	bash tests/fuzz/run_fuzz.sh $(FUZZ_LOADER_BIN) $(FUZZ_LOADER_CORPUS) $(FUZZ_ARTIFACTS) \
		$(FUZZ_SECONDS) $(FUZZ_JOBS) -max_len=131072 $(FUZZ_ARGS)

