# Embedding benchmarks (bench/embed/bench_embed.c; included by
# src/embed/embed.mk): call and callback round trips against native
# indirect calls, instance creation against fork, and how many instances
# one process holds. `make bench-embed`, also part of `make bench`. Never
# run by `make test`. RUNS (default 11) and EMBED_MAX (30000) override.
EMBED_BENCH_DIR := $(BUILD)/bench/embed
.PHONY: bench-embed

$(EMBED_BENCH_DIR)/bench_module.elf: bench/embed/bench_module.c $(EMBED_GUEST_DEPS)
	@mkdir -p $(dir $@)
	$(BUILD)/bin/halite-cc $(EMBED_GUEST_CFLAGS) -o $@ $< $(EMBED_GUEST_LIB)

$(EMBED_BENCH_DIR)/bench_embed: bench/embed/bench_embed.c bench/bench_time.h include/halite.h $(RUNTIME_LIB) \
		$(VALIDATOR_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $< $(RUNTIME_LIB) $(VALIDATOR_LIB) $(RUNTIME_LDLIBS) -o $@

bench-embed: $(EMBED_BENCH_DIR)/bench_embed $(EMBED_BENCH_DIR)/bench_module.elf
	$(EMBED_BENCH_DIR)/bench_embed $(EMBED_BENCH_DIR)/bench_module.elf $${RUNS:-11} $${EMBED_MAX:-30000}
bench: bench-embed
# Under `make bench`, after the others (none times another's load).
ifneq ($(filter bench,$(MAKECMDGOALS)),)
bench-embed: | bench-workloads
endif
