/* stack: headers united in a first pass, rows mapped in a second. */
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "io/rows.h"
#include "wrangle/stack.h"
#include "wrangle/spill.h"

struct stacker {
	const struct stack_opts	*o;
	struct rows_out		*w;
	char			**name;		/* the union */
	size_t			*occ;		/* per name: its occurrence */
	size_t			 n, cap;
	size_t			*map;		/* this file's column j: union
						   index */
	const char		**cell;		/* a row by union index */
	uint32_t		*len;
	const char		*file;		/* as named */
	int			 stopped;	/* reading headers only */
};

/* The union index of the occ-th column called name, added if new. */
static size_t
union_index(struct stacker *s, const char *name, size_t occ)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (s->occ[i] == occ && strcmp(s->name[i], name) == 0)
			return i;
	s->name = xgrow(s->name, &s->cap, s->n + 1, sizeof(*s->name));
	s->occ = xrealloc(s->occ, s->cap * sizeof(*s->occ));
	s->name[s->n] = xstrdup(name);
	s->occ[s->n] = occ;
	return s->n++;
}

/* Map this header's columns (j-th name, its occurrence among the
 * header's names) to the union. */
static void
map_header(struct stacker *s, char *const *names, size_t n)
{
	size_t j, k, occ;

	s->map = xrealloc(s->map, (n + 1) * sizeof(*s->map));
	for (j = 0; j < n; j++) {
		for (occ = 0, k = 0; k < j; k++)
			occ += strcmp(names[k], names[j]) == 0;
		s->map[j] = union_index(s, names[j], occ);
	}
}

static int
headers_only(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct stacker *s = ctx;
	size_t j;

	for (j = 0; j < n; j++)
		mode[j] = CSVIO_SKIP;
	map_header(s, names, n);
	s->stopped = 1;
	return diag_set(d, STATUS_OK, "headers read");	/* stop reading */
}

static int
on_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct stacker *s = ctx;

	(void)mode;
	(void)d;
	map_header(s, names, n);
	return 0;
}

static int
on_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct stacker *s = ctx;
	size_t i, j;

	for (i = 0; i < s->n; i++)
		s->cell[i] = NULL;
	for (j = 0; j < row->n; j++) {
		s->cell[s->map[j]] = row->field[j];
		s->len[s->map[j]] = row->len[j];
	}
	if (s->o->source != NULL)
		rows_cell(s->w, s->file, strlen(s->file));
	for (i = 0; i < s->n; i++) {
		if (s->cell[i] != NULL)
			rows_cell(s->w, s->cell[i], s->len[i]);
		else
			rows_na(s->w);
	}
	return rows_end(s->w, d);
}

/* Standard input read twice: copied to a temporary file first. */
static int
spool_stdin(char *path, size_t size, FILE **keep, struct diag *d)
{
	char buf[65536];
	size_t n;

	if ((*keep = spill_open(d)) == NULL)
		return -1;
	while ((n = fread(buf, 1, sizeof(buf), stdin)) > 0)
		if (fwrite(buf, 1, n, *keep) != n)
			return spill_fail(d, 1);
	if (ferror(stdin))
		return diag_set(d, STATUS_DATA, "cannot read standard input");
	if (spill_rewind(*keep, d) != 0)
		return -1;
	snprintf(path, size, "/dev/fd/%d", fileno(*keep));
	return 0;
}

int
stack_run(int nfiles, char **files, const struct frame_opts *in,
    const struct stack_opts *o, struct rows_out *w, struct diag *d)
{
	static const struct frame_scan_fns first = { headers_only, NULL };
	static const struct frame_scan_fns second = { on_header, on_row };
	static char *stdin_only[] = { "-" };
	char stdin_path[64], **path;
	struct stacker s;
	FILE *spool = NULL;
	size_t i;
	int f, rc = 0;

	if (nfiles == 0) {
		nfiles = 1;
		files = stdin_only;
	}
	memset(&s, 0, sizeof(s));
	s.o = o;
	s.w = w;
	path = xcalloc((size_t)nfiles, sizeof(*path));
	for (f = 0; f < nfiles; f++) {
		path[f] = files[f];
		if (strcmp(files[f], "-") != 0)
			continue;
		if (spool == NULL && spool_stdin(stdin_path,
		    sizeof(stdin_path), &spool, d) != 0) {
			rc = -1;
			break;
		}
		path[f] = stdin_path;
	}
	for (f = 0; rc == 0 && f < nfiles; f++) {
		s.stopped = 0;
		rc = frame_scan(1, &path[f], in, &first, &s, d);
		if (rc != 0 && s.stopped)
			rc = 0;
	}
	if (rc == 0) {
		s.cell = xcalloc(s.n + 1, sizeof(*s.cell));
		s.len = xcalloc(s.n + 1, sizeof(*s.len));
		if (o->source != NULL)
			rows_cell(w, o->source, strlen(o->source));
		for (i = 0; i < s.n; i++)
			rows_cell(w, s.name[i], strlen(s.name[i]));
		rc = rows_end(w, d);
	}
	for (f = 0; rc == 0 && f < nfiles; f++) {
		s.file = files[f];
		rc = frame_scan(1, &path[f], in, &second, &s, d);
	}
	if (rc != 0 && d->file != NULL && strncmp(d->file, "/dev/fd/", 8) == 0)
		d->file = "-";
	for (i = 0; i < s.n; i++)
		free(s.name[i]);
	free(s.name);
	free(s.occ);
	free(s.map);
	free(s.cell);
	free(s.len);
	free(path);
	if (spool != NULL)
		fclose(spool);
	return rc;
}
