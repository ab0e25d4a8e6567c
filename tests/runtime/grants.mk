# File grant table unit tests (sanitized).
TEST_GRANTS := $(BUILD)/tests/test_grants
TEST_PROGS += $(TEST_GRANTS)

$(TEST_GRANTS): $(BUILD)/san/tests/runtime/test_grants.o $(BUILD)/san/src/runtime/grants.o
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) $^ -o $@
