/*
 * pull: a CSV input read a row at a time when the caller asks, for the
 * verbs that walk two inputs side by side (join --sorted).  A thread runs
 * frame_scan() over the file and hands rows over in batches, two at a
 * time at most: memory is two batches, whatever the file's size.
 */
#ifndef PULL_H
#define PULL_H

#include <stddef.h>
#include <stdint.h>

#include "core/diag.h"

struct frame_opts;
struct pull;

/*
 * Start reading file ("-": standard input) with in's rules; wait for its
 * header: *names (n of them) last until pull_close().  Returns NULL with d
 * filled if there is no header (an unreadable or empty file).
 */
struct pull *pull_open(const char *file, const struct frame_opts *in,
	    char *const **names, size_t *n, struct diag *d);
/*
 * The next row: f[] and len[] (of n) point at its fields, *line is where
 * it starts; valid until the next call.  Returns 1, 0 at the end, or -1
 * with d filled (file and line) on bad data.
 */
int	pull_next(struct pull *, const char *const **f, const uint32_t **len,
	    size_t *line, struct diag *d);
/* Stop reading (at any time) and free. */
void	pull_close(struct pull *);

#endif
