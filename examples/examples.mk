# Example modules for `make run` (assembled directly until halite-cc exists).
EXAMPLES := $(BUILD)/examples/sum $(BUILD)/examples/escape
$(BUILD)/examples/%: examples/validate/%.s | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	as --64 -o $@.o $<
	ld -static -z noexecstack -z separate-code -Ttext-segment=0x20000 -o $@ $@.o
all: $(EXAMPLES)

.PHONY: run
run: all
	@echo "== halite validate $(BUILD)/examples/sum (obeys docs/abi.md)"
	$(BUILD)/bin/halite validate $(BUILD)/examples/sum
	@echo "== halite validate $(BUILD)/examples/escape (must be rejected, exit status 2)"
	@$(BUILD)/bin/halite validate $(BUILD)/examples/escape; s=$$?; \
	  if [ $$s -eq 2 ]; then echo "rejected as expected (exit status 2)"; else echo "unexpected exit status $$s"; exit 1; fi
