/* transpose: the rows held, then written a column at a time. */
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "io/rows.h"
#include "wrangle/rowbuf.h"
#include "wrangle/transpose.h"

struct transposer {
	int		 no_header;
	struct rowbuf	 rb;		/* the header (unless no_header),
					   then the rows */
};

static int
on_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct transposer *s = ctx;
	uint32_t *len = xmalloc((n + 1) * sizeof(*len));
	size_t j;

	(void)mode;
	(void)d;
	rowbuf_init(&s->rb, n);
	if (!s->no_header) {
		for (j = 0; j < n; j++)
			len[j] = (uint32_t)strlen(names[j]);
		rowbuf_add(&s->rb, names, len);
	}
	free(len);
	return 0;
}

static int
on_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct transposer *s = ctx;

	(void)d;
	rowbuf_add(&s->rb, row->field, row->len);
	return 0;
}

/* Every row's fields once (rowbuf_fields walks a row), then column j of
 * every row as output line j. */
static int
write_columns(const struct rowbuf *rb, struct rows_out *w, struct diag *d)
{
	size_t N = rb->nrows, n = rb->ncols, i, j;
	const char **f = xmalloc((N * n + 1) * sizeof(*f));
	uint32_t *len = xmalloc((N * n + 1) * sizeof(*len));
	int rc = 0;

	for (i = 0; i < N; i++)
		rowbuf_fields(rb, i, f + i * n, len + i * n);
	for (j = 0; rc == 0 && j < n; j++) {
		for (i = 0; i < N; i++)
			rows_cell(w, f[i * n + j], len[i * n + j]);
		rc = rows_end(w, d);
	}
	free(f);
	free(len);
	return rc;
}

int
transpose_run(int nfiles, char **files, const struct frame_opts *in,
    struct rows_out *w, struct diag *d)
{
	static const struct frame_scan_fns fns = { on_header, on_row };
	struct transposer s;
	int rc;

	memset(&s, 0, sizeof(s));
	s.no_header = in->no_header;
	rc = frame_scan(nfiles, files, in, &fns, &s, d);
	if (rc == 0)
		rc = write_columns(&s.rb, w, d);
	rowbuf_release(&s.rb);
	return rc;
}
