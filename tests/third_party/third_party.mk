# Third-party C code built unmodified with halite-cc (tests/third_party/).
# `make check-third-party` fetches (apt-get source, cached in
# build/third_party/src; SQLite from build/bench-src when there) and builds
# zlib, bzip2, Lua 5.4 and SQLite (its amalgamation generated natively, which
# needs tclsh), and validates everything they produce; it takes a minute or
# two, so it is not part of `make test`. `make test` only re-validates what
# was built (and skips cleanly when nothing was).
#
# `make check-third-party-run` builds them (with native gcc builds of the
# same programs, for comparison) and runs them in the sandbox
# (run_third_party.sh): zlib's example and minigzip, bzip2's sample tests,
# the Lua scripts in tests/third_party/lua/, SQLite's speedtest1 and shell,
# each compared with the native program's output. `make test` runs it too,
# on what is already built (about 30 s), and skips what is not.
THIRD_PARTY_PKGS ?= zlib bzip2 lua5.4 sqlite3

.PHONY: check-third-party
check-third-party: $(BUILD)/bin/halite-cc $(BUILD)/bin/halite $(BUILD)/bin/halite-rewrite libc
	BUILD=$(BUILD) bash tests/third_party/build.sh $(THIRD_PARTY_PKGS)

TEST_PROGS += tests/third_party/test_third_party.sh

.PHONY: check-third-party-run
check-full: check-third-party-run
check-third-party-run: check-third-party
	BUILD=$(BUILD) bash tests/run.sh tests/third_party/run_third_party.sh

TEST_PROGS += tests/third_party/run_third_party.sh
