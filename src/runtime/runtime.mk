# libhalite: the runtime (sandbox memory, entry/exit, system calls), the
# module loader and the embedding API (src/embed/, include/halite.h).
# build/lib/libhalite.a (release: with the validator's objects, so that
# -lhalite -lpthread -lm links a host, as with libhalite.so, shared.mk) and
# a sanitized twin for the tests (link it with the validator's).
RUNTIME_C_SRCS := $(wildcard src/runtime/*.c) $(wildcard src/loader/*.c) $(wildcard src/outer/*.c) \
	$(wildcard src/embed/*.c)
RUNTIME_ASM_SRCS := src/runtime/entry.S src/embed/call.S
RUNTIME_OBJS := $(RUNTIME_C_SRCS:%.c=$(BUILD)/obj/%.o) $(RUNTIME_ASM_SRCS:%.S=$(BUILD)/obj/%.o) \
	$(BUILD)/obj/gen/hl_syscall_names.o
RUNTIME_SAN_OBJS := $(RUNTIME_C_SRCS:%.c=$(BUILD)/san/%.o) $(RUNTIME_ASM_SRCS:%.S=$(BUILD)/obj/%.o) \
	$(BUILD)/obj/gen/hl_syscall_names.o
RUNTIME_LIB := $(BUILD)/lib/libhalite.a
RUNTIME_SAN_LIB := $(BUILD)/lib/libhalite-san.a
RUNTIME_LDLIBS := -lpthread -lm

$(BUILD)/obj/%.o: %.S | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) -Isrc $(CODEFLAGS) -MMD -MP -c $< -o $@

$(RUNTIME_LIB): $(RUNTIME_OBJS) $(VALIDATOR_OBJS) src/runtime/runtime.mk
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $(filter %.o,$^)

$(RUNTIME_SAN_LIB): $(RUNTIME_SAN_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

all: $(RUNTIME_LIB)
