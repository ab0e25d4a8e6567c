/* Dense switches (jump tables in .rodata with relative entries), a sparse
 * switch (compare tree) and a switch inside a loop (state machine). */
int classify(int c)
{
	switch (c) {
	case 0: return 10;
	case 1: return c * 7;
	case 2: return c + 100;
	case 3: return -c;
	case 4: return c << 3;
	case 5: return c ^ 0x55;
	case 6: return c * c * c;
	case 7: return 1234;
	case 8: return c - 99;
	case 9: return c | 0x100;
	default: return -1;
	}
}

static volatile int sink;

void actions(int op, int *acc)
{
	switch (op) {
	case 10: *acc += 1; break;
	case 11: *acc -= 1; break;
	case 12: *acc *= 2; sink = *acc; break;
	case 13: *acc /= 2; break;
	case 14: *acc = 0; break;
	case 15: *acc = ~*acc; break;
	case 16: *acc <<= 1; sink = 1; break;
	case 17: *acc >>= 1; break;
	case 18: sink = *acc; break;
	case 19: *acc ^= 0xff; break;
	}
}

int sparse(int x)
{
	switch (x) {
	case 1: return 1;
	case 100: return 2;
	case 1000: return 3;
	case 10000: return 4;
	case 100000: return 5;
	}
	return 0;
}

int run_machine(const unsigned char *prog, int n)
{
	int acc = 0, pc = 0, steps = 0;
	while (pc < n && steps++ < 1000) {
		switch (prog[pc]) {
		case 'i': acc++; pc++; break;
		case 'd': acc--; pc++; break;
		case 'j': pc = prog[pc + 1] % (n ? n : 1); break;
		case 'z': pc += acc ? 1 : 2; break;
		case 's': acc *= acc; pc++; break;
		case 'n': acc = -acc; pc++; break;
		case 'h': return acc;
		default: pc++; break;
		}
	}
	return acc;
}
