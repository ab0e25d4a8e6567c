#!/usr/bin/env bash
# Debian packages the benchmark suite (bench/suite/) needs beyond
# scripts/deps.sh's: the WebAssembly toolchain (clang-14 --target=wasm32-wasi
# with wasi-libc, wasm-ld from lld-14, compiler-rt builtins for wasm32),
# wasm2c (wabt), node (V8, its `wasi` module), gnuplot for the chart,
# valgrind for instruction counts, musl-gcc (the native builds link the same
# musl as the sandbox's), xz-utils' source build deps (none beyond gcc).
# Run by the bench targets only (never by `make` or `make test`).
# Idempotent: installs only what is missing.
set -euo pipefail

need=(clang-14 lld-14 wasi-libc libclang-rt-14-dev-wasm32 wabt nodejs gnuplot-nox
      valgrind musl-tools dpkg-dev)

missing=()
for p in "${need[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)

if [ "${#missing[@]}" -gt 0 ]; then
	echo "bench-deps: installing ${missing[*]}"
	"${sudo_cmd[@]}" apt-get update -qq
	DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "bench-deps: ok"
