/*
 * pull: frame_scan() in a thread of its own, its rows packed into one of
 * two batches; the reader takes a full batch while the other fills.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "frame/frame.h"
#include "wrangle/pull.h"
#include "wrangle/rowbuf.h"

#define BATCH	4096	/* rows handed over at a time */

struct pull {
	pthread_t	 th;
	pthread_mutex_t	 mu;
	pthread_cond_t	 cv;
	const char	*file;
	struct frame_opts in;
	/* the reading thread's, then the caller's when full[] says so */
	struct rowbuf	 batch[2];
	size_t		*line[2];
	int		 full[2];
	int		 fill;		/* the batch being filled */
	int		 got_header, done, stop;
	int		 rc;		/* frame_scan's, once done */
	struct diag	 d;		/* its error */
	char		**names;	/* the header, a copy */
	size_t		 ncols;
	/* the caller's */
	int		 take;		/* the batch being read */
	size_t		 pos;		/* its next row */
	int		 taken;		/* take is full and being read */
	const char	**f;
	uint32_t	*len;
};

static int
on_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct pull *p = ctx;
	size_t j;

	(void)mode;
	(void)d;
	p->names = xcalloc(n + 1, sizeof(*p->names));
	for (j = 0; j < n; j++)
		p->names[j] = xstrdup(names[j]);
	rowbuf_init(&p->batch[0], n);
	rowbuf_init(&p->batch[1], n);
	p->line[0] = xmalloc(BATCH * sizeof(*p->line[0]));
	p->line[1] = xmalloc(BATCH * sizeof(*p->line[1]));
	pthread_mutex_lock(&p->mu);
	p->ncols = n;
	p->got_header = 1;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
	return 0;
}

/* Hand the batch being filled over, and wait for the other to be free;
 * -1 if the caller stopped. */
static int
publish(struct pull *p)
{
	int stop;

	pthread_mutex_lock(&p->mu);
	p->full[p->fill] = 1;
	pthread_cond_broadcast(&p->cv);
	p->fill = !p->fill;
	while (p->full[p->fill] && !p->stop)
		pthread_cond_wait(&p->cv, &p->mu);
	stop = p->stop;
	pthread_mutex_unlock(&p->mu);
	return stop ? -1 : 0;
}

static int
on_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct pull *p = ctx;
	struct rowbuf *b = &p->batch[p->fill];

	p->line[p->fill][b->nrows] = row->line;
	rowbuf_add(b, row->field, row->len);
	if (b->nrows == BATCH && publish(p) != 0)
		return diag_set(d, STATUS_DATA, "stopped");
	return 0;
}

static void *
run(void *arg)
{
	static const struct frame_scan_fns fns = { on_header, on_row };
	struct pull *p = arg;
	char *files[1];
	int rc;

	files[0] = (char *)p->file;
	rc = frame_scan(1, files, &p->in, &fns, p, &p->d);
	pthread_mutex_lock(&p->mu);
	if (rc == 0 && p->got_header && p->batch[p->fill].nrows > 0)
		p->full[p->fill] = 1;
	p->rc = rc;
	p->done = 1;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

/* The thread's error, its column name copied out of it. */
static void
copy_diag(struct diag *to, const struct diag *from)
{
	*to = *from;
	if (from->column == from->colbuf)
		to->column = to->colbuf;
}

struct pull *
pull_open(const char *file, const struct frame_opts *in, char *const **names,
    size_t *n, struct diag *d)
{
	struct pull *p = xcalloc(1, sizeof(*p));

	p->file = file;
	p->in = *in;
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->cv, NULL);
	if (pthread_create(&p->th, NULL, run, p) != 0)
		xalloc_oom();
	pthread_mutex_lock(&p->mu);
	while (!p->got_header && !p->done)
		pthread_cond_wait(&p->cv, &p->mu);
	pthread_mutex_unlock(&p->mu);
	if (!p->got_header) {
		copy_diag(d, &p->d);
		pull_close(p);
		return NULL;
	}
	p->f = xcalloc(p->ncols + 1, sizeof(*p->f));
	p->len = xcalloc(p->ncols + 1, sizeof(*p->len));
	*names = p->names;
	*n = p->ncols;
	return p;
}

int
pull_next(struct pull *p, const char *const **f, const uint32_t **len,
    size_t *line, struct diag *d)
{
	pthread_mutex_lock(&p->mu);
	if (p->taken && p->pos == p->batch[p->take].nrows) {
		rowbuf_clear(&p->batch[p->take]);
		p->full[p->take] = 0;	/* the thread may fill it again */
		p->take = !p->take;
		p->taken = 0;
		pthread_cond_broadcast(&p->cv);
	}
	while (!p->taken && !p->full[p->take] && !p->done)
		pthread_cond_wait(&p->cv, &p->mu);
	if (!p->taken && p->full[p->take]) {
		p->taken = 1;
		p->pos = 0;
	}
	pthread_mutex_unlock(&p->mu);
	if (!p->taken) {	/* done, and nothing left */
		if (p->rc == 0)
			return 0;
		copy_diag(d, &p->d);
		return -1;
	}
	rowbuf_fields(&p->batch[p->take], p->pos, p->f, p->len);
	*line = p->line[p->take][p->pos++];
	*f = p->f;
	*len = p->len;
	return 1;
}

void
pull_close(struct pull *p)
{
	size_t j;
	int b;

	if (p == NULL)
		return;
	pthread_mutex_lock(&p->mu);
	p->stop = 1;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
	pthread_join(p->th, NULL);
	pthread_mutex_destroy(&p->mu);
	pthread_cond_destroy(&p->cv);
	for (j = 0; j < p->ncols; j++)
		free(p->names[j]);
	free(p->names);
	for (b = 0; b < 2; b++) {
		rowbuf_release(&p->batch[b]);
		free(p->line[b]);
	}
	free(p->f);
	free(p->len);
	free(p);
}
