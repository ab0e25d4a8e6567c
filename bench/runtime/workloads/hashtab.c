/* A string-keyed hash table: KEYS distinct keys ("k" + decimal) inserted
 * into an open-addressing table (FNV-1a, linear probing) with their values
 * in a bump allocator, then LOOKUPS lookups, half of them misses. Byte
 * loads, hashing, compares and cache misses. The table, allocator and
 * string functions are all in this file, so that the sandbox (musl) and
 * native (glibc) builds run the same code. Prints a checksum. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define KEYS 700000u
#define LOOKUPS 3000000u
#define SLOTS (1u << 21) /* load factor below 0.5 */

struct entry {
	const char *key;
	uint32_t len, value;
};

static char *arena;
static size_t arena_used;

static uint32_t fnv1a(const char *s, uint32_t len)
{
	uint32_t h = 2166136261u;
	for (uint32_t i = 0; i < len; i++)
		h = (h ^ (uint8_t)s[i]) * 16777619u;
	return h;
}

static int same(const char *a, const char *b, uint32_t len)
{
	for (uint32_t i = 0; i < len; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

/* Writes "k<n>" (salted to make keys longer and less regular) into buf;
 * returns its length. */
static uint32_t make_key(char *buf, uint32_t n, int miss)
{
	char tmp[16];
	uint32_t len = 0, t = 0;
	buf[len++] = miss ? 'm' : 'k';
	buf[len++] = "abcdefghijklmnop"[n & 15];
	do
		tmp[t++] = (char)('0' + n % 10);
	while ((n /= 10));
	while (t)
		buf[len++] = tmp[--t];
	buf[len++] = '_';
	buf[len++] = 'x';
	return len;
}

static struct entry *table;

static struct entry *find(const char *k, uint32_t len, int insert)
{
	uint32_t i = fnv1a(k, len) & (SLOTS - 1);
	for (;;) {
		struct entry *e = &table[i];
		if (!e->key) {
			if (!insert)
				return NULL;
			char *copy = arena + arena_used;
			for (uint32_t j = 0; j < len; j++)
				copy[j] = k[j];
			arena_used += len;
			e->key = copy, e->len = len;
			return e;
		}
		if (e->len == len && same(e->key, k, len))
			return e;
		i = (i + 1) & (SLOTS - 1);
	}
}

int main(void)
{
	table = calloc(SLOTS, sizeof *table);
	arena = malloc((size_t)KEYS * 16);
	if (!table || !arena)
		return 1;
	char buf[32];
	for (uint32_t n = 0; n < KEYS; n++) {
		uint32_t len = make_key(buf, n * 2654435761u % 100000007u, 0);
		find(buf, len, 1)->value = n;
	}
	uint64_t sum = 0, hits = 0;
	uint32_t x = 12345;
	for (uint32_t n = 0; n < LOOKUPS; n++) {
		x = x * 1103515245u + 12345u;
		uint32_t k = (x >> 8) % KEYS;
		uint32_t len = make_key(buf, k * 2654435761u % 100000007u, n & 1);
		struct entry *e = find(buf, len, 0);
		if (e)
			hits++, sum = sum * 31 + e->value;
	}
	printf("hashtab %u keys %u lookups: %llu hits, %016llx\n", KEYS, LOOKUPS,
	       (unsigned long long)hits, (unsigned long long)sum);
	return 0;
}
