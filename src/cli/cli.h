/* Shared declarations of the `halite` command: one function per
 * subcommand (dispatched by main.c) and small helpers. */
#ifndef HALITE_CLI_H
#define HALITE_CLI_H

#include <stddef.h>
#include <stdint.h>

/* Largest file a subcommand reads into memory. */
#define CLI_MAX_FILE (1ull << 30)

/* Subcommands: argv[0] is the subcommand name. Return the exit status. */
int cmd_validate(int argc, char **argv);
int cmd_run(int argc, char **argv);

/* Reads a whole regular file (or pipe) of at most max bytes into a fresh
 * malloc'd buffer (*data, free it; never NULL on success, even when empty).
 * On failure returns -1 and writes into err a message that says what is
 * wrong and what to do (without the file name). */
int cli_read_file(const char *path, size_t max, uint8_t **data, size_t *len,
		  char *err, size_t errsz);

#endif
