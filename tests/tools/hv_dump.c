/* hv-dump: prints what the halite decoder (hv_decode) makes of raw code.
 *
 * Usage:
 *   hv-dump [-x] FILE            walk FILE linearly from offset 0
 *   hv-dump [-x] -o FILE < OFFS  decode at each offset read from stdin
 *
 * FILE holds raw code bytes (e.g. `objcopy -O binary --only-section=.text`);
 * "-" reads standard input (linear mode only).
 *
 * Output, one line per decode attempt (a stable format; other tools parse it):
 *   OFFSET LEN MNEMONIC        hv_decode returned HV_D_OK
 *   OFFSET ? unknown [WHY]     hv_decode failed; WHY is absent for
 *                              HV_D_UNKNOWN, else one of: truncated, prefix,
 *                              toolong
 * OFFSET is lowercase hexadecimal without "0x" (as objdump prints
 * addresses), LEN decimal. In linear mode the walk continues at OFFSET+LEN,
 * or at OFFSET+1 after a failure. With -x a last field "bytes=HEX" lists the
 * instruction bytes (on failure: up to 15 bytes from OFFSET).
 *
 * In -o mode each input line starts with a hexadecimal offset ("0x" allowed,
 * a trailing ':' ignored); the rest of the line is ignored, so objdump's
 * output lines can be fed in after filtering. Offsets past the end of the
 * file print "OFFSET ? unknown truncated". */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validator/decode.h"

static const char *status_word(enum hv_dstatus s)
{
	switch (s) {
	case HV_D_OK:
		return "ok";
	case HV_D_TRUNCATED:
		return "truncated";
	case HV_D_UNKNOWN:
		return "";
	case HV_D_PREFIX:
		return "prefix";
	case HV_D_TOOLONG:
		return "toolong";
	}
	return "status?";
}

static unsigned char *read_all(const char *path, size_t *len)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "hv-dump: %s: %s\n", path, strerror(errno));
		return NULL;
	}
	size_t cap = 1 << 16, n = 0;
	unsigned char *buf = malloc(cap);
	for (;;) {
		if (!buf) {
			fprintf(stderr, "hv-dump: out of memory\n");
			exit(1);
		}
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (n < cap) {
			if (ferror(f)) {
				fprintf(stderr, "hv-dump: %s: read error\n", path);
				free(buf);
				buf = NULL;
			}
			break;
		}
		cap *= 2;
		buf = realloc(buf, cap);
	}
	if (f != stdin)
		fclose(f);
	if (!buf)
		return NULL;
	/* An exactly sized copy, so that a sanitized decoder reading past the
	 * end of the code is caught. */
	unsigned char *exact = malloc(n ? n : 1);
	if (!exact) {
		fprintf(stderr, "hv-dump: out of memory\n");
		exit(1);
	}
	memcpy(exact, buf, n);
	free(buf);
	*len = n;
	return exact;
}

static void print_bytes(const unsigned char *p, size_t n)
{
	fputs(" bytes=", stdout);
	for (size_t i = 0; i < n; i++)
		printf("%02x", p[i]);
}

/* Decodes at off and prints one line; returns the length decoded, 0 on
 * failure. */
static size_t dump_one(const unsigned char *code, size_t len, size_t off, int xflag)
{
	struct hv_insn in;
	enum hv_dstatus s;
	if (off >= len) {
		printf("%zx ? unknown truncated\n", off);
		return 0;
	}
	memset(&in, 0, sizeof in);
	s = hv_decode(code + off, len - off, &in);
	if (s == HV_D_OK) {
		const char *m = in.op < hv_nops ? hv_opnames[in.op].mnemonic : NULL;
		printf("%zx %u %s", off, (unsigned)in.len, m && *m ? m : "(noname)");
		if (xflag)
			print_bytes(code + off, in.len);
		putchar('\n');
		return in.len;
	}
	const char *w = status_word(s);
	printf("%zx ? unknown%s%s", off, *w ? " " : "", w);
	if (xflag) {
		size_t n = len - off < 15 ? len - off : 15;
		print_bytes(code + off, n);
	}
	putchar('\n');
	return 0;
}

static int usage(void)
{
	fprintf(stderr, "usage: hv-dump [-x] FILE\n"
			"       hv-dump [-x] -o FILE < offsets\n");
	return 2;
}

int main(int argc, char **argv)
{
	int xflag = 0, oflag = 0;
	const char *path = NULL;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-x") == 0)
			xflag = 1;
		else if (strcmp(argv[i], "-o") == 0)
			oflag = 1;
		else if (argv[i][0] == '-' && argv[i][1] && strcmp(argv[i], "--") != 0)
			return usage();
		else if (!path)
			path = argv[i];
		else
			return usage();
	}
	if (!path || (oflag && strcmp(path, "-") == 0))
		return usage();

	size_t len = 0;
	unsigned char *code = read_all(path, &len);
	if (!code)
		return 1;

	if (!oflag) {
		size_t off = 0;
		while (off < len) {
			size_t n = dump_one(code, len, off, xflag);
			off += n ? n : 1;
		}
	} else {
		char line[4096];
		while (fgets(line, sizeof line, stdin)) {
			char *s = line, *end;
			while (*s == ' ' || *s == '\t')
				s++;
			if (*s == '\n' || *s == 0)
				continue;
			errno = 0;
			unsigned long long off = strtoull(s, &end, 16);
			if (end == s || errno) {
				fprintf(stderr, "hv-dump: bad offset line: %s", line);
				free(code);
				return 2;
			}
			dump_one(code, len, (size_t)off, xflag);
		}
	}
	free(code);
	if (fflush(stdout) != 0) {
		perror("hv-dump: stdout");
		return 1;
	}
	return 0;
}
