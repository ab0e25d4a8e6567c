# ELF reader unit tests (sanitized).
TEST_ELF := $(BUILD)/tests/test_elf
TEST_PROGS += $(TEST_ELF)

$(TEST_ELF): $(BUILD)/san/tests/loader/test_elf.o $(BUILD)/san/src/loader/elf.o
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) $^ -o $@

# The dynamic-section reader (reloc.c) on mutations of a real module.
TEST_RELOC := $(BUILD)/tests/test_reloc
TEST_PROGS += $(BUILD)/tests/run_test_reloc.sh
$(TEST_RELOC): $(BUILD)/san/tests/loader/test_reloc.o $(BUILD)/san/src/loader/elf.o \
		$(BUILD)/san/src/loader/reloc.o
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) $^ -o $@
$(BUILD)/tests/run_test_reloc.sh: $(TEST_RELOC) $(BUILD)/tests/embed/modules/nox87.elf
	printf '#!/bin/sh\nexec %s %s\n' "$(abspath $(TEST_RELOC))" \
		"$(abspath $(BUILD)/tests/embed/modules/nox87.elf)" >$@
	chmod +x $@
