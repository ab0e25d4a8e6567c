# Tests of the outer sandbox. build/tests/halite-rawsys is `halite` built
# with a test-only runtime call that makes raw host system calls (entry.S
# and create.c with -DHL_TEST_RAW_SYSCALL, tests/outer/rawsys.c): it plays
# an attacker who owns the runtime. It is never installed. Its
# namespaces.c has a hook too: HALITE_TEST_CAP_MOVE (see there).
RAWSYS_BIN := $(BUILD)/tests/halite-rawsys
RAWSYS_REPLACED := create.o entry.o namespaces.o
RAWSYS_OBJS := $(filter-out $(addprefix %/,$(RAWSYS_REPLACED)),$(RUNTIME_OBJS)) \
	$(addprefix $(BUILD)/tests/rawsys/,$(RAWSYS_REPLACED)) $(BUILD)/tests/rawsys/rawsys.o

$(BUILD)/tests/rawsys/create.o: src/runtime/create.c | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -DHL_TEST_RAW_SYSCALL -MMD -MP -c $< -o $@
$(BUILD)/tests/rawsys/namespaces.o: src/outer/namespaces.c | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -DHL_TEST_RAW_SYSCALL -MMD -MP -c $< -o $@
$(BUILD)/tests/rawsys/entry.o: src/runtime/entry.S | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) -Isrc -DHL_TEST_RAW_SYSCALL -MMD -MP -c $< -o $@
$(BUILD)/tests/rawsys/rawsys.o: tests/outer/rawsys.c | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@
$(RAWSYS_BIN): $(CLI_OBJS) $(RAWSYS_OBJS) $(VALIDATOR_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $^ $(RUNTIME_LDLIBS) -o $@

TEST_PROGS += tests/outer/test_outer.sh
test: $(RAWSYS_BIN) $(BUILD)/bin/halite $(BUILD)/bin/halite-cc $(BUILD)/sysroot/.libc-ok
