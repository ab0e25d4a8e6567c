# The embedding example (included by src/embed/embed.mk): zlib in a
# sandbox, called from a C host (examples/embed/zlib_host.c). zlib's
# sources are those tests/third_party/build.sh fetched into
# build/third_party/src (Debian's zlib); without them the example is not
# built (`make embed-example` says so).
#   build/examples/embed/zlib.elf    zlib + zlib_guest.c, built with halite-cc
#   build/examples/embed/zlib_host   the host, linked with libhalite.a
#   make embed-example               builds both and runs the host
EMBED_EX_DIR := $(BUILD)/examples/embed
EMBED_ZLIB_SRC := $(firstword $(wildcard $(BUILD)/third_party/src/zlib-[0-9]*/))
EMBED_ZLIB_FILES := adler32 compress crc32 deflate infback inffast inflate inftrees trees uncompr zutil

.PHONY: embed-example
ifneq ($(EMBED_ZLIB_SRC),)
EMBED_ZLIB_OBJS := $(EMBED_ZLIB_FILES:%=$(EMBED_EX_DIR)/zlib/%.o)
$(EMBED_EX_DIR)/zlib/%.o: $(EMBED_ZLIB_SRC)%.c $(BUILD)/bin/halite-cc $(BUILD)/sysroot/.libc-ok
	@mkdir -p $(dir $@)
	$(BUILD)/bin/halite-cc -O2 -I$(EMBED_ZLIB_SRC) -c $< -o $@

$(EMBED_EX_DIR)/zlib.elf: examples/embed/zlib_guest.c $(EMBED_ZLIB_OBJS) $(EMBED_GUEST_DEPS)
	$(BUILD)/bin/halite-cc $(EMBED_GUEST_CFLAGS) -o $@ $< $(EMBED_ZLIB_OBJS) $(EMBED_GUEST_LIB)

$(EMBED_EX_DIR)/zlib_host: examples/embed/zlib_host.c include/halite.h $(RUNTIME_LIB) $(VALIDATOR_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $< $(RUNTIME_LIB) $(VALIDATOR_LIB) $(RUNTIME_LDLIBS) -o $@

embed-example: $(EMBED_EX_DIR)/zlib.elf $(EMBED_EX_DIR)/zlib_host
	$(EMBED_EX_DIR)/zlib_host $(EMBED_EX_DIR)/zlib.elf
all: $(EMBED_EX_DIR)/zlib.elf $(EMBED_EX_DIR)/zlib_host
else
embed-example:
	@echo "embed-example: no zlib source in $(BUILD)/third_party/src (bash tests/third_party/build.sh zlib fetches it)"
endif
