/* The smallest useful module: one write, then exit (through the C
 * library's exit path, as any program's). Built twice by run_hello.sh: with
 * halite-cc -O2 (the module) and with gcc -O2 -static (the native
 * baseline). */
#include <unistd.h>

int main(void)
{
	static const char msg[] = "hello, world\n";
	return write(1, msg, sizeof msg - 1) == sizeof msg - 1 ? 0 : 1;
}
