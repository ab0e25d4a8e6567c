/* A module that never calls halite_serve(): its main returns, so an
 * instance of it cannot be made (tests/embed/test_embed.c). */
int main(void)
{
	return 3;
}
