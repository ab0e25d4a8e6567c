# halite-interp (src/interp/interp.c): the ELF interpreter named in every
# module's PT_INTERP, so that `./prog` runs a module with `halite run`. The
# kernel starts an interpreter without ld.so: it is a static PIE (loaded
# wherever there is room, never over a module), entered at
# halite_interp_entry, which hands glibc its own program headers.
HALITE_INTERP := $(BUILD)/bin/halite-interp

$(BUILD)/obj/src/interp/interp.o: CFLAGS += -fPIE -fno-stack-protector

$(HALITE_INTERP): $(BUILD)/obj/src/interp/interp.o
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -static-pie -Wl,-e,halite_interp_entry $^ -o $@

all: $(HALITE_INTERP)
test: $(HALITE_INTERP)

# Tests: tests/toolchain/test_configure.sh (modules run directly; a
# configure-like check; GNU hello's configure, make and make check with
# CC=halite-cc, about 20 s; needs the sysroot).
TEST_PROGS += tests/toolchain/test_configure.sh
test: $(HALITE_CC) $(BUILD)/bin/halite
