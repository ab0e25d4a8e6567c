# Rule tests of the validator (halite profile) and the checker they use.
$(BUILD)/tests/hv-check: $(BUILD)/san/tests/tools/hv_check.o $(VALIDATOR_SAN_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) $^ -o $@
TEST_PROGS += tests/validator/test_rules.sh
test: $(BUILD)/tests/hv-check
