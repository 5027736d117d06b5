/*
 * par: a loop over [0, n) split among threads: each chunk in its own
 * thread (the first in the caller's), joined before par_split() returns.
 * For loops whose iterations are independent; a chunk whose thread cannot
 * start is run in the caller's thread, so the work is always done.
 */
#ifndef PAR_H
#define PAR_H

#include <stddef.h>

/*
 * How many chunks to make of n items for threads: threads (more than 1)
 * when n is over min, else 1 (below that a thread costs more than it
 * saves).
 */
size_t	par_chunks(int threads, size_t n, size_t min);

/*
 * fn(arg, c, lo, hi) for the chunks c = 0 .. nchunks - 1 of [0, n), in
 * order of lo (chunk c is [n c / nchunks, n (c + 1) / nchunks)); returns
 * when every chunk is done.  nchunks 0 or 1: one call in this thread.
 */
void	par_split(size_t nchunks, size_t n,
	    void (*fn)(void *arg, size_t c, size_t lo, size_t hi), void *arg);

#endif
