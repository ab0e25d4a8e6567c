# halite-cc, the compiler driver (toolchain/cc/halite-cc.c). It finds
# halite-rewrite beside itself and the sysroot at ../sysroot (build tree) or
# ../lib/halite (installed). gcc's own header directory and libgcc are
# recorded at build time (looked up again at run time if they move).
HALITE_CC := $(BUILD)/bin/halite-cc
HALITE_CC_DEFS = -DHALITE_GCC_INCLUDE='"$(shell $(CC) -print-file-name=include)"' \
	-DHALITE_LIBGCC='"$(shell $(CC) -print-libgcc-file-name)"'
$(BUILD)/obj/toolchain/cc/halite-cc.o: CFLAGS += $(HALITE_CC_DEFS)

$(HALITE_CC): $(BUILD)/obj/toolchain/cc/halite-cc.o
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $^ -o $@

all: $(HALITE_CC)

# Tests: tests/toolchain/test_cc.sh (needs the rewriter and the validator).
TEST_PROGS += tests/toolchain/test_cc.sh
test: $(HALITE_CC) $(BUILD)/bin/halite
