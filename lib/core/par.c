/* par: a loop's chunks run by threads, each joined before returning. */
#include <pthread.h>
#include <stdlib.h>

#include "core/par.h"
#include "core/xalloc.h"

struct chunk {
	void	(*fn)(void *, size_t, size_t, size_t);
	void	 *arg;
	size_t	  c, lo, hi;
	pthread_t th;
	int	  started;
};

static void *
chunk_run(void *arg)
{
	struct chunk *ch = arg;

	ch->fn(ch->arg, ch->c, ch->lo, ch->hi);
	return NULL;
}

size_t
par_chunks(int threads, size_t n, size_t min)
{
	return threads > 1 && n > min ? (size_t)threads : 1;
}

void
par_split(size_t nchunks, size_t n,
    void (*fn)(void *arg, size_t c, size_t lo, size_t hi), void *arg)
{
	struct chunk *ch;
	size_t c;

	if (nchunks <= 1) {
		fn(arg, 0, 0, n);
		return;
	}
	ch = xcalloc(nchunks, sizeof(*ch));
	for (c = 0; c < nchunks; c++) {
		ch[c] = (struct chunk){ .fn = fn, .arg = arg, .c = c,
		    .lo = n * c / nchunks, .hi = n * (c + 1) / nchunks };
		/* a thread that cannot start: its chunk is done here */
		ch[c].started = c > 0 && pthread_create(&ch[c].th, NULL,
		    chunk_run, &ch[c]) == 0;
	}
	chunk_run(&ch[0]);
	for (c = 1; c < nchunks; c++)
		if (ch[c].started)
			pthread_join(ch[c].th, NULL);
		else
			chunk_run(&ch[c]);
	free(ch);
}
