# CLI tests: a shell script driving the sanitized build of `halite`, and
# unit tests of the disassembler.
TEST_DISASM := $(BUILD)/tests/test_disasm
TEST_PROGS += tests/cli/test_validate.sh $(TEST_DISASM)
test: $(HALITE_SAN)
# The script finds the binary through this (BUILD may be overridden).
export HALITE_SAN_BIN := $(abspath $(HALITE_SAN))

$(TEST_DISASM): $(BUILD)/san/tests/cli/test_disasm.o $(BUILD)/san/src/cli/disasm.o $(VALIDATOR_SAN_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) $^ -o $@
