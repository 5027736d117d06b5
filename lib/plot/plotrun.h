/*
 * plotrun: the runner: gnuplot as a child process on a finished script.
 */
#ifndef PLOTRUN_H
#define PLOTRUN_H

#include <stddef.h>
#include <stdio.h>

struct diag;

/*
 * Run gnuplot on a script that sets no output: the picture goes to out
 * when output is NULL, else into the file output, written to a temporary
 * file beside it ("output.XXXXXX") and renamed over it when gnuplot
 * succeeded, so that a failure leaves an existing file as it was (a
 * device or a FIFO is written after gnuplot succeeded).  gnuplot's
 * warnings become warnings.  0, or -1 with d set: gnuplot missing, its
 * first error ("gnuplot: line 3: ..."), a write error.
 */
int	plotrun_gnuplot(const char *script, size_t len, const char *output,
	    FILE *out, struct diag *d);

#endif
