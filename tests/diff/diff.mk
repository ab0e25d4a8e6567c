# Differential tests of the decoder: against Zydis (diff_zydis) and against
# objdump (diff_objdump.sh, through the hv-dump tool).
ZYDIS_LIBS ?= -lZydis

HV_DUMP := $(BUILD)/tools/hv-dump
DIFF_ZYDIS := $(BUILD)/tests/diff_zydis

# hv-dump: raw code in, "offset len mnemonic" out (see tests/tools/hv_dump.c).
# Sanitized, so the differential runs also catch decoder over-reads.
$(HV_DUMP): $(BUILD)/san/tests/tools/hv_dump.o $(VALIDATOR_SAN_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(SANFLAGS) $^ -o $@

$(DIFF_ZYDIS): $(BUILD)/san/tests/diff/diff_zydis.o $(VALIDATOR_SAN_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(SANFLAGS) $^ $(ZYDIS_LIBS) -o $@

.PHONY: hv-dump diff-zydis diff-objdump diff-objdump-full
hv-dump: $(HV_DUMP)
all: $(HV_DUMP)

TEST_PROGS += $(DIFF_ZYDIS) tests/diff/diff_objdump.sh
test: $(HV_DUMP)
# diff_objdump.sh finds the tool through this (BUILD may be overridden).
export HV_DUMP_BIN := $(abspath $(HV_DUMP))

# By hand: the full runs (more binaries, details of every class).
diff-zydis: $(DIFF_ZYDIS)
	$(DIFF_ZYDIS) $(DIFF_ARGS)
diff-objdump: $(HV_DUMP)
	bash tests/diff/diff_objdump.sh $(DIFF_ARGS)
diff-objdump-full: $(HV_DUMP)
	bash tests/diff/diff_objdump.sh --full $(DIFF_ARGS)
