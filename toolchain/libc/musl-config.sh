# The configuration of musl, sourced by the two scripts that build it:
# toolchain/libc/build-musl.sh (halite's sysroot, compiled with halite-cc)
# and bench/suite/native-musl.sh (the benchmark suite's native baseline,
# compiled with gcc). Both use the same Debian source and these options, so
# that native code and modules link the same C library and the benchmarks
# compare the sandbox, not two libcs.

# Debian 12's musl source package.
musl_version=1.2.3

# The allocator: musl's oldmalloc (the malloc of musl 1.1, still shipped in
# src/malloc/oldmalloc) instead of the default mallocng. mallocng is
# hardened (out-of-band metadata, freed memory returned eagerly) and slow
# for programs that allocate a lot: natively, Lua's binary-trees and string
# benchmarks run 1.3-2x as long with it as with glibc's malloc or
# WebAssembly's dlmalloc (bench/README.md). oldmalloc is a dlmalloc-style
# allocator with size-class bins and a brk heap (mmap when brk fails,
# mremap for large blocks), all of which the runtime emulates.
#
# --enable-optimize: musl's default list (internal, malloc, string: -O3,
# the rest -Os) names src/malloc/*.c only since musl 1.2.1 moved the
# allocators into subdirectories; the chosen allocator is added back.
musl_malloc=oldmalloc
musl_configure_flags=(--disable-shared --with-malloc="$musl_malloc"
	--enable-optimize="internal,malloc,malloc/$musl_malloc/,string")

# musl's portable C memcpy and memmove (src/string/memcpy.c, memmove.c)
# instead of its x86_64 assembly (src/string/x86_64/memcpy.s and
# memmove.s, which share __memcpy_fwd): the assembly copies with
# `rep movsq` and `movsb` loops, whose start-up costs dominate the short
# copies most programs make (natively, Lua's string benchmark spent a fifth
# of its time in memcpy; CPU time 0.68 s -> 0.54 s with the C versions).
# The line is appended to the config.mak that configure writes, which
# musl's Makefile reads to override its own variables.
musl_config_mak='ARCH_SRCS = $(filter-out %/src/string/x86_64/memcpy.s %/src/string/x86_64/memmove.s,$(sort $(wildcard $(ARCH_GLOBS))))'
