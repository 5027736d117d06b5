/*
 * spool: the inputs of a command that reads them twice (pca --scores,
 * kmeans --assign: a fit, then every row through with its result; bin
 * --width, --bins, --quantiles: the breaks, then the rows), as names that
 * can be read twice.  A regular file keeps its name; stdin
 * ("-", or no file) and a pipe are copied to a temporary file that is
 * unlinked from the start, read as /dev/fd/N; the passes read them with
 * the spool's frame_opts, whose shown names are the user's, so that every
 * message names stdin, not /dev/fd/N.
 */
#ifndef SPOOL_H
#define SPOOL_H

#include <stdio.h>

#include "frame/frame.h"

struct diag;

struct spool {
	int	  n;
	char	**name;		/* what the passes read */
	char	**orig;		/* what the user named */
	FILE	**fp;		/* the copies, or NULL */
	char	(*buf)[32];
	struct frame_opts in;	/* the passes': in's, with orig shown */
};

/* The nfiles files (none: stdin) as s->n names in s->name, to be read
 * with s->in, made from in; 0 or -1. */
int	spool_open(int nfiles, char **files, const struct frame_opts *in,
	    struct spool *s, struct diag *d);
void	spool_free(struct spool *s);

#endif
