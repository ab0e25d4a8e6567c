# Read after musl's own Makefile (make -f Makefile -f musl-list.mk) by
# build-musl.sh: lists the objects musl builds for libc.a and the start
# files, without changing musl.
.PHONY: halite-list-objs
halite-list-objs:
	@printf '%s\n' $(sort $(AOBJS) $(CRT_OBJS))
