# The validator: decoder, generated tables, rule layers.
VALIDATOR_SRCS := $(filter-out src/validator/gen_tables.c,$(wildcard src/validator/*.c))
VALIDATOR_DEFS := $(wildcard src/validator/insns/*.def)
VALIDATOR_GEN := $(BUILD)/gen/hv_tables.c

VALIDATOR_OBJS := $(VALIDATOR_SRCS:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/hv_tables.o
VALIDATOR_SAN_OBJS := $(VALIDATOR_SRCS:%.c=$(BUILD)/san/%.o) $(BUILD)/san/gen/hv_tables.o
VALIDATOR_LIB := $(BUILD)/lib/libhalite-validator.a
VALIDATOR_SAN_LIB := $(BUILD)/lib/libhalite-validator-san.a

# The generator is a host tool built from the same .def files.
$(BUILD)/tools/gen_tables: src/validator/gen_tables.c $(wildcard src/validator/*.h) $(VALIDATOR_DEFS) | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) -std=c17 -O1 -g $(WARN) -Isrc $(SANFLAGS) $< -o $@
$(VALIDATOR_GEN): $(BUILD)/tools/gen_tables
	@mkdir -p $(dir $@)
	$(BUILD)/tools/gen_tables > $@.tmp && mv $@.tmp $@
$(BUILD)/obj/gen/hv_tables.o: $(VALIDATOR_GEN)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@
$(BUILD)/san/gen/hv_tables.o: $(VALIDATOR_GEN)
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) -c $< -o $@

$(VALIDATOR_LIB): $(VALIDATOR_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^
$(VALIDATOR_SAN_LIB): $(VALIDATOR_SAN_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

all: $(VALIDATOR_LIB)
