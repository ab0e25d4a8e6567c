# libhalite.so: the same runtime, loader, embedding API and validator as
# libhalite.a, compiled position-independent into build/pic/, one shared
# library a host links with -lhalite alone (docs/embedding.md). It exports
# only halite_* (libhalite.map). Its thread-local words use the
# initial-exec model (stubs.c says why the entry code can use them);
# -z text makes the link fail on any text relocation.
SO_NAME := libhalite.so.0
SO_LIB := $(BUILD)/lib/$(SO_NAME)
SO_LINK := $(BUILD)/lib/libhalite.so
PIC_FLAGS := -fPIC -ftls-model=initial-exec
SO_OBJS := $(RUNTIME_C_SRCS:%.c=$(BUILD)/pic/%.o) $(RUNTIME_ASM_SRCS:%.S=$(BUILD)/pic/%.o) \
	$(BUILD)/pic/gen/hl_syscall_names.o $(VALIDATOR_SRCS:%.c=$(BUILD)/pic/%.o) \
	$(BUILD)/pic/gen/hv_tables.o $(BUILD)/pic/gen/hv_dfa.o $(BUILD)/obj/gen/hv_dfa_blob.o
SO_LDFLAGS := -shared -Wl,-soname,$(SO_NAME) -Wl,--version-script=src/runtime/libhalite.map \
	-Wl,-z,text -Wl,-z,now -Wl,-z,relro -Wl,-z,noexecstack -Wl,--no-undefined

$(BUILD)/pic/%.o: %.c | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(PIC_FLAGS) -MMD -MP -c $< -o $@
$(BUILD)/pic/%.o: %.S | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) -Isrc $(CODEFLAGS) -fPIC -MMD -MP -c $< -o $@
$(BUILD)/pic/gen/%.o: $(BUILD)/gen/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(PIC_FLAGS) -c $< -o $@

$(SO_LIB): $(SO_OBJS) src/runtime/libhalite.map
	@mkdir -p $(dir $@)
	$(CC) $(SO_LDFLAGS) $(SO_OBJS) $(RUNTIME_LDLIBS) -o $@
$(SO_LINK): $(SO_LIB)
	ln -sf $(SO_NAME) $@

all: $(SO_LINK)

# make install PREFIX=...: the library and its development symlink.
.PHONY: install-shared
install: install-shared
install-shared: all
	install -d $(DESTDIR)$(PREFIX)/lib
	install -m 755 $(SO_LIB) $(DESTDIR)$(PREFIX)/lib/
	ln -sf $(SO_NAME) $(DESTDIR)$(PREFIX)/lib/libhalite.so
