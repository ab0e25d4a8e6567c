# The module side of the embedding API (docs/embedding.md): libhalite-guest.a
# (src/embed/guest/guest.c, compiled with halite-cc) and its header
# src/embed/guest/halite_guest.h, for modules whose main calls
# halite_serve(). The host side (src/embed/*.c) is part of libhalite.a
# (src/runtime/runtime.mk). Also reads the fragments of the embedding
# example and benchmarks, which the top Makefile does not include.
EMBED_GUEST_LIB := $(BUILD)/embed/libhalite-guest.a
EMBED_GUEST_CFLAGS := -O2 -Wall -Wextra -Werror -Isrc/embed/guest
EMBED_GUEST_DEPS := $(EMBED_GUEST_LIB) src/embed/guest/halite_guest.h $(BUILD)/bin/halite-cc \
	$(BUILD)/sysroot/.libc-ok

$(BUILD)/embed/guest.o: src/embed/guest/guest.c src/embed/guest/halite_guest.h \
		$(BUILD)/bin/halite-cc $(BUILD)/sysroot/.libc-ok
	@mkdir -p $(dir $@)
	$(BUILD)/bin/halite-cc $(EMBED_GUEST_CFLAGS) -c $< -o $@

$(EMBED_GUEST_LIB): $(BUILD)/embed/guest.o
	rm -f $@ && ar rcs $@ $^

all: $(EMBED_GUEST_LIB)

# make install PREFIX=...: the host header to PREFIX/include; the module
# side into the installed sysroot (PREFIX/lib/halite), where an installed
# halite-cc finds it: `#include <halite_guest.h>` and `-lhalite-guest`.
.PHONY: install-embed
install: install-embed
install-embed: all
	install -d $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib/halite/include \
		$(DESTDIR)$(PREFIX)/lib/halite/lib
	install -m 644 include/halite.h $(DESTDIR)$(PREFIX)/include/
	install -m 644 src/embed/guest/halite_guest.h $(DESTDIR)$(PREFIX)/lib/halite/include/
	install -m 644 $(EMBED_GUEST_LIB) $(DESTDIR)$(PREFIX)/lib/halite/lib/
	install -d $(DESTDIR)$(PREFIX)/lib/pkgconfig
	sed 's|@PREFIX@|$(PREFIX)|' src/embed/halite.pc.in >$(DESTDIR)$(PREFIX)/lib/pkgconfig/halite.pc

-include examples/embed/embed.mk bench/embed/embed.mk
