/*
 * spill: temporary files in $TMPDIR (or /tmp) for data that does not fit
 * in memory.  Each is unlinked as soon as it is made, so that no way out
 * of the program (an error, a signal, even SIGKILL) leaves one behind:
 * the space comes back when the file is closed or the process ends.
 */
#ifndef SPILL_H
#define SPILL_H

#include <stdio.h>

struct diag;

/* A new temporary file open for writing and reading, or NULL with d
 * filled ("cannot create a temporary file in DIR: ..."). */
FILE	*spill_open(struct diag *d);
/* Flush fp and rewind it for reading; 0, or -1 with d filled ("cannot
 * write a temporary file in DIR: No space left on device"). */
int	spill_rewind(FILE *fp, struct diag *d);
/* Fill d for a failed write (errno) or read of a temporary file; -1. */
int	spill_fail(struct diag *d, int writing);

#endif
