# The `halite` command: build/bin/halite (release) and build/tests/halite-san
# (ASan/UBSan, used by the tests). It is a thin client of libhalite.
CLI_SRCS := $(wildcard src/cli/*.c)
CLI_OBJS := $(CLI_SRCS:%.c=$(BUILD)/obj/%.o)
CLI_SAN_OBJS := $(CLI_SRCS:%.c=$(BUILD)/san/%.o)
HALITE_BIN := $(BUILD)/bin/halite
HALITE_SAN := $(BUILD)/tests/halite-san

$(HALITE_BIN): $(CLI_OBJS) $(RUNTIME_LIB) $(VALIDATOR_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(CLI_OBJS) $(RUNTIME_LIB) $(VALIDATOR_LIB) $(RUNTIME_LDLIBS) -o $@

$(HALITE_SAN): $(CLI_SAN_OBJS) $(RUNTIME_SAN_LIB) $(VALIDATOR_SAN_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) $(CLI_SAN_OBJS) $(RUNTIME_SAN_LIB) $(VALIDATOR_SAN_LIB) $(RUNTIME_LDLIBS) -o $@

all: $(HALITE_BIN)
