# The validator's fast path against its full path (src/validator/fast.c), sanitized.
TEST_FAST := $(BUILD)/tests/test_fast
TEST_PROGS += $(TEST_FAST)

$(TEST_FAST): $(BUILD)/san/tests/validator/test_fast.o $(VALIDATOR_SAN_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) $^ -o $@
