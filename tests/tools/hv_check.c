/* Test tool: validates a raw code file and prints one line per violation,
 * "0xOFFSET RULE", then "N violations". Options: -b BUNDLE, -a ADDR,
 * -d CLASS (deny), -f FEATURE (deny a CPU feature), -n (nacl profile). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "validator/validator.h"

static void report(void *ctx, const struct hv_violation *v)
{
	(void)ctx;
	printf("0x%llx %s\n", (unsigned long long)v->offset, hv_rule_name(v->rule));
}

int main(int argc, char **argv)
{
	struct hv_policy p;
	unsigned long long addr = 0x20000;
	int opt;

	hv_policy_default(&p);
	while ((opt = getopt(argc, argv, "b:a:d:f:n")) != -1) {
		switch (opt) {
		case 'b': p.bundle_size = (unsigned)atoi(optarg); break;
		case 'a': addr = strtoull(optarg, NULL, 0); break;
		case 'd': p.deny |= HV_DENYBIT(hv_deny_parse(optarg)); break;
		case 'f': p.features &= ~(1ull << hv_feature_parse(optarg)); break;
		case 'n': p.profile = HV_PROFILE_NACL; break;
		default: return 1;
		}
	}
	if (optind >= argc)
		return 1;
	FILE *f = fopen(argv[optind], "rb");
	if (!f)
		return 1;
	static unsigned char buf[1 << 22];
	size_t n = fread(buf, 1, sizeof buf, f);
	fclose(f);
	void *scratch = malloc(hv_scratch_size(n) + 1);
	size_t k = hv_validate(buf, n, addr, &p, scratch, report, NULL);
	printf("%zu violations\n", k);
	free(scratch);
	return 0;
}
