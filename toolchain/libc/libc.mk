# The sysroot: musl built with halite-cc (build-musl.sh) and the module
# linker script. `make libc` builds it, and `all` includes it (about 1.5
# minutes on 2 cores; the report is BUILD/musl/report.txt).
HALITE_SYSROOT := $(BUILD)/sysroot
HALITE_LDSCRIPT := $(HALITE_SYSROOT)/lib/halite.ld
HALITE_LIBC_STAMP := $(HALITE_SYSROOT)/.libc-ok

# The linker script is part of the driver: it links even without libc.
$(HALITE_LDSCRIPT): toolchain/libc/halite.ld
	@mkdir -p $(dir $@)
	cp $< $@
all: $(HALITE_LDSCRIPT)

.PHONY: libc
libc: $(HALITE_LIBC_STAMP)
$(HALITE_LIBC_STAMP): toolchain/libc/build-musl.sh toolchain/libc/musl-config.sh \
		toolchain/libc/add-dlmalloc.sh toolchain/libc/dlmalloc/glue.c toolchain/libc/musl-list.mk \
		toolchain/libc/musl-overrides.mk toolchain/libc/fenv-x86_64.s \
		toolchain/libc/check-objects.sh $(HALITE_CC) $(BUILD)/bin/halite-rewrite \
		$(VALIDATOR_LIB) $(HALITE_LDSCRIPT) | $(BUILD)/bin/halite $(DEPS_STAMP)
	@mkdir -p $(BUILD)
	# One build at a time: two makes writing libc.a at once corrupt its index.
	JOBS=$(JOBS) flock $(BUILD)/.libc.lock bash toolchain/libc/build-musl.sh $(BUILD)
	@touch $@

# make install PREFIX=...: the sysroot goes to PREFIX/lib/halite, where an
# installed halite-cc (PREFIX/bin) looks for it.
.PHONY: install-halite-sysroot
install: install-halite-sysroot
install-halite-sysroot: all
	install -d $(DESTDIR)$(PREFIX)/lib/halite/lib
	for d in include lib; do \
	  if [ -d $(HALITE_SYSROOT)/$$d ]; then cp -R $(HALITE_SYSROOT)/$$d $(DESTDIR)$(PREFIX)/lib/halite/; fi; \
	done

# halite-rt: the libgcc routines gcc calls (128-bit division, complex
# multiplication and division, powi, 128-bit conversions, bit counts),
# compiled with halite-cc; halite-cc links it instead of the host's libgcc.
HALITE_RT_SRCS := $(wildcard toolchain/libc/rt/*.c)
HALITE_RT_OBJS := $(HALITE_RT_SRCS:toolchain/libc/rt/%.c=$(BUILD)/rt/%.o)
HALITE_RT_LIB := $(HALITE_SYSROOT)/lib/libhalite-rt.a
$(BUILD)/rt/%.o: toolchain/libc/rt/%.c toolchain/libc/rt/rt.h $(HALITE_CC) \
		$(BUILD)/bin/halite-rewrite $(BUILD)/bin/halite
	@mkdir -p $(dir $@)
	$(HALITE_CC) -std=gnu11 -O2 -ffreestanding -fno-tree-loop-distribute-patterns \
		$(WARN) -c $< -o $@
	HALITE=$(BUILD)/bin/halite bash toolchain/libc/check-objects.sh -q $@
$(HALITE_RT_LIB): $(HALITE_RT_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^
libc: $(HALITE_RT_LIB)
all: libc

# Native tests of halite-rt against the host's libgcc.
TEST_RT := $(BUILD)/tests/test_rt
$(TEST_RT): tests/toolchain/test_rt.c $(HALITE_RT_SRCS) toolchain/libc/rt/rt.h | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) $< -o $@ -lm
TEST_PROGS += $(TEST_RT)
