# Unit tests of the nacl profile (src/validator/rules_nacl.c), sanitized.
TEST_NACL := $(BUILD)/tests/test_nacl
TEST_PROGS += $(TEST_NACL)

$(TEST_NACL): $(BUILD)/san/tests/validator/test_nacl.o $(VALIDATOR_SAN_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) $^ -o $@
