/*
 * zin: the bytes of an input stream, decompressed when they begin with the
 * magic number of gzip or zstd, so every reader takes .gz and .zst files
 * (and compressed standard input) without a flag.
 */
#ifndef ZIN_H
#define ZIN_H

#include <stddef.h>
#include <stdio.h>

struct diag;
struct zin;

/* The magic numbers' kinds. */
#define ZIN_PLAIN	0
#define ZIN_GZIP	1
#define ZIN_ZSTD	2

/* The kind of data that begins with these n bytes. */
int	zin_kind(const void *head, size_t n);

/*
 * Start reading fp: it reads the first bytes to tell the kind.  Returns
 * NULL with d filled when fp cannot be read or a decoder not started.
 */
struct zin *zin_open(FILE *fp, struct diag *d);

/*
 * Up to len bytes into buf: their count, 0 at the end, or -1 with d filled
 * (a read error, corrupt or truncated compressed data).  *raw is the
 * number of bytes read from fp so far (for progress).
 */
long	zin_read(struct zin *, char *buf, size_t len, double *raw,
	    struct diag *d);

void	zin_close(struct zin *);

#endif
