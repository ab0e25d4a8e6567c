# Example modules for `make run`: a C program compiled with halite-cc and
# run in a sandbox, and two hand-written modules for the validator (one
# that obeys docs/abi.md, one made of escape attempts).
EXAMPLES := $(BUILD)/examples/sum $(BUILD)/examples/escape
$(BUILD)/examples/%: examples/validate/%.s | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	as --64 -o $@.o $<
	ld -static -z noexecstack -z separate-code -Ttext-segment=0x20000 -o $@ $@.o
all: $(EXAMPLES)

EXAMPLE_HELLO := $(BUILD)/examples/hello
$(EXAMPLE_HELLO): examples/run/hello.c $(BUILD)/bin/halite-cc $(BUILD)/sysroot/.libc-ok
	@mkdir -p $(dir $@)
	$(BUILD)/bin/halite-cc -O2 -o $@ $<
all: $(EXAMPLE_HELLO)

.PHONY: run
run: all
	@echo "== halite run $(EXAMPLE_HELLO) (C compiled with halite-cc, run in a sandbox)"
	$(BUILD)/bin/halite run $(EXAMPLE_HELLO) one two
	@echo "== halite validate $(BUILD)/examples/sum (obeys docs/abi.md)"
	$(BUILD)/bin/halite validate $(BUILD)/examples/sum
	@echo "== halite validate $(BUILD)/examples/escape (must be rejected, exit status 2)"
	@$(BUILD)/bin/halite validate $(BUILD)/examples/escape; s=$$?; \
	  if [ $$s -eq 2 ]; then echo "rejected as expected (exit status 2)"; else echo "unexpected exit status $$s"; exit 1; fi
