# The validator: decoder, generated tables, rule layers.
VALIDATOR_SRCS := $(filter-out src/validator/gen_%.c,$(wildcard src/validator/*.c))
VALIDATOR_DEFS := $(wildcard src/validator/insns/*.def)
VALIDATOR_GEN := $(BUILD)/gen/hv_tables.c

VALIDATOR_DFA := $(BUILD)/gen/hv_dfa.c
VALIDATOR_OBJS := $(VALIDATOR_SRCS:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/hv_tables.o \
	$(BUILD)/obj/gen/hv_dfa.o $(BUILD)/obj/gen/hv_dfa_blob.o
VALIDATOR_SAN_OBJS := $(VALIDATOR_SRCS:%.c=$(BUILD)/san/%.o) $(BUILD)/san/gen/hv_tables.o \
	$(BUILD)/san/gen/hv_dfa.o $(BUILD)/obj/gen/hv_dfa_blob.o
VALIDATOR_LIB := $(BUILD)/lib/libhalite-validator.a
VALIDATOR_SAN_LIB := $(BUILD)/lib/libhalite-validator-san.a

# The generator is a host tool built from the same .def files.
$(BUILD)/tools/gen_tables: src/validator/gen_tables.c $(wildcard src/validator/*.h) $(VALIDATOR_DEFS) | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) -std=c17 -O1 -g $(WARN) -Isrc $(SANFLAGS) $< -o $@
$(VALIDATOR_GEN): $(BUILD)/tools/gen_tables
	@mkdir -p $(dir $@)
	$(BUILD)/tools/gen_tables > $@.tmp && mv $@.tmp $@
# The generated tables (hv_tables.c, hv_dfa.c), plain and sanitised.
$(BUILD)/obj/gen/hv_%.o: $(BUILD)/gen/hv_%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@
$(BUILD)/san/gen/hv_%.o: $(BUILD)/gen/hv_%.c
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) -c $< -o $@

# The automaton (dfa.h) is generated from the fast path's tables. Its
# generator is optimised, not sanitised: it enumerates millions of inputs.
$(BUILD)/tools/gen_dfa: src/validator/gen_dfa.c src/validator/decode.c $(VALIDATOR_GEN) \
		$(wildcard src/validator/*.h)
	@mkdir -p $(dir $@)
	$(CC) -std=c17 -O2 -g $(WARN) -Isrc -I$(BUILD)/gen src/validator/gen_dfa.c \
		src/validator/decode.c $(VALIDATOR_GEN) -o $@
# One run writes all three (a grouped target: make then knows the .S and
# the .bin changed too, and reassembles the blob in the same run).
$(VALIDATOR_DFA) $(BUILD)/gen/hv_dfa.bin $(BUILD)/gen/hv_dfa.S &: $(BUILD)/tools/gen_dfa
	@mkdir -p $(dir $@)
	$(BUILD)/tools/gen_dfa $(VALIDATOR_DFA).tmp $(BUILD)/gen/hv_dfa.bin $(BUILD)/gen/hv_dfa.S
	mv $(VALIDATOR_DFA).tmp $(VALIDATOR_DFA)
$(BUILD)/obj/gen/hv_dfa_blob.o: $(BUILD)/gen/hv_dfa.S $(BUILD)/gen/hv_dfa.bin
	@mkdir -p $(dir $@)
	$(CC) -c $< -o $@

$(VALIDATOR_LIB): $(VALIDATOR_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^
$(VALIDATOR_SAN_LIB): $(VALIDATOR_SAN_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

all: $(VALIDATOR_LIB)
