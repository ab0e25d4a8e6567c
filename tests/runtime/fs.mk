# File-system calls and --dir grants under `halite run`: test_fs.sh compiles
# tests/runtime/fs/*.c with halite-cc (so it needs the sysroot) and runs them.
# The sysroot stamp is named literally: toolchain/libc/libc.mk, which defines
# HALITE_LIBC_STAMP, is read after this file.
TEST_PROGS += tests/runtime/test_fs.sh
test: $(BUILD)/bin/halite $(BUILD)/bin/halite-cc $(BUILD)/sysroot/.libc-ok
