# The `halite` command: build/bin/halite (release) and build/tests/halite-san
# (ASan/UBSan, used by the tests). The ELF reader of src/loader is linked in.
CLI_SRCS := $(wildcard src/cli/*.c) src/loader/elf.c
CLI_OBJS := $(CLI_SRCS:%.c=$(BUILD)/obj/%.o)
CLI_SAN_OBJS := $(CLI_SRCS:%.c=$(BUILD)/san/%.o)
HALITE_BIN := $(BUILD)/bin/halite
HALITE_SAN := $(BUILD)/tests/halite-san

$(HALITE_BIN): $(CLI_OBJS) $(VALIDATOR_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(CLI_OBJS) $(VALIDATOR_LIB) -o $@

$(HALITE_SAN): $(CLI_SAN_OBJS) $(VALIDATOR_SAN_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) $(CLI_SAN_OBJS) $(VALIDATOR_SAN_LIB) -o $@

all: $(HALITE_BIN)
