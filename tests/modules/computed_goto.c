/* Computed goto (&&label): a threaded interpreter with a static dispatch
 * table of label addresses and a goto through a local pointer. */
int interp(const unsigned char *code, int n)
{
	static const void *const dispatch[] = {&&op_halt, &&op_inc, &&op_dec, &&op_dbl,
					       &&op_neg, &&op_jmp};
	int acc = 0, pc = 0, fuel = 10000;
#define NEXT                                                                                       \
	do {                                                                                       \
		if (pc >= n || --fuel == 0)                                                        \
			return acc;                                                                \
		goto *dispatch[code[pc++] % 6];                                                    \
	} while (0)
	NEXT;
op_inc:
	acc++;
	NEXT;
op_dec:
	acc--;
	NEXT;
op_dbl:
	acc *= 2;
	NEXT;
op_neg:
	acc = -acc;
	NEXT;
op_jmp:
	pc = pc < n ? code[pc] % n : 0;
	NEXT;
op_halt:
	return acc;
#undef NEXT
}

int pick_label(int x)
{
	void *target = x > 0 ? &&positive : &&other;
	goto *target;
positive:
	return x * 2;
other:
	return -x;
}
