# Sandbox memory map unit tests (src/runtime/mem.c), sanitized. Only mem.c
# and the validator are linked: the tests build a sandbox by hand.
TEST_MEM := $(BUILD)/tests/test_mem
TEST_PROGS += $(TEST_MEM)

$(TEST_MEM): $(BUILD)/san/tests/runtime/test_mem.o $(BUILD)/san/src/runtime/mem.o $(VALIDATOR_SAN_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) $^ -lpthread -o $@
