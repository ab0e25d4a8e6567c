# The embedding example (included by src/embed/embed.mk): zlib and Lua in
# sandboxes, called from a C host (examples/embed/zlib_host.c). Their
# sources are those tests/third_party/build.sh fetched into
# build/third_party/src (Debian's zlib and lua5.4); without zlib's the
# example is not built (`make embed-example` says so), without Lua's the
# document step is left out.
#   build/examples/embed/zlib.elf    zlib + zlib_guest.c, built with halite-cc
#   build/examples/embed/lua.elf     Lua + lua_guest.c, built with halite-cc
#   build/examples/embed/zlib_host   the host, linked with libhalite.a
#   make embed-example               builds them and runs the host both ways
EMBED_EX_DIR := $(BUILD)/examples/embed
EMBED_ZLIB_SRC := $(firstword $(wildcard $(BUILD)/third_party/src/zlib-[0-9]*/))
EMBED_ZLIB_FILES := adler32 compress crc32 deflate infback inffast inflate inftrees trees uncompr zutil

.PHONY: embed-example
# Lua for the document step (zlib_host --lua): the core and the auxiliary
# library of upstream's tarball in Debian's lua5.4 source (the one
# tests/third_party/build.sh fetches; Debian's patched tree includes a
# multiarch header halite's sysroot does not have), unpacked here.
EMBED_LUA_TGZ := $(firstword $(wildcard $(BUILD)/third_party/src/lua5.4_*.orig.tar.gz))
EMBED_LUA_FILES := lapi lcode lctype ldebug ldo ldump lfunc lgc llex lmem lobject lopcodes \
	lparser lstate lstring ltable ltm lundump lvm lzio lauxlib
ifneq ($(EMBED_LUA_TGZ),)
EMBED_EX_LUA := $(EMBED_EX_DIR)/lua.elf
EMBED_LUA_SRC := $(EMBED_EX_DIR)/lua-src
EMBED_LUA_OBJS := $(EMBED_LUA_FILES:%=$(EMBED_EX_DIR)/lua/%.o)
$(EMBED_LUA_SRC)/.unpacked: $(EMBED_LUA_TGZ)
	@mkdir -p $(dir $@)
	tar -xzf $< -C $(dir $@) --strip-components=2 --wildcards '*/src/*'
	touch $@
$(EMBED_EX_DIR)/lua/%.o: $(EMBED_LUA_SRC)/.unpacked $(BUILD)/bin/halite-cc $(BUILD)/sysroot/.libc-ok
	@mkdir -p $(dir $@)
	$(BUILD)/bin/halite-cc -O2 -DLUA_USE_POSIX -c $(EMBED_LUA_SRC)/$*.c -o $@
$(EMBED_EX_LUA): examples/embed/lua_guest.c $(EMBED_LUA_OBJS) $(EMBED_GUEST_DEPS)
	$(BUILD)/bin/halite-cc $(EMBED_GUEST_CFLAGS) -I$(EMBED_LUA_SRC) -o $@ $< $(EMBED_LUA_OBJS) \
		$(EMBED_GUEST_LIB) -lm
endif
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

embed-example: $(EMBED_EX_DIR)/zlib.elf $(EMBED_EX_DIR)/zlib_host $(EMBED_EX_LUA)
	$(EMBED_EX_DIR)/zlib_host $(EMBED_EX_DIR)/zlib.elf
	$(if $(EMBED_EX_LUA),$(EMBED_EX_DIR)/zlib_host $(EMBED_EX_DIR)/zlib.elf --lua $(EMBED_EX_LUA))
all: $(EMBED_EX_DIR)/zlib.elf $(EMBED_EX_DIR)/zlib_host $(EMBED_EX_LUA)
else
embed-example:
	@echo "embed-example: no zlib source in $(BUILD)/third_party/src (bash tests/third_party/build.sh zlib fetches it)"
endif
