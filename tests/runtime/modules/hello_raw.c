/* A tiny module for start-up timing: one write, then exit. */
#include <unistd.h>
int main(void)
{
	return write(1, "hello\n", 6) == 6 ? 0 : 1;
}
