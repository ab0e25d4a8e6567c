/* The parsing module of examples/embed/document_host.c: Lua 5.4 (its own
 * sources, built unmodified with halite-cc) in a sandbox, reading
 * documents written as Lua table constructors:
 *
 *   title = "Quarterly report", pages = 12, draft = false,
 *   authors = { "Ada", "Grace" }, size = { w = 210, h = 297 }
 *
 * parse(text, len) evaluates the text as the fields of one table, with no
 * library visible to it (the document is data: no print, no os, no load),
 * and returns the table flattened into lines "key=value" (nested keys
 * joined with dots, arrays by index), sorted, in a buffer of the module's
 * own; or a line "error: ..." if the text is not such a document. The
 * host treats that pointer as untrusted (document_host.c). main creates
 * the Lua state and hands the module to the host. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "halite_guest.h"
#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

static lua_State *L;
static char *out;
static size_t out_len, out_cap;

static void emit(const char *s, size_t n)
{
	if (out_len + n + 1 > out_cap) {
		size_t cap = out_cap ? 2 * out_cap : 4096;
		while (cap < out_len + n + 1)
			cap *= 2;
		char *p = realloc(out, cap);
		if (!p)
			return; /* the output is cut short; the host checks the length */
		out = p;
		out_cap = cap;
	}
	memcpy(out + out_len, s, n);
	out_len += n;
	out[out_len] = 0;
}

/* The table at the top of the stack, under the key prefix. */
static void flatten(const char *prefix, int depth)
{
	if (depth > 16) {
		emit(prefix, strlen(prefix));
		emit("=(too deep)\n", 12);
		return;
	}
	lua_pushnil(L);
	while (lua_next(L, -2)) {
		char key[256];
		if (lua_type(L, -2) == LUA_TNUMBER)
			snprintf(key, sizeof key, "%s%s%lld", prefix, *prefix ? "." : "",
				 (long long)lua_tointeger(L, -2));
		else if (lua_type(L, -2) == LUA_TSTRING)
			snprintf(key, sizeof key, "%s%s%s", prefix, *prefix ? "." : "",
				 lua_tostring(L, -2));
		else
			snprintf(key, sizeof key, "%s%s?", prefix, *prefix ? "." : "");
		if (lua_type(L, -1) == LUA_TTABLE) {
			flatten(key, depth + 1);
		} else {
			size_t n;
			const char *v = luaL_tolstring(L, -1, &n); /* pushes the text */
			emit(key, strlen(key));
			emit("=", 1);
			emit(v, n);
			emit("\n", 1);
			lua_pop(L, 1);
		}
		lua_pop(L, 1);
	}
}

static int cmp_lines(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts the lines of out (pairs come from lua_next in no useful order). */
static void sort_lines(void)
{
	size_t n = 0;
	for (size_t i = 0; i < out_len; i++)
		n += out[i] == '\n';
	char **line = malloc((n ? n : 1) * sizeof *line);
	char *copy = malloc(out_len + 1);
	if (!line || !copy) {
		free(line);
		free(copy);
		return;
	}
	memcpy(copy, out, out_len + 1);
	size_t k = 0;
	for (char *s = copy, *nl; k < n && (nl = strchr(s, '\n')); s = nl + 1) {
		*nl = 0;
		line[k++] = s;
	}
	qsort(line, k, sizeof *line, cmp_lines);
	out_len = 0;
	for (size_t i = 0; i < k; i++) {
		emit(line[i], strlen(line[i]));
		emit("\n", 1);
	}
	free(line);
	free(copy);
}

HALITE_EXPORT const char *parse(const char *text, long len)
{
	out_len = 0;
	emit("", 0);
	if (len < 0)
		return "error: negative length";
	/* "return { ... }": the text is a table's fields. Text only: a
	 * precompiled chunk is refused (mode "t"). */
	luaL_Buffer b;
	luaL_buffinit(L, &b);
	luaL_addstring(&b, "return {\n");
	luaL_addlstring(&b, text, (size_t)len);
	luaL_addstring(&b, "\n}");
	luaL_pushresult(&b);
	size_t n;
	const char *chunk = lua_tolstring(L, -1, &n);
	int r = luaL_loadbufferx(L, chunk, n, "=document", "t");
	if (r == LUA_OK) {
		/* Its environment: an empty table, so no function is reachable. */
		lua_newtable(L);
		lua_setupvalue(L, -2, 1);
		r = lua_pcall(L, 0, 1, 0);
	}
	if (r != LUA_OK || !lua_istable(L, -1)) {
		const char *msg = r != LUA_OK ? lua_tostring(L, -1) : "not a table";
		emit("error: ", 7);
		emit(msg ? msg : "?", msg ? strlen(msg) : 1);
		emit("\n", 1);
	} else {
		flatten("", 0);
		sort_lines();
	}
	lua_settop(L, 0);
	return out;
}

int main(void)
{
	L = luaL_newstate();
	if (!L)
		return 1;
	halite_serve();
}
