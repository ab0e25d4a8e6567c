# Tests of the embedding API (include/halite.h, docs/embedding.md): host
# programs linked with the sanitized runtime (libhalite-san.a: ASan and
# UBSan, LeakSanitizer at exit), calling modules of tests/embed/modules/
# built with halite-cc and libhalite-guest.a (src/embed/embed.mk).
#   test_embed        calls, faults, time limits, interrupts, callbacks,
#                     pointers, threads
#   test_embed_leak   create and destroy instances N times: no mapping,
#                     descriptor or memory left behind; N = 2,000 in
#                     `make test`, 100,000 in `make check-full`
EMBED_TEST_DIR := $(BUILD)/tests/embed
EMBED_TEST_MODULES := $(patsubst tests/embed/modules/%.c,$(EMBED_TEST_DIR)/modules/%.elf,\
	$(wildcard tests/embed/modules/*.c))

$(EMBED_TEST_DIR)/modules/%.elf: tests/embed/modules/%.c tests/embed/modules/jit_code.h $(EMBED_GUEST_DEPS)
	@mkdir -p $(dir $@)
	$(BUILD)/bin/halite-cc $(EMBED_GUEST_CFLAGS) -o $@ $< $(EMBED_GUEST_LIB)

$(EMBED_TEST_DIR)/%: tests/embed/%.c include/halite.h $(RUNTIME_SAN_LIB) $(VALIDATOR_SAN_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) $< $(RUNTIME_SAN_LIB) $(VALIDATOR_SAN_LIB) $(RUNTIME_LDLIBS) -o $@

# Wrappers: tests/run.sh runs programs without arguments.
$(EMBED_TEST_DIR)/run_test_embed.sh: $(EMBED_TEST_DIR)/test_embed $(EMBED_TEST_MODULES)
	printf '#!/bin/sh\nexec %s %s\n' "$(abspath $<)" "$(abspath $(EMBED_TEST_DIR)/modules)" >$@
	chmod +x $@
$(EMBED_TEST_DIR)/run_test_embed_leak.sh: $(EMBED_TEST_DIR)/test_embed_leak $(EMBED_TEST_MODULES)
	printf '#!/bin/sh\nexec %s %s "$${EMBED_LEAK_N:-2000}"\n' "$(abspath $<)" \
		"$(abspath $(EMBED_TEST_DIR)/modules)" >$@
	chmod +x $@

TEST_PROGS += $(EMBED_TEST_DIR)/run_test_embed.sh $(EMBED_TEST_DIR)/run_test_embed_leak.sh

# 100,000 instances made and destroyed (about 30 s with the sanitizers).
.PHONY: check-embed-full
check-embed-full: $(EMBED_TEST_DIR)/run_test_embed_leak.sh
	@EMBED_LEAK_N=100000 bash tests/run.sh $<
check-full: check-embed-full

# The zlib example (examples/embed/embed.mk), when zlib's source is there.
TEST_PROGS += tests/embed/test_zlib_example.sh
ifneq ($(EMBED_ZLIB_SRC),)
test: $(EMBED_EX_DIR)/zlib.elf $(EMBED_EX_DIR)/zlib_host
endif

# libhalite.so and halite.pc as installed (tests/embed/test_shared.sh): a
# staged `make install`, after everything else is built (the recursive
# make then only copies).
EMBED_STAGE := $(BUILD)/tests/embed/stage
$(EMBED_STAGE)/.installed: all
	rm -rf $(EMBED_STAGE)
	MAKEFLAGS= $(MAKE) --no-print-directory install PREFIX=$(abspath $(EMBED_STAGE)) >/dev/null
	touch $@
TEST_PROGS += tests/embed/test_shared.sh
test: $(EMBED_STAGE)/.installed $(EMBED_TEST_MODULES)
