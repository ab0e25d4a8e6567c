# The assembly rewriter (untrusted toolchain): build/bin/halite-rewrite,
# plus an ASan/UBSan build for the tests.
REWRITE_SRCS := $(wildcard toolchain/rewriter/*.c)
REWRITE_OBJS := $(REWRITE_SRCS:%.c=$(BUILD)/obj/%.o)
REWRITE_SAN_OBJS := $(REWRITE_SRCS:%.c=$(BUILD)/san/%.o)
REWRITE_BIN := $(BUILD)/bin/halite-rewrite
REWRITE_SAN := $(BUILD)/tests/halite-rewrite-san

$(REWRITE_BIN): $(REWRITE_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(REWRITE_OBJS) -o $@

$(REWRITE_SAN): $(REWRITE_SAN_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) $(REWRITE_SAN_OBJS) -o $@

all: $(REWRITE_BIN)

# Unit cases, and C modules in tests/modules compiled at several levels,
# rewritten, assembled and validated by the release `halite`.
TEST_PROGS += tests/toolchain/test_rewriter.sh
test: $(REWRITE_SAN) $(HALITE_BIN)
export HALITE_REWRITE_SAN_BIN := $(abspath $(REWRITE_SAN))
export HALITE_VALIDATE_BIN := $(abspath $(HALITE_BIN))
