/* `halite validate`: runs the validator over the executable segments of
 * ELF modules, or over raw code bytes, and reports every violation with its
 * file offset, bytes, disassembly and the rule broken. */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/disasm.h"
#include "loader/elf.h"
#include "validator/validator.h"

#define DEFAULT_RAW_ADDR 0x20000u
#define DEFAULT_MAX_ERRORS 100u

enum { EXIT_VALID = 0, EXIT_ERROR = 1, EXIT_INVALID = 2 };

struct options {
	struct hv_policy policy;
	int raw;
	uint64_t addr;
	int json, quiet;
	size_t max_errors; /* 0: no limit (printed as found, not sorted) */
};

/* One violation kept for printing: where its bytes are. */
struct item {
	uint64_t file_off, vaddr, seq;
	const uint8_t *p; /* bytes at the violation */
	size_t avail;     /* bytes from p to the end of the code region */
	struct hv_violation v;
};

/* Per-file state. */
struct file_ctx {
	const struct options *opt;
	const char *name;
	const struct hl_elf *elf; /* for symbols, or NULL */
	/* current code region */
	const uint8_t *code;
	size_t len;
	uint64_t file_off, vaddr;
	/* kept violations: a max-heap on (file_off, seq) of at most max_errors,
	 * sorted before printing; or none when streaming (max_errors == 0) */
	struct item *items;
	size_t nitems;
	size_t total, shown;
	uint64_t seq;
	int oom;
};

/* The rule's stable short name (hv_rule_name), "other" if it has none. */
static const char *rule_id(enum hv_rule r)
{
	const char *n = hv_rule_name(r);
	return strcmp(n, "?") ? n : "other";
}

static const char *rule_text(enum hv_rule r, unsigned detail)
{
	const char *t = hv_rule_text(r, detail);
	return t ? t : "rule broken";
}

/* Short name of a violation's detail (deny class, never-allowed reason or
 * CPU feature), or NULL. */
static const char *detail_name(enum hv_rule r, unsigned detail)
{
	static const char *const reasons[] = {
	    [HV_X_SYSCALL - HV_X_SYSCALL] = "syscall",
	    [HV_X_PRIV - HV_X_SYSCALL] = "privileged",
	    [HV_X_SEGMENT - HV_X_SYSCALL] = "segment",
	    [HV_X_FAR - HV_X_SYSCALL] = "far",
	    [HV_X_RET - HV_X_SYSCALL] = "ret",
	    [HV_X_STACKFRAME - HV_X_SYSCALL] = "stackframe",
	    [HV_X_ABSMEM - HV_X_SYSCALL] = "absmem",
	    [HV_X_PKRU - HV_X_SYSCALL] = "pkru",
	    [HV_X_TRAP - HV_X_SYSCALL] = "trap",
	    [HV_X_TSX - HV_X_SYSCALL] = "tsx",
	    [HV_X_XSTATE - HV_X_SYSCALL] = "xstate",
	    [HV_X_X87ENV - HV_X_SYSCALL] = "x87env",
	    [HV_X_STD - HV_X_SYSCALL] = "std",
	};
	const char *n = NULL;
	if ((r == HV_RULE_DENIED || r == HV_RULE_FORBIDDEN) &&
	    detail < HV_DENY_CONFIGURABLE_END)
		n = hv_deny_name(detail);
	else if (r == HV_RULE_FORBIDDEN && detail >= HV_X_SYSCALL &&
		 detail - HV_X_SYSCALL < sizeof reasons / sizeof reasons[0])
		n = reasons[detail - HV_X_SYSCALL];
	else if (r == HV_RULE_FEATURE)
		n = hv_feature_name(detail);
	return n && strcmp(n, "?") ? n : NULL;
}

/* ---- JSON ---- */

/* Writes s as a JSON string: escapes quotes, backslashes and control
 * characters, and replaces bytes that are not valid UTF-8 by U+FFFD. */
static void json_str(FILE *f, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	fputc('"', f);
	while (*p) {
		unsigned c = *p;
		if (c == '"' || c == '\\') {
			fputc('\\', f);
			fputc((int)c, f);
			p++;
		} else if (c < 0x20) {
			switch (c) {
			case '\n': fputs("\\n", f); break;
			case '\t': fputs("\\t", f); break;
			case '\r': fputs("\\r", f); break;
			default: fprintf(f, "\\u%04x", c);
			}
			p++;
		} else if (c < 0x80) {
			fputc((int)c, f);
			p++;
		} else {
			/* Length and minimum value of a UTF-8 sequence. */
			unsigned n = c >= 0xf0 && c <= 0xf4   ? 4
				     : c >= 0xe0 && c <= 0xef ? 3
				     : c >= 0xc2 && c <= 0xdf ? 2
							      : 0;
			uint32_t cp = n == 4 ? c & 7 : n == 3 ? c & 15 : c & 31;
			unsigned i = 1;
			for (; n && i < n; i++) {
				if ((p[i] & 0xc0) != 0x80)
					break;
				cp = cp << 6 | (p[i] & 0x3f);
			}
			int ok = n && i == n && !(n == 3 && cp < 0x800) &&
				 !(n == 4 && (cp < 0x10000 || cp > 0x10ffff)) &&
				 !(cp >= 0xd800 && cp <= 0xdfff);
			if (ok) {
				fwrite(p, 1, n, f);
				p += n;
			} else {
				fputs("\\ufffd", f);
				p++;
			}
		}
	}
	fputc('"', f);
}

/* ---- printing one violation ---- */

/* Hex bytes and disassembly of the bytes a violation is about. */
static void describe(const struct item *it, char *hex, size_t hexsz, char *dis,
		     size_t dissz)
{
	const uint8_t *p = it->p;
	size_t avail = it->avail, n = it->v.len;
	struct hv_insn in;

	dis[0] = 0;
	hex[0] = 0;
	if (avail == 0) {
		snprintf(dis, dissz, "(end of code)");
		return;
	}
	if (n == 0 || n > avail) {
		/* Length unknown: show the instruction there, if any. */
		enum hv_dstatus st = hv_decode(p, avail, &in);
		if (st == HV_D_OK) {
			n = in.len;
		} else {
			n = st == HV_D_TRUNCATED ? avail : 8;
			if (n > avail)
				n = avail;
			if (n > 15)
				n = 15;
			disasm_hex(hex, hexsz, p, n);
			snprintf(dis, dissz, "(unknown)");
			return;
		}
	}
	size_t show = n > 24 ? 24 : n;
	size_t hl = disasm_hex(hex, hexsz, p, show);
	if (show < n && hl + 4 < hexsz)
		strcat(hex, " ...");
	/* Disassemble every instruction in the n bytes (a violation can be
	 * about a sequence). */
	size_t off = 0, dl = 0;
	while (off < n && dl + 1 < dissz) {
		enum hv_dstatus st = hv_decode(p + off, avail - off, &in);
		if (dl)
			dl += (size_t)snprintf(dis + dl, dissz - dl, "; ");
		if (dl + 1 >= dissz)
			break;
		if (st != HV_D_OK) {
			snprintf(dis + dl, dissz - dl, "(unknown)");
			break;
		}
		size_t w = disasm_format(dis + dl, dissz - dl, &in, it->vaddr + off);
		dl = dl + w < dissz ? dl + w : dissz - 1;
		off += in.len;
	}
}

static void print_item(struct file_ctx *fc, const struct item *it, int first)
{
	char hex[128], dis[512];
	describe(it, hex, sizeof hex, dis, sizeof dis);
	const char *text = rule_text(it->v.rule, it->v.detail);
	const char *dname = detail_name(it->v.rule, it->v.detail);
	if (!fc->opt->json) {
		printf("%s:0x%llx: %s  %s: %s", fc->name,
		       (unsigned long long)it->file_off, hex, dis, text);
		if (dname && (it->v.rule == HV_RULE_DENIED ||
			      it->v.rule == HV_RULE_FEATURE))
			printf(": %s", dname);
		putchar('\n');
		return;
	}
	printf("%s{\"offset\": %llu, \"vaddr\": %llu, \"bytes\": ",
	       first ? "" : ", ", (unsigned long long)it->file_off,
	       (unsigned long long)it->vaddr);
	json_str(stdout, hex);
	fputs(", \"disassembly\": ", stdout);
	json_str(stdout, dis);
	printf(", \"rule\": \"%s\", \"message\": ", rule_id(it->v.rule));
	json_str(stdout, text);
	printf(", \"detail\": %u", it->v.detail);
	uint64_t soff;
	const char *sym = fc->elf ? hl_elf_symbolize(fc->elf, it->vaddr, &soff) : NULL;
	if (sym) {
		char sbuf[300];
		if (soff)
			snprintf(sbuf, sizeof sbuf, "%s+0x%llx", sym,
				 (unsigned long long)soff);
		else
			snprintf(sbuf, sizeof sbuf, "%s", sym);
		fputs(", \"symbol\": ", stdout);
		json_str(stdout, sbuf);
	}
	if (dname) {
		fputs(", \"detail_name\": ", stdout);
		json_str(stdout, dname);
	}
	fputs("}", stdout);
}

/* ---- collecting ---- */

static int item_less(const struct item *a, const struct item *b)
{
	return a->file_off != b->file_off ? a->file_off < b->file_off
					  : a->seq < b->seq;
}

static void sift_down(struct item *h, size_t n, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, m = i;
		if (l < n && item_less(&h[m], &h[l]))
			m = l;
		if (r < n && item_less(&h[m], &h[r]))
			m = r;
		if (m == i)
			return;
		struct item t = h[i];
		h[i] = h[m];
		h[m] = t;
		i = m;
	}
}

static void report(void *ctx, const struct hv_violation *v)
{
	struct file_ctx *fc = ctx;
	struct item it;
	uint64_t off = v->offset <= fc->len ? v->offset : fc->len;

	fc->total++;
	it.file_off = fc->file_off + off;
	it.vaddr = fc->vaddr + off;
	it.seq = fc->seq++;
	it.p = fc->code + off;
	it.avail = fc->len - off;
	it.v = *v;
	if (fc->opt->max_errors == 0) {
		print_item(fc, &it, fc->shown == 0);
		fc->shown++;
		return;
	}
	if (!fc->items)
		return; /* allocation failed: counted, not shown */
	struct item *h = fc->items;
	if (fc->nitems < fc->opt->max_errors) {
		size_t i = fc->nitems++;
		h[i] = it;
		while (i > 0 && item_less(&h[(i - 1) / 2], &h[i])) {
			struct item t = h[i];
			h[i] = h[(i - 1) / 2];
			h[(i - 1) / 2] = t;
			i = (i - 1) / 2;
		}
	} else if (item_less(&it, &h[0])) {
		h[0] = it;
		sift_down(h, fc->nitems, 0);
	}
}

static void flush_items(struct file_ctx *fc)
{
	/* Heap sort: ascending. */
	struct item *h = fc->items;
	for (size_t n = fc->nitems; n > 1; n--) {
		struct item t = h[0];
		h[0] = h[n - 1];
		h[n - 1] = t;
		sift_down(h, n - 1, 0);
	}
	for (size_t i = 0; i < fc->nitems; i++) {
		print_item(fc, &h[i], fc->shown == 0);
		fc->shown++;
	}
	fc->nitems = 0;
}

/* Validates one code region; returns -1 if scratch memory is lacking. */
static int validate_region(struct file_ctx *fc, const uint8_t *code, size_t len,
			   uint64_t file_off, uint64_t vaddr)
{
	size_t ss = hv_scratch_size(len);
	void *scratch = malloc(ss ? ss : 1);
	if (!scratch)
		return -1;
	fc->code = code;
	fc->len = len;
	fc->file_off = file_off;
	fc->vaddr = vaddr;
	hv_validate(code, len, vaddr, &fc->opt->policy, scratch, report, fc);
	free(scratch);
	return 0;
}

static void json_begin(const struct file_ctx *fc, const char *format)
{
	fputs("{\"file\": ", stdout);
	json_str(stdout, fc->name);
	printf(", \"format\": \"%s\", \"violations\": [", format);
}

/* A problem that stops the file from being validated: prints it in the
 * violation format (file-level problems have no bytes). */
static void file_problem(const struct file_ctx *fc, uint64_t off, const char *msg)
{
	if (fc->opt->json) {
		printf("], \"valid\": false, \"error\": {\"offset\": %llu, "
		       "\"message\": ",
		       (unsigned long long)off);
		json_str(stdout, msg);
		fputs("}}\n", stdout);
	} else {
		printf("%s:0x%llx: %s\n", fc->name, (unsigned long long)off, msg);
	}
	fprintf(stderr, "%s: not a valid module\n", fc->name);
}

static int validate_file(const struct options *opt, const char *name)
{
	uint8_t *data;
	size_t size;
	char err[300];

	if (cli_read_file(name, CLI_MAX_FILE, &data, &size, err, sizeof err) != 0) {
		fprintf(stderr, "halite validate: %s: %s\n", name, err);
		if (opt->json) {
			fputs("{\"file\": ", stdout);
			json_str(stdout, name);
			fputs(", \"error\": ", stdout);
			json_str(stdout, err);
			fputs("}\n", stdout);
		}
		return EXIT_ERROR;
	}

	struct file_ctx fc = {0};
	fc.opt = opt;
	fc.name = name;
	if (opt->max_errors) {
		fc.items = calloc(opt->max_errors, sizeof *fc.items);
		if (!fc.items) {
			fprintf(stderr,
				"halite validate: %s: out of memory for %zu violations; "
				"lower --max-errors\n",
				name, opt->max_errors);
			free(data);
			return EXIT_ERROR;
		}
	}
	if (opt->json)
		json_begin(&fc, opt->raw ? "raw" : "elf");

	int status = EXIT_VALID;
	uint64_t code_bytes = 0;
	struct hl_elf elf; /* fc.elf points here until the end */
	unsigned bundle = opt->policy.bundle_size;
	if (opt->raw) {
		if (size > HV_SANDBOX_SIZE - opt->addr) {
			char msg[200];
			snprintf(msg, sizeof msg,
				 "%zu bytes of code at 0x%llx do not fit in the 4 GiB "
				 "sandbox",
				 size, (unsigned long long)opt->addr);
			file_problem(&fc, 0, msg);
			status = EXIT_INVALID;
			goto out;
		}
		code_bytes = size;
		if (validate_region(&fc, data, size, 0, opt->addr) != 0)
			goto nomem;
	} else {
		struct hl_elf_error ee;
		if (hl_elf_parse(&elf, data, size, &ee) != 0) {
			char msg[260];
			snprintf(msg, sizeof msg, "invalid ELF module: %s", ee.msg);
			file_problem(&fc, ee.offset, msg);
			status = EXIT_INVALID;
			goto out;
		}
		fc.elf = &elf;
		for (unsigned i = 0; i < elf.nsegs; i++) {
			const struct hl_segment *s = &elf.seg[i];
			if ((s->flags & HL_SEG_X) && s->vaddr % bundle) {
				char msg[200];
				snprintf(msg, sizeof msg,
					 "invalid ELF module: executable segment at 0x%llx "
					 "does not start at a %u-byte bundle boundary",
					 (unsigned long long)s->vaddr, bundle);
				file_problem(&fc, s->offset, msg);
				status = EXIT_INVALID;
				goto out;
			}
		}
		for (unsigned i = 0; i < elf.nsegs; i++) {
			const struct hl_segment *s = &elf.seg[i];
			if (!(s->flags & HL_SEG_X))
				continue;
			code_bytes += s->filesz;
			if (validate_region(&fc, s->data, (size_t)s->filesz, s->offset,
					    s->vaddr) != 0)
				goto nomem;
		}
	}
	if (opt->max_errors)
		flush_items(&fc);
	if (opt->json) {
		printf("], \"valid\": %s, \"violation_count\": %zu, \"shown\": %zu, "
		       "\"code_bytes\": %llu}\n",
		       fc.total ? "false" : "true", fc.total,
		       fc.shown, (unsigned long long)code_bytes);
	}
	if (fc.total) {
		status = EXIT_INVALID;
		fprintf(stderr, "%s: %zu violation%s in %llu bytes of code", name,
			fc.total, fc.total == 1 ? "" : "s",
			(unsigned long long)code_bytes);
		if (fc.shown < fc.total)
			fprintf(stderr, " (%zu shown; --max-errors N shows more)",
				fc.shown);
		fputc('\n', stderr);
	} else if (!opt->quiet) {
		fprintf(stderr, "%s: valid, %llu bytes of code\n", name,
			(unsigned long long)code_bytes);
	}
out:
	free(fc.items);
	free(data);
	return status;
nomem:
	if (opt->json)
		fputs("], \"error\": \"out of memory\"}\n", stdout);
	fprintf(stderr,
		"halite validate: %s: out of memory for the validator's scratch "
		"space\n",
		name);
	free(fc.items);
	free(data);
	return EXIT_ERROR;
}

static void help(FILE *f)
{
	fprintf(f,
		"usage: halite validate [OPTIONS] MODULE...\n"
		"       halite validate --raw [--addr A] [OPTIONS] FILE...\n"
		"\n"
		"Checks that the executable segments of static ELF modules (or raw\n"
		"code bytes) obey the sandbox rules. Each violation is printed as\n"
		"FILE:0xOFFSET: BYTES  DISASSEMBLY: RULE  (OFFSET is a file offset).\n"
		"\n"
		"options:\n"
		"  --raw                files are raw code, not ELF modules\n"
		"  --addr A             sandbox address of raw code (default 0x%x;\n"
		"                       a multiple of the bundle size)\n"
		"  --policy NAME        rule profile: halite (default) or nacl\n"
		"  --bundle N           bundle size: 16 or 32 (default 32)\n"
		"  --deny LIST          forbid instruction classes, comma-separated:\n"
		"                      ",
		DEFAULT_RAW_ADDR);
	for (unsigned c = 1; c < HV_DENY_CONFIGURABLE_END; c++) {
		const char *nm = hv_deny_name(c);
		if (nm)
			fprintf(f, " %s", nm);
	}
	fprintf(f,
		"\n"
		"  --deny-feature LIST  forbid instructions that need these CPU features\n"
		"                       (comma-separated):\n"
		"                      ");
	for (unsigned ft = 1, col = 23; ft < HV_FEAT_COUNT; ft++) {
		const char *nm = hv_feature_name(ft);
		if (!nm || !strcmp(nm, "?"))
			continue;
		if (col + strlen(nm) + 1 > 78) {
			fprintf(f, "\n                      ");
			col = 22;
		}
		fprintf(f, " %s", nm);
		col += (unsigned)strlen(nm) + 1;
	}
	fprintf(f,
		"\n"
		"  --json               one JSON object per file, one per line, on\n"
		"                       standard output\n"
		"  -q, --quiet          print nothing for valid files\n"
		"  --max-errors N       show at most N violations per file, lowest\n"
		"                       offsets first (default %u; 0: all, unsorted)\n"
		"  -h, --help           show this help\n"
		"\n"
		"exit status: 0 all valid, 2 some file invalid, 1 usage or I/O error\n",
		DEFAULT_MAX_ERRORS);
}

__attribute__((format(printf, 1, 2))) static int usage_error(const char *fmt,
							     ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("halite validate: ", stderr);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\nTry 'halite validate --help'.\n", stderr);
	return EXIT_ERROR;
}

static int parse_u64(const char *s, uint64_t *v)
{
	char *end;
	if (!*s || *s == '-' || *s == '+')
		return -1;
	errno = 0;
	unsigned long long x = strtoull(s, &end, 0);
	if (errno || *end)
		return -1;
	*v = x;
	return 0;
}

/* Applies a comma-separated list; returns the bad name's start or NULL. */
static const char *parse_list(const char *list, int deny, struct hv_policy *p,
			      char *bad, size_t badsz)
{
	const char *s = list;
	while (*s) {
		const char *c = strchr(s, ',');
		size_t n = c ? (size_t)(c - s) : strlen(s);
		char name[64];
		if (n == 0 || n >= sizeof name) {
			snprintf(bad, badsz, "%.*s", (int)(n < 60 ? n : 60), s);
			return bad;
		}
		memcpy(name, s, n);
		name[n] = 0;
		if (deny) {
			int cls = hv_deny_parse(name);
			if (cls <= 0 || cls >= HV_DENY_CONFIGURABLE_END) {
				snprintf(bad, badsz, "%s", name);
				return bad;
			}
			p->deny |= HV_DENYBIT(cls);
		} else {
			int feat = hv_feature_parse(name);
			if (feat < 0 || feat >= HV_FEAT_COUNT) {
				snprintf(bad, badsz, "%s", name);
				return bad;
			}
			p->features &= ~(1ull << feat);
		}
		s += n;
		if (*s == ',')
			s++;
	}
	return NULL;
}

int cmd_validate(int argc, char **argv)
{
	enum { O_RAW = 256, O_ADDR, O_POLICY, O_BUNDLE, O_DENY, O_DENYFEAT, O_JSON,
	       O_MAXERR };
	static const struct option longopts[] = {
		{"raw", no_argument, NULL, O_RAW},
		{"addr", required_argument, NULL, O_ADDR},
		{"policy", required_argument, NULL, O_POLICY},
		{"bundle", required_argument, NULL, O_BUNDLE},
		{"deny", required_argument, NULL, O_DENY},
		{"deny-feature", required_argument, NULL, O_DENYFEAT},
		{"json", no_argument, NULL, O_JSON},
		{"quiet", no_argument, NULL, 'q'},
		{"max-errors", required_argument, NULL, O_MAXERR},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	struct options opt;
	memset(&opt, 0, sizeof opt);
	hv_policy_default(&opt.policy);
	opt.addr = DEFAULT_RAW_ADDR;
	opt.max_errors = DEFAULT_MAX_ERRORS;
	int have_addr = 0, have_bundle = 0;
	char bad[80];

	optind = 1;
	opterr = 0;
	int c;
	while ((c = getopt_long(argc, argv, ":qh", longopts, NULL)) != -1) {
		uint64_t v;
		switch (c) {
		case O_RAW: opt.raw = 1; break;
		case O_ADDR:
			if (parse_u64(optarg, &v) != 0 || v >= HV_SANDBOX_SIZE)
				return usage_error("--addr '%s': give a sandbox address "
						   "below 4 GiB, e.g. 0x20000",
						   optarg);
			opt.addr = v;
			have_addr = 1;
			break;
		case O_POLICY:
			if (!strcmp(optarg, "halite"))
				opt.policy.profile = HV_PROFILE_HALITE;
			else if (!strcmp(optarg, "nacl"))
				opt.policy.profile = HV_PROFILE_NACL;
			else
				return usage_error("--policy '%s': use halite or nacl",
						   optarg);
			break;
		case O_BUNDLE:
			if (!strcmp(optarg, "16"))
				opt.policy.bundle_size = 16;
			else if (!strcmp(optarg, "32"))
				opt.policy.bundle_size = 32;
			else
				return usage_error("--bundle '%s': use 16 or 32", optarg);
			have_bundle = 1;
			break;
		case O_DENY:
			if (parse_list(optarg, 1, &opt.policy, bad, sizeof bad))
				return usage_error("--deny: unknown class '%s' (see "
						   "'halite validate --help')",
						   bad);
			break;
		case O_DENYFEAT:
			if (parse_list(optarg, 0, &opt.policy, bad, sizeof bad))
				return usage_error("--deny-feature: unknown CPU feature "
						   "'%s'",
						   bad);
			break;
		case O_JSON: opt.json = 1; break;
		case 'q': opt.quiet = 1; break;
		case O_MAXERR:
			if (parse_u64(optarg, &v) != 0 || v > 10000000)
				return usage_error("--max-errors '%s': give a number "
						   "from 0 (all) to 10000000",
						   optarg);
			opt.max_errors = (size_t)v;
			break;
		case 'h': help(stdout); return EXIT_VALID;
		case ':':
			return usage_error("option '%s' needs a value", argv[optind - 1]);
		default:
			return usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (opt.policy.profile == HV_PROFILE_NACL) {
		if (have_bundle && opt.policy.bundle_size != 32)
			return usage_error("the nacl policy has 32-byte bundles; "
					   "drop --bundle 16");
		opt.policy.bundle_size = 32;
	}
	if (have_addr && !opt.raw)
		return usage_error("--addr is for raw code: add --raw (ELF "
				   "modules carry their own addresses)");
	if (opt.raw && opt.addr % opt.policy.bundle_size)
		return usage_error("--addr 0x%llx is not a multiple of the %u-byte "
				   "bundle",
				   (unsigned long long)opt.addr,
				   opt.policy.bundle_size);
	if (optind >= argc)
		return usage_error("no file given: name one or more %s",
				   opt.raw ? "raw code files" : "ELF modules");

	int status = EXIT_VALID;
	for (int i = optind; i < argc; i++) {
		int s = validate_file(&opt, argv[i]);
		if (s == EXIT_ERROR)
			status = EXIT_ERROR;
		else if (s == EXIT_INVALID && status == EXIT_VALID)
			status = EXIT_INVALID;
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "halite validate: error writing output: %s\n",
			strerror(errno));
		return EXIT_ERROR;
	}
	return status;
}
