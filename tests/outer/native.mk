# Tests of `halite run --native` (tests/outer/test_native.sh). The attack
# program is an ordinary Linux program, built with plain gcc (the script
# also builds it when it is missing or stale).
NATIVE_ATTACKS := $(BUILD)/tests/outer/native-attacks
$(NATIVE_ATTACKS): tests/outer/native_attacks.c
	@mkdir -p $(dir $@)
	$(CC) -O2 -Wall -Wextra -Werror -o $@ $<

TEST_PROGS += tests/outer/test_native.sh
test: $(NATIVE_ATTACKS) $(BUILD)/bin/halite
