/* A host program that uses zlib and Lua from sandboxes (the embedding API,
 * include/halite.h, docs/embedding.md).
 *
 *   zlib_host ZLIB_MODULE [FILE]
 *   zlib_host ZLIB_MODULE --lua LUA_MODULE
 *
 * The first form compresses FILE (default: a generated buffer) with zlib's
 * compress2 in the sandbox, decompresses it with uncompress, in the
 * sandbox too, and checks that the result is the input. The second reads
 * a document RLBox style: it arrives compressed, is decompressed by the
 * sandboxed zlib and parsed by a sandboxed Lua (lua_guest.c), whose
 * answer the host prints; then two hostile documents, one that never ends
 * and one that is not a document, are stopped without harm to the host.
 *
 * Everything a sandbox hands back is untrusted: every pointer goes through
 * halite_ptr (or halite_str) before the host reads it, and every length is
 * checked against what the host allocated, because a compromised zlib or
 * Lua could return anything. A sandbox that misbehaves costs the host one
 * failed call, never its memory. Exit status 0 if everything worked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "halite.h"

#define Z_OK 0

static halite_instance *zlib;
static halite_fn fn_bound, fn_compress2, fn_uncompress, fn_version;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int lookup(halite_module *m, const char *name, halite_fn *fn)
{
	char err[512];
	if (halite_lookup(m, name, fn, err, sizeof err) == HALITE_OK)
		return 0;
	fprintf(stderr, "zlib_host: %s\n", err);
	return -1;
}

/* A buffer inside a sandbox: its instance, its sandbox address, and its
 * host address once checked. */
struct sbuf {
	halite_instance *in;
	halite_sptr s;
	unsigned char *h;
	size_t len;
};

static int sbuf_alloc(struct sbuf *b, halite_instance *in, size_t len)
{
	b->in = in;
	b->len = len;
	b->s = halite_malloc(in, len ? len : 1);
	/* The sandbox's malloc is untrusted too: the memory it returns must
	 * be inside the sandbox, mapped and writable, for all len bytes. */
	b->h = b->s ? halite_ptr_rw(in, b->s, b->len) : NULL;
	return b->h ? 0 : -1;
}

static void sbuf_free(struct sbuf *b)
{
	if (b->s)
		halite_free(b->in, b->s);
	b->s = 0;
	b->h = NULL;
}

/* zlib's uLongf *destLen: a sandbox word the call reads and writes. */
static int read_len(halite_sptr p, uint64_t *v)
{
	return halite_copy_out(zlib, v, p, sizeof *v) == HALITE_OK ? 0 : -1;
}

/* Calls a zlib function returning an int (Z_OK or an error). */
static int zcall(halite_fn fn, const halite_value *args, unsigned n, int *zret)
{
	halite_value r = halite_int(0);
	int s = halite_call(zlib, fn, args, n, &r);
	if (s != HALITE_OK) {
		fprintf(stderr, "zlib_host: the sandbox failed: %s: %s\n", halite_strerror(s),
			halite_last_error(zlib));
		return -1;
	}
	*zret = (int)r.i;
	return 0;
}

/* Compresses in[0..n) into *out (malloc'd), returns its length or -1. */
static long sandboxed_compress(const unsigned char *in, size_t n, unsigned char **out)
{
	halite_value a = halite_int(n), r = halite_int(0);
	if (halite_call(zlib, fn_bound, &a, 1, &r) != HALITE_OK)
		return -1;
	uint64_t bound = r.i;
	/* Untrusted: compressBound is n plus a little. */
	if (bound < n || bound > n + n / 100 + 1024) {
		fprintf(stderr, "zlib_host: compressBound(%zu) = %llu: refused\n", n,
			(unsigned long long)bound);
		return -1;
	}
	struct sbuf src = {0}, dst = {0}, len = {0};
	long result = -1;
	if (sbuf_alloc(&src, zlib, n) || sbuf_alloc(&dst, zlib, bound) || sbuf_alloc(&len, zlib, 8))
		goto out;
	memcpy(src.h, in, n); /* checked writable above */
	uint64_t cap = bound;
	memcpy(len.h, &cap, 8);
	halite_value args[5] = {halite_int(dst.s), halite_int(len.s), halite_int(src.s),
				halite_int(n), halite_int(9)};
	int z;
	uint64_t clen;
	if (zcall(fn_compress2, args, 5, &z) || z != Z_OK || read_len(len.s, &clen))
		goto out;
	/* The length comes from the sandbox: never trust it past the buffer. */
	if (clen > dst.len) {
		fprintf(stderr, "zlib_host: compress2 claims %llu bytes in a %zu-byte buffer\n",
			(unsigned long long)clen, dst.len);
		goto out;
	}
	/* Check again after the call: the sandbox may have unmapped it. */
	const unsigned char *c = halite_ptr(zlib, dst.s, clen);
	if (!c || !(*out = malloc(clen ? clen : 1)))
		goto out;
	memcpy(*out, c, clen);
	result = (long)clen;
out:
	sbuf_free(&src);
	sbuf_free(&dst);
	sbuf_free(&len);
	return result;
}

/* Decompresses in[0..n) into out[0..cap), returns the length or -1. */
static long sandboxed_uncompress(const unsigned char *in, size_t n, unsigned char *out, size_t cap)
{
	struct sbuf src = {0}, dst = {0}, len = {0};
	long result = -1;
	if (sbuf_alloc(&src, zlib, n) || sbuf_alloc(&dst, zlib, cap) || sbuf_alloc(&len, zlib, 8))
		goto out;
	memcpy(src.h, in, n);
	uint64_t c = cap;
	memcpy(len.h, &c, 8);
	halite_value args[4] = {halite_int(dst.s), halite_int(len.s), halite_int(src.s),
				halite_int(n)};
	int z;
	uint64_t ulen;
	if (zcall(fn_uncompress, args, 4, &z) || z != Z_OK || read_len(len.s, &ulen) ||
	    ulen > dst.len)
		goto out;
	const unsigned char *u = halite_ptr(zlib, dst.s, ulen);
	if (!u)
		goto out;
	memcpy(out, u, ulen);
	result = (long)ulen;
out:
	sbuf_free(&src);
	sbuf_free(&dst);
	sbuf_free(&len);
	return result;
}

/* ---- documents: decompressed by the sandboxed zlib, parsed by a
 * sandboxed Lua ---- */

static halite_module *lua_mod;
static halite_instance *lua;
static halite_fn fn_parse;

static const char document[] = "title = \"Quarterly report\", pages = 12, draft = false,\n"
			       "authors = { \"Ada\", \"Grace\" },\n"
			       "size = { w = 210, h = 297 }\n";

/* A Lua instance with a time limit and a memory limit: a document can make
 * the parser loop or allocate, and only the instance pays. */
static int lua_start(void)
{
	char err[512];
	struct halite_config cfg;
	halite_config_default(&cfg);
	cfg.memory_limit = 64u << 20;
	cfg.call_timeout = 1;
	if (!(lua = halite_instance_create(lua_mod, &cfg, err, sizeof err)))
		fprintf(stderr, "zlib_host: %s\n", err);
	return lua ? 0 : -1;
}

/* Parses text[0..n) in the Lua sandbox; its answer, at most cap - 1
 * bytes, in out. HALITE_OK, or why the call failed. */
static int sandboxed_parse(const char *text, size_t n, char *out, size_t cap)
{
	struct sbuf src = {0};
	if (sbuf_alloc(&src, lua, n))
		return HALITE_ERR_NOMEM;
	memcpy(src.h, text, n);
	halite_value a[2] = {halite_int(src.s), halite_int(n)}, r = halite_int(0);
	int s = halite_call(lua, fn_parse, a, 2, &r);
	if (s == HALITE_OK) {
		/* The answer's address is the sandbox's word: used only if it is
		 * a string inside the slot, NUL within cap bytes. */
		const char *ans = halite_str(lua, r.i, cap);
		if (ans)
			snprintf(out, cap, "%s", ans);
		else
			s = HALITE_ERR_RANGE;
	}
	if (halite_alive(lua))
		sbuf_free(&src);
	return s;
}

/* The document as it arrives (compressed, here by the sandboxed zlib too),
 * then two hostile ones. 1 if each ended as it should. */
static int documents(void)
{
	char ans[4096] = "";
	unsigned char *packed = NULL;
	char text[sizeof document];
	long clen = sandboxed_compress((const unsigned char *)document, sizeof document - 1, &packed);
	long tlen = clen < 0 ? -1
			     : sandboxed_uncompress(packed, (size_t)clen, (unsigned char *)text,
						    sizeof text - 1);
	free(packed);
	if (tlen != (long)sizeof document - 1) {
		fprintf(stderr, "zlib_host: the document did not decompress\n");
		return 0;
	}
	int s = sandboxed_parse(text, (size_t)tlen, ans, sizeof ans);
	int parsed = s == HALITE_OK && strstr(ans, "authors.1=Ada\n") && strstr(ans, "size.w=210\n");
	printf("a %ld-byte compressed document, decompressed by zlib and parsed by Lua, both "
	       "sandboxed:\n%s%s\n",
	       clen, s == HALITE_OK ? ans : "", parsed ? "document parsed OK" : "document NOT parsed");

	/* One that never ends: the call's time limit stops it, and the
	 * instance, dead now, is replaced. */
	static const char loop[] = "pages = (function() while true do end end)()";
	s = sandboxed_parse(loop, sizeof loop - 1, ans, sizeof ans);
	int stopped = s == HALITE_ERR_TIMEOUT && !halite_alive(lua);
	printf("a document that loops: %s\n%s\n", s ? halite_last_error(lua) : "it returned",
	       stopped ? "runaway document stopped" : "runaway document NOT stopped");
	halite_instance_destroy(lua);
	if (lua_start())
		return 0;

	/* One that reaches for the host: nothing but the table's own fields
	 * is visible to it, so Lua reports an error, as text. */
	static const char reach[] = "home = os.getenv('HOME')";
	s = sandboxed_parse(reach, sizeof reach - 1, ans, sizeof ans);
	int refused = s == HALITE_OK && !strncmp(ans, "error: ", 7);
	printf("a document that reaches for the host: %s%s\n", s == HALITE_OK ? ans : "\n",
	       refused ? "document refused" : "document NOT refused");
	return parsed && stopped && refused;
}

static unsigned char *read_file(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, len = 0;
	unsigned char *buf = malloc(cap);
	for (size_t r; buf && (r = fread(buf + len, 1, cap - len, f)) > 0;) {
		len += r;
		if (len == cap) {
			unsigned char *nb = realloc(buf, cap *= 2);
			if (!nb) {
				free(buf);
				buf = NULL;
			}
			buf = nb;
		}
	}
	fclose(f);
	*n = len;
	return buf;
}

int main(int argc, char **argv)
{
	if (argc < 2 || (argc > 2 && !strcmp(argv[2], "--lua") && argc != 4)) {
		fprintf(stderr, "usage: zlib_host ZLIB_MODULE [FILE]\n"
				"       zlib_host ZLIB_MODULE --lua LUA_MODULE\n");
		return 2;
	}
	char err[512];
	halite_module *m = halite_module_load(argv[1], err, sizeof err);
	if (!m) {
		fprintf(stderr, "zlib_host: %s\n", err);
		return 1;
	}
	if (lookup(m, "compressBound", &fn_bound) || lookup(m, "compress2", &fn_compress2) ||
	    lookup(m, "uncompress", &fn_uncompress) || lookup(m, "zlibVersion", &fn_version))
		return 1;
	double t0 = now();
	zlib = halite_instance_create(m, NULL, err, sizeof err);
	double t_create = now() - t0;
	if (!zlib) {
		fprintf(stderr, "zlib_host: %s\n", err);
		return 1;
	}
	halite_call_timeout(zlib, 10); /* a runaway zlib cannot hang us */

	halite_value v = halite_int(0);
	const char *version = halite_call(zlib, fn_version, NULL, 0, &v) == HALITE_OK
				  ? halite_str(zlib, v.i, 64) /* NUL within 64 bytes, in the slot */
				  : NULL;
	printf("zlib %s in a sandbox (instance made in %.0f us)\n",
	       version ? version : "(bad version string)", t_create * 1e6);

	if (argc == 4) { /* --lua */
		if (!(lua_mod = halite_module_load(argv[3], err, sizeof err))) {
			fprintf(stderr, "zlib_host: %s\n", err);
			return 1;
		}
		if (lookup(lua_mod, "parse", &fn_parse) || lua_start())
			return 1;
		int ok = documents();
		halite_instance_destroy(lua);
		halite_module_free(lua_mod);
		halite_instance_destroy(zlib);
		halite_module_free(m);
		return ok ? 0 : 1;
	}

	size_t n = 0;
	unsigned char *in = NULL;
	if (argc > 2) {
		if (!(in = read_file(argv[2], &n))) {
			perror(argv[2]);
			return 1;
		}
	} else {
		n = 1 << 20;
		in = malloc(n);
		for (size_t i = 0; in && i < n; i++)
			in[i] = (unsigned char)("halite sandboxes zlib; "[i % 23] ^ (i / 4096 % 3));
	}
	unsigned char *packed = NULL, *back = malloc(n ? n : 1);
	if (!in || !back)
		return 1;
	t0 = now();
	long clen = sandboxed_compress(in, n, &packed);
	double t_c = now() - t0;
	t0 = now();
	long ulen = clen < 0 ? -1 : sandboxed_uncompress(packed, (size_t)clen, back, n);
	double t_u = now() - t0;
	int same = ulen == (long)n && memcmp(in, back, n) == 0;
	printf("%zu bytes -> %ld compressed (%.1f ms) -> %ld uncompressed (%.1f ms): %s\n", n, clen,
	       t_c * 1e3, ulen, t_u * 1e3, same ? "round trip OK" : "MISMATCH");
	free(in);
	free(packed);
	free(back);
	halite_instance_destroy(zlib);
	halite_module_free(m);
	return same ? 0 : 1;
}
