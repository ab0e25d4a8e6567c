# halite-cc, the compiler driver (toolchain/cc/halite-cc.c). It finds
# halite-rewrite beside itself and the sysroot at ../sysroot (build tree) or
# ../lib/halite (installed). gcc's own header directory and libgcc are
# recorded at build time (looked up again at run time if they move).
# The post-link nop-merging pass (nopfill.c) decodes and validates with the
# validator library, linked in after the objects.
HALITE_CC := $(BUILD)/bin/halite-cc
HALITE_CC_DEFS = -DHALITE_GCC_INCLUDE='"$(shell $(CC) -print-file-name=include)"' \
	-DHALITE_LIBGCC='"$(shell $(CC) -print-libgcc-file-name)"'
$(BUILD)/obj/toolchain/cc/halite-cc.o: CFLAGS += $(HALITE_CC_DEFS)
# nopfill.c includes the validator's headers, which include the generated
# tables' declarations only; the tables come with the library.
NOPFILL_OBJ := $(BUILD)/obj/toolchain/cc/nopfill.o

$(HALITE_CC): $(BUILD)/obj/toolchain/cc/halite-cc.o $(NOPFILL_OBJ) $(VALIDATOR_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $^ -o $@

# The pass on its own, for the tests (not installed).
NOPFILL_TOOL := $(BUILD)/tools/halite-nopfill
$(NOPFILL_TOOL): $(BUILD)/obj/toolchain/cc/nopfill-main.o $(NOPFILL_OBJ) $(VALIDATOR_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $^ -o $@

all: $(HALITE_CC) $(NOPFILL_TOOL)

# Tests: tests/toolchain/test_cc.sh (needs the rewriter and the validator)
# and tests/toolchain/test_nopfill.sh (the pass: modules still validate and
# behave the same under `halite run`).
TEST_PROGS += tests/toolchain/test_cc.sh tests/toolchain/test_nopfill.sh
test: $(HALITE_CC) $(NOPFILL_TOOL) $(BUILD)/bin/halite
