# ELF reader unit tests (sanitized).
TEST_ELF := $(BUILD)/tests/test_elf
TEST_PROGS += $(TEST_ELF)

$(TEST_ELF): $(BUILD)/san/tests/loader/test_elf.o $(BUILD)/san/src/loader/elf.o
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) $^ -o $@
