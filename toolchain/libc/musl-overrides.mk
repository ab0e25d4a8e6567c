# Read after musl's own Makefile by build-musl.sh (make -f Makefile -f
# musl-overrides.mk): objects of halite's libc built from halite's
# sources instead of musl's, without changing musl's tree (the benchmark
# suite's native musl builds from it too). An explicit rule for an object
# takes the place of musl's pattern rules for it.
HALITE_LIBC_DIR := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))

# musl's fenv.s uses fnstenv and fldenv, which the validator refuses.
obj/src/fenv/x86_64/fenv.o obj/src/fenv/x86_64/fenv.lo: $(HALITE_LIBC_DIR)/fenv-x86_64.s
	$(AS_CMD)
