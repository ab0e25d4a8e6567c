/* Thread-local storage with -mno-tls-direct-seg-refs: the thread pointer
 * is read as %fs:0 (runtime call 1) and variables are addressed from it. */
static __thread int counter;
__thread long table[8];
__thread char name[16] = "halite";

int bump(void)
{
	return ++counter;
}

long sum_table(void)
{
	long s = 0;
	for (int i = 0; i < 8; i++)
		s += table[i];
	return s;
}

void set_entry(int i, long v)
{
	table[i & 7] = v;
}

char *name_ptr(void)
{
	return name;
}

int *counter_ptr(void)
{
	return &counter;
}
