# Tests of the runtime: `halite run` with modules compiled by halite-cc
# (test_run.sh), and several sandboxes in one process through the library
# (test_two_sandboxes, given the modules test_run.sh built).
TEST_PROGS += tests/runtime/test_run.sh
test: $(BUILD)/bin/halite $(BUILD)/bin/halite-cc $(BUILD)/sysroot/.libc-ok

TEST_TWO_SANDBOXES := $(BUILD)/tests/test_two_sandboxes
TEST_PROGS += $(BUILD)/tests/run_two_sandboxes.sh
$(TEST_TWO_SANDBOXES): $(BUILD)/obj/tests/runtime/test_two_sandboxes.o $(RUNTIME_LIB) $(VALIDATOR_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $^ $(RUNTIME_LDLIBS) -o $@
# test_run.sh builds the modules first (tests run in the order listed).
$(BUILD)/tests/run_two_sandboxes.sh: $(TEST_TWO_SANDBOXES)
	@mkdir -p $(dir $@)
	printf '#!/bin/sh\nexec %s %s\n' "$(abspath $(TEST_TWO_SANDBOXES))" "$(abspath $(BUILD)/tests/runtime/modules)" >$@
	chmod +x $@
