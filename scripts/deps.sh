#!/usr/bin/env bash
# Installs what halite needs to build and test on Debian 12. Idempotent:
# installs only missing packages, adds deb-src entries only once.
set -euo pipefail

need=(gcc make binutils libc6-dev clang libclang-rt-14-dev libzydis-dev
      file xxd python3 dpkg-dev tcl pkg-config)

missing=()
for p in "${need[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)

if [ "${#missing[@]}" -gt 0 ]; then
	echo "deps: installing ${missing[*]}"
	"${sudo_cmd[@]}" apt-get update -qq
	DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
fi

# deb-src entries, for `apt-get source musl` (toolchain) and third-party tests.
if ! grep -rqsE '^(deb-src|Types:.*deb-src)' /etc/apt/sources.list /etc/apt/sources.list.d/; then
	echo "deps: enabling deb-src entries"
	if [ -f /etc/apt/sources.list.d/debian.sources ]; then
		"${sudo_cmd[@]}" sed -i 's/^Types: deb$/Types: deb deb-src/' /etc/apt/sources.list.d/debian.sources
	else
		grep -hE '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' |
			"${sudo_cmd[@]}" tee /etc/apt/sources.list.d/halite-src.list >/dev/null
	fi
	"${sudo_cmd[@]}" apt-get update -qq
fi
echo "deps: ok"
