# Descriptor table unit tests (src/runtime/fdtable.c), sanitized.
TEST_FDTABLE := $(BUILD)/tests/test_fdtable
TEST_PROGS += $(TEST_FDTABLE)

$(TEST_FDTABLE): $(BUILD)/san/tests/runtime/test_fdtable.o $(BUILD)/san/src/runtime/fdtable.o
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) $^ -lpthread -o $@
