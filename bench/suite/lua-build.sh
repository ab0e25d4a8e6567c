# How the suite compiles Lua, sourced by build.sh (native, halite and
# WebAssembly builds) and unsafe.sh (its unsafe halite variants), so that
# every Lua it times is built from the same files with the same defines.

# lua_files DIR: sets LUA_FILES to the C files of the interpreter in
# DIR/src (a Lua source tree): all but luac.c, the bytecode compiler.
lua_files() {
	local f
	LUA_FILES=()
	for f in "$1"/src/*.c; do
		case "$(basename "$f")" in luac.c) ;; *) LUA_FILES+=("$f") ;; esac
	done
}

# The defines: Lua 5.3 compatibility and the Linux configuration; for
# wasm32-wasi, which has neither mkstemp nor dlopen, the portable one, with
# os.tmpname failing.
LUA_DEFS=(-std=gnu99 -DLUA_COMPAT_5_3 -DLUA_USE_LINUX)
LUA_DEFS_WASM=(-std=gnu99 -DLUA_COMPAT_5_3 '-Dlua_tmpnam(b,e)={e=1;}' -DLUA_TMPNAMBUFSIZE=32)
