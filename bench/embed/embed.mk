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

$(EMBED_BENCH_DIR)/bench_module_x87.elf: bench/embed/bench_module_x87.c bench/embed/bench_module.c \
		$(EMBED_GUEST_DEPS)
	@mkdir -p $(dir $@)
	$(BUILD)/bin/halite-cc $(EMBED_GUEST_CFLAGS) -o $@ $< $(EMBED_GUEST_LIB)

$(EMBED_BENCH_DIR)/bench_embed: bench/embed/bench_embed.c bench/embed/floor.S bench/bench_time.h \
		include/halite.h $(RUNTIME_LIB) $(VALIDATOR_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $< bench/embed/floor.S $(RUNTIME_LIB) $(VALIDATOR_LIB) $(RUNTIME_LDLIBS) -o $@

# The module without x87 code first, then the same with some (its calls
# and callbacks are the figures that differ; 100 instances are enough).
bench-embed: $(EMBED_BENCH_DIR)/bench_embed $(EMBED_BENCH_DIR)/bench_module.elf \
		$(EMBED_BENCH_DIR)/bench_module_x87.elf
	$(EMBED_BENCH_DIR)/bench_embed $(EMBED_BENCH_DIR)/bench_module.elf $${RUNS:-11} $${EMBED_MAX:-30000}
	@echo "--- the same module with x87 code in it (bench_module_x87.c):"
	$(EMBED_BENCH_DIR)/bench_embed $(EMBED_BENCH_DIR)/bench_module_x87.elf $${RUNS:-11} 100
bench: bench-embed
# Under `make bench`, after the others (none times another's load).
ifneq ($(filter bench,$(MAKECMDGOALS)),)
bench-embed: | bench-workloads
endif
