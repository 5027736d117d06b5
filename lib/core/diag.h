/*
 * diag: an error found in lib/, described once where its context is known.
 *
 * lib/ functions return -1 after diag_set(); the caller that knows the
 * file, line and column fills them in, and cmd/ prints the one line.
 */
#ifndef DIAG_H
#define DIAG_H

#include <stddef.h>

#define STATUS_OK	0	/* success */
#define STATUS_DATA	1	/* bad data, I/O or numerical failure */
#define STATUS_USAGE	2	/* unknown option or column, bad option value */

struct diag {
	const char	*file;		/* input file or NULL; "-" prints as "stdin" */
	size_t		 line;		/* physical line, 1-based; 0 if none */
	const char	*column;	/* column name or NULL */
	int		 status;	/* STATUS_DATA or STATUS_USAGE */
	char		 msg[512];	/* lower case, no full stop, what first */
	char		 colbuf[128];	/* column's name, when it is a copy */
};

/* Set status and message; returns -1 so callers can `return diag_set(...)`. */
int	diag_set(struct diag *, int status, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
/* Set where the problem is; returns -1. */
int	diag_at(struct diag *, const char *file, size_t line, const char *column);
/* Name the column with a copy of its name, for names that do not last. */
void	diag_column(struct diag *, const char *name);
/* Format the whole message (without the program prefix) into buf. */
void	diag_format(const struct diag *, char *buf, size_t size);

extern const char *diag_progname;	/* "statpipe describe" */

/*
 * lib/ stays silent: its warnings go to this hook only, as one escaped
 * line without the program's name.  cmd/ sets it to print them (and
 * clears it with -q); NULL, the default, drops them.
 */
extern void (*diag_warner)(const char *msg);
/* A warning through diag_warner, formatted and escaped as messages are. */
void	diag_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
