# halite — top-level build. `make run` builds everything and runs an example;
# `make test` builds and runs the tests. Components add rules in *.mk files.
BUILD ?= build
PREFIX ?= /usr/local
CC := gcc
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
MAKEFLAGS += --no-builtin-rules -j$(JOBS)

WARN := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
# Jumps never cross or end at a 32-byte boundary: Intel's cores from
# Skylake to Cascade Lake (this machine's) do not cache such a jump's
# decoded uops (the JCC erratum's microcode fix), which made the embedding
# call path's speed depend on where the linker happened to put it
# (docs/embedding.md, "Costs").
CODEFLAGS := -Wa,-mbranches-within-32B-boundaries
CFLAGS := -std=c17 -O2 -g $(WARN) -D_GNU_SOURCE -Isrc -Iinclude -I$(BUILD)/gen $(CODEFLAGS)
SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
# Sanitized objects for the test build live beside the release ones.
SAN_CFLAGS := -std=c17 -O1 -g $(WARN) -D_GNU_SOURCE -Isrc -Iinclude -I$(BUILD)/gen $(SANFLAGS)

.PHONY: all run test deps install clean fuzz bench check-full format
all: deps

DEPS_STAMP := $(BUILD)/.deps-ok
deps: $(DEPS_STAMP)
$(DEPS_STAMP): scripts/deps.sh
	@mkdir -p $(BUILD)
	bash scripts/deps.sh
	@touch $@

# Generic compile rules: build/obj/X.o (release) and build/san/X.o (tests).
$(BUILD)/obj/%.o: %.c | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@
$(BUILD)/san/%.o: %.c | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) -MMD -MP -c $< -o $@

include src/validator/validator.mk src/runtime/runtime.mk
-include $(filter-out src/validator/validator.mk src/runtime/runtime.mk,$(wildcard src/*/*.mk tests/*.mk tests/*/*.mk bench/*.mk toolchain/*/*.mk examples/*.mk))

TEST_PROGS ?=
test: all $(TEST_PROGS)
	@bash tests/run.sh $(TEST_PROGS)

# The long checks: the fast suite, then whatever the fragments add as
# prerequisites (third-party builds run in the sandbox, ...).
check-full: test

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib
	for f in $(BUILD)/bin/*; do install -m 755 $$f $(DESTDIR)$(PREFIX)/bin/; done
	for f in $(wildcard $(BUILD)/lib/*.a); do install -m 644 $$f $(DESTDIR)$(PREFIX)/lib/; done

format:
	clang-format -i $$(git ls-files '*.c' '*.h')

clean:
	rm -rf $(BUILD)

-include $(shell find $(BUILD) -name '*.d' -type f 2>/dev/null)
