# The configuration of musl, sourced by the two scripts that build it:
# toolchain/libc/build-musl.sh (halite's sysroot, compiled with halite-cc)
# and bench/suite/native-musl.sh (the benchmark suite's native baseline,
# compiled with gcc). Both use the same Debian source and these options, so
# that native code and modules link the same C library and the benchmarks
# compare the sandbox, not two libcs.

# Debian 12's musl source package.
musl_version=1.2.3

# The allocator: dlmalloc 2.8.6 (Doug Lea's, public domain; the copy in
# Debian's wasi-libc source package, i.e. the allocator of wasi-libc and so
# of the benchmark suite's WebAssembly builds), added to musl's source as
# the allocator directory src/malloc/dlmalloc by add-dlmalloc.sh, with
# dlmalloc/glue.c. musl's own allocators are slower for programs that
# allocate a lot: natively, Lua's binary-trees benchmark used 1.35x the CPU
# time with musl's default mallocng (and Debian's flags) and 1.17x with
# oldmalloc (musl 1.1's allocator, src/malloc/oldmalloc) that it uses with
# dlmalloc; WebAssembly builds, whose wasi-libc has dlmalloc, had looked
# faster than native code on it (bench/README.md).
#
# --enable-optimize: musl's default list (internal, malloc, string: -O3,
# the rest -Os) names src/malloc/*.c only since musl 1.2.1 moved the
# allocators into subdirectories; the chosen allocator is added back.
musl_malloc=dlmalloc
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
