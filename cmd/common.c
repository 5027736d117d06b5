/* common: the options, failure and output every subcommand shares. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/cols.h"
#include "io/csvio.h"
#include "model/formula.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "io/rows.h"
#include "stats/padjust.h"
#include "common.h"

#define THREADS_MAX	16

/* lib/'s warnings (core/diag.h's hook) on stderr. */
static void
warn_stderr(const char *msg)
{
	fprintf(stderr, "%s: warning: %s\n", diag_progname, msg);
}

/* csvio's progress on stderr: bytes read, the rate and, for a file, time
 * left, on one line rewritten in place. */
static void
progress_stderr(const char *name, double done, double total, double seconds,
    int end)
{
	double rate = done / fmax(seconds, 1e-9);

	fprintf(stderr, "\r%s: %s: %.1f MB", diag_progname,
	    strcmp(name, "-") == 0 ? "stdin" : name, done / 1e6);
	if (total > 0)
		fprintf(stderr, " of %.1f MB (%.0f%%), %.1f MB/s, %.0f s left",
		    total / 1e6, 100 * done / total, rate / 1e6,
		    (total - done) / fmax(rate, 1));
	else
		fprintf(stderr, ", %.1f MB/s", rate / 1e6);
	fputs(end ? "\n" : "\033[K", stderr);
}

void
common_init(struct common *c, const char *usage)
{
	memset(c, 0, sizeof(*c));
	diag_warner = warn_stderr;
	csvio_progress = progress_stderr;
	/* unasked, progress shows only on a terminal */
	if (!isatty(STDERR_FILENO))
		c->in.progress = CSVIO_PROGRESS_OFF;
	c->in.delim = ',';
	/* one parsing thread a core: results do not depend on it */
	c->in.threads = (int)sysconf(_SC_NPROCESSORS_ONLN);
	if (c->in.threads > THREADS_MAX)
		c->in.threads = THREADS_MAX;
	c->out.threads = c->in.threads;
	c->out.format = OUT_CSV;
	c->usage = usage;
	c->conf_level = 0.95;
	c->alt = ALT_TWO_SIDED;
	c->correct = 1;
	c->cv_min = 2;
	c->cv_max = 1000000;
}

int
common_given(const struct common *c, int copt)
{
	if (copt == 'g')
		copt = COPT_GROUP;
	return (c->given >> (copt - COPT_ALTERNATIVE)) & 1;
}

/* The shared statistical options: 1 if ch is one of them. */
static int
stat_option(struct common *c, int ch, const char *arg)
{
	enum padjust_method m;
	long v;

	if (ch == 'g')
		ch = COPT_GROUP;
	switch (ch) {
	case COPT_ALTERNATIVE:
		if (alt_parse(arg, &c->alt) != 0 || (c->one_sided ?
		    c->alt == ALT_LESS || c->alt == ALT_GREATER :
		    c->alt == ALT_ONE_SIDED))
			die_usage(c, "--alternative: \"%s\" is not one of %s",
			    arg, c->one_sided ? "two-sided, one-sided" :
			    "two-sided, less, greater");
		break;
	case COPT_BY:
		c->by = arg;
		break;
	case COPT_CONF_LEVEL:
		if (num_parse_opt(arg, &c->conf_level) != 0 ||
		    !(c->conf_level > 0 && c->conf_level < 1))
			die_usage(c, "--conf-level: \"%s\" is not a number "
			    "between 0 and 1", arg);
		break;
	case COPT_GROUP:
		c->group = arg;
		break;
	case COPT_LEVELS:
		c->levels = arg;
		break;
	case COPT_NO_CORRECTION:
		c->correct = 0;
		break;
	case COPT_P_ADJUST:
		if (padjust_parse_method(arg, &m) != 0)
			die_usage(c, "--p-adjust: \"%s\" is not one of %s",
			    arg, padjust_names);
		c->p_adjust = arg;
		break;
	case COPT_SEED:
		if (num_parse_int(arg, 0, 4294967295L, &v) != 0)
			die_usage(c, "--seed: \"%s\" is not a whole number "
			    "from 0 to 4294967295", arg);
		c->seed = (unsigned long)v;
		break;
	case COPT_SORT:
		c->sort = 1;
		break;
	case COPT_CV:
		c->cv = (size_t)common_int_arg(c, "cv", arg, c->cv_min,
		    c->cv_max);
		break;
	case COPT_SAVE_MODEL:
		c->save_model = arg;
		break;
	case COPT_PARTIAL:
		c->partial = 1;
		break;
	case COPT_SKETCH_SIZE:
		c->sketch = (double)common_int_arg(c, "sketch-size", arg, 20,
		    100000);
		break;
	case COPT_PART_INDEX:
		c->part_index = common_int_arg(c, "part-index", arg, 0,
		    2147483647L);
		break;
	default:
		return 0;
	}
	c->given |= 1u << (ch - COPT_ALTERNATIVE);
	return 1;
}

void
common_help(const struct common *c)
{
	const char *text = help_text(strchr(diag_progname, ' ') + 1);

	fputs(c->usage, stdout);	/* then the options, from the manual */
	if (text != NULL)
		printf("\n%s", text);
	else
		fputs(COMMON_USAGE, stdout);
	exit(fflush(stdout) == 0 ? STATUS_OK : STATUS_DATA);
}

int
common_option(struct common *c, int ch, const char *arg)
{
	long v;

	switch (ch) {
	case 'd':
		if (strcmp(arg, "tab") == 0 || strcmp(arg, "\\t") == 0)
			c->in.delim = '\t';
		else if (strlen(arg) == 1 && arg[0] != '"' && arg[0] != '\n' &&
		    arg[0] != '\r')
			c->in.delim = (unsigned char)arg[0];
		else
			die_usage(c, "-d: \"%s\" is not a single character",
			    arg);
		c->in.delim_given = 1;
		c->in.whitespace = 0;
		return 1;
	case OPT_TSV:
		c->in.delim = '\t';
		c->in.delim_given = 1;
		c->in.whitespace = 0;
		return 1;
	case 'W':	/* read as tab-separated, runs of blanks squeezed */
		c->in.delim = '\t';
		c->in.delim_given = c->in.whitespace = 1;
		return 1;
	case OPT_DECIMAL_COMMA:
		num_point = ',';
		return 1;
	case OPT_NO_HEADER:
		c->in.no_header = 1;
		return 1;
	case OPT_NA:
		c->in.na = arg;
		return 1;
	case OPT_NAMES:
		c->in.names = arg;
		return 1;
	case OPT_SHARD: {
		unsigned long i, n;
		char *end;

		i = strtoul(arg, &end, 10);
		if (end == arg || *end != '/' || (n = strtoul(end + 1, &end,
		    10)) == 0 || *end != '\0' || i >= n || n > 1000000 ||
		    arg[0] == '-' || strchr(arg, '+') != NULL)
			die_usage(c, "--shard: \"%s\" is not I/N with I from "
			    "0 to N-1", arg);
		c->in.shard = i;
		c->in.nshard = n;
		return 1;
	}
	case OPT_PROGRESS:
		c->in.progress = CSVIO_PROGRESS_ON;
		return 1;
	case OPT_THREADS:
		if (num_parse_int(arg, 1, THREADS_MAX, &v) != 0)
			die_usage(c, "--threads: \"%s\" is not a number from 1 "
			    "to %d", arg, THREADS_MAX);
		c->in.threads = c->out.threads = (int)v;
		return 1;
	case OPT_FORMAT:
		if (out_parse_format(arg, &c->out.format) != 0)
			die_usage(c, "--format: \"%s\" is not one of csv, tsv, "
			    "table, json, markdown, xtab", arg);
		return 1;
	case OPT_DIGITS:
		if (num_parse_int(arg, 1, 17, &v) != 0)
			die_usage(c, "--digits: \"%s\" is not a number from 1 "
			    "to 17", arg);
		c->out.digits = (int)v;
		return 1;
	case 'q':
		diag_warner = NULL;
		if (c->in.progress == CSVIO_PROGRESS_AUTO)
			c->in.progress = CSVIO_PROGRESS_OFF;
		return 1;
	case 'h':
		common_help(c);
	default:
		return stat_option(c, ch, arg);
	}
}

/* "statpipe CMD: FILE:LINE: column "C": msg" on stderr. */
static void
print_diag(const struct diag *d)
{
	char buf[1024];

	diag_format(d, buf, sizeof(buf));
	fprintf(stderr, "%s: %s\n", diag_progname, buf);
}

void
die(const struct diag *d)
{
	print_diag(d);
	exit(d->status ? d->status : STATUS_DATA);
}

/* After a usage error, one hint line rather than the whole synopsis (git). */
static void
try_help(void)
{
	fprintf(stderr, "Try '%s --help'.\n", diag_progname);
}

void
common_die(const struct common *c, const struct diag *d)
{
	(void)c;
	print_diag(d);
	if (d->status == STATUS_USAGE)
		try_help();
	exit(d->status ? d->status : STATUS_DATA);
}

int
common_argv_has(int argc, char **argv, const char *opt)
{
	size_t len = strlen(opt);
	int i;

	for (i = 1; i < argc; i++)
		if (strncmp(argv[i], opt, len) == 0)
			return 1;
	return 0;
}

long
common_int_arg(const struct common *c, const char *name, const char *arg,
    long lo, long hi)
{
	long v;

	if (num_parse_int(arg, lo, hi, &v) != 0)
		die_usage(c, "--%s: \"%s\" is not an integer from %ld to %ld",
		    name, arg, lo, hi);
	return v;
}

void
die_usage(const struct common *c, const char *fmt, ...)
{
	char msg[sizeof(((struct diag *)NULL)->msg)], buf[1024];
	struct diag d;
	va_list ap;

	if (fmt != NULL) {	/* formatted as every message: escaped */
		va_start(ap, fmt);
		vsnprintf(msg, sizeof(msg), fmt, ap);
		va_end(ap);
		diag_set(&d, STATUS_USAGE, "%s", msg);
		diag_format(&d, buf, sizeof(buf));
		fprintf(stderr, "%s: %s\n", diag_progname, buf);
	}
	(void)c;
	try_help();
	exit(STATUS_USAGE);
}

/* frame_opts.keep: the columns of the command's lists. */
static int
keep_lists(void *arg, char *const *names, size_t n, unsigned char *keep,
    struct diag *d)
{
	const struct common *c = arg;
	size_t i, j, m, *idx;

	if (c->keep_own != NULL &&
	    c->keep_own(c->keep_own_arg, names, n, keep, d) != 0)
		return -1;
	if (c->keep_formula != NULL &&
	    formula_columns(c->keep_formula, names, n, keep, d) != 0)
		return -1;
	if (c->by != NULL) {
		if (cols_parse(c->by, names, n, &idx, &m, d) != 0)
			return -1;
		for (j = 0; j < m; j++)
			keep[idx[j]] = FRAME_KEEP;
		free(idx);
	}
	for (i = 0; i < c->nkeep; i++) {
		if (c->keep[i] == NULL)
			continue;
		if (cols_parse(c->keep[i], names, n, &idx, &m, d) != 0)
			return -1;
		for (j = 0; j < m; j++)
			keep[idx[j]] = 1;
		free(idx);
	}
	return 0;
}

size_t
common_name_options(struct option *opts, const char *const *names, size_t n,
    int val)
{
	size_t i;

	for (i = 0; i < n; i++) {
		opts[i].name = names[i];
		opts[i].has_arg = required_argument;
		opts[i].flag = NULL;
		opts[i].val = val;
	}
	return n;
}

void
common_keep(struct common *c, const char *const *lists, size_t n)
{
	c->keep = lists;
	c->nkeep = n;
	c->in.keep = keep_lists;
	c->in.keep_arg = c;
}

void
common_keep_own(struct common *c, int (*keep)(void *, char *const *, size_t,
    unsigned char *, struct diag *), void *arg)
{
	c->keep_own = keep;
	c->keep_own_arg = arg;
	c->in.keep = keep_lists;
	c->in.keep_arg = c;
}

void
common_keep_formula(struct common *c, const char *formula)
{
	c->keep_formula = formula;
	c->in.keep = keep_lists;
	c->in.keep_arg = c;
}

struct frame *
common_read_model(struct common *c, int argc, char **argv,
    const char **formula)
{
	if (argc < 1 || strchr(argv[0], '~') == NULL)
		die_usage(c, "a formula such as 'y ~ x1 + x2' comes first");
	*formula = argv[0];
	common_keep_formula(c, *formula);
	return common_read(c, argc - 1, argv + 1);
}

struct frame *
common_read(struct common *c, int argc, char **argv)
{
	struct frame *f;
	struct diag d;

	if (frame_read(argc, argv, &c->in, &f, &d) != 0)
		common_die(c, &d);
	c->frame = f;
	return f;
}

size_t
common_cols(const struct frame *f, const char *spec, size_t **idx)
{
	struct diag d;
	int n = frame_cols(f, spec, idx, &d);

	if (n < 0)
		die(&d);
	return (size_t)n;
}

struct frame *
common_read_sel(struct common *c, int argc, char **argv, const char *cols,
    struct common_sel *s)
{
	struct frame *f;

	memset(s, 0, sizeof(*s));
	s->lists[0] = cols;
	s->lists[1] = c->group;
	s->lists[2] = c->by;
	common_keep(c, s->lists, 3);
	f = common_read(c, argc, argv);
	s->ncol = common_cols(f, cols, &s->col);
	if (c->group != NULL)
		s->ngroup = common_cols(f, c->group, &s->group);
	if (c->by != NULL)
		s->nby = common_cols(f, c->by, &s->by);
	return f;
}

void
common_strata(struct common *c, struct frame **f, strata_fn *fn, void *arg,
    struct out_table **t)
{
	struct diag d;
	size_t *keys, nkeys;
	int rc;

	if (c->by == NULL) {
		rc = fn(arg, f, t, &d);
	} else {
		nkeys = common_cols(*f, c->by, &keys);
		rc = strata_frame(*f, keys, nkeys, c->sort, fn, arg, t, &d);
		free(keys);
	}
	c->frame = *f;
	if (rc != 0)
		common_die(c, &d);
}

void
common_sel_free(struct common_sel *s)
{
	free(s->col);
	free(s->group);
	free(s->by);
}

void
common_write(const struct common *c, struct out_table *t)
{
	struct out_opts o = c->out;

	/* a state: csv, or tsv with --tsv or --format tsv (Hadoop's
	 * key<TAB>value), and no
	 * header, so that states concatenate */
	if (c->partial) {
		o.format = c->in.delim == '\t' || o.format == OUT_TSV ?
		    OUT_TSV : OUT_CSV;
		o.no_header = 1;
		o.digits = 0;
	}
	/* stdout errors are checked once, in main(), after the flush */
	out_write(stdout, t, &o);
	out_free(t);
}

void
common_write_adjusted(const struct common *c, struct out_table *t)
{
	enum padjust_method m = PADJUST_NONE;
	struct diag d;

	if (c->p_adjust != NULL) {
		/* the name was checked when the option was read */
		(void)padjust_parse_method(c->p_adjust, &m);
		if (padjust_table(&t, m, &d) != 0) {
			out_free(t);
			common_die(c, &d);
		}
	}
	common_write(c, t);
}

void
common_end(const struct common *c, struct rows_out *w, struct out_table *t,
    int rc, struct diag *d)
{
	if (w != NULL)
		common_rows_end(c, w, rc, d);
	else if (rc != 0)
		common_die(c, d);
	if (t != NULL)
		common_write(c, t);
}

unsigned char
common_rows_delim(const struct common *c)
{
	if (c->out.format == OUT_TSV)
		return '\t';
	if (c->out.format != OUT_CSV)
		die_usage(c, "--format: rows passed through are csv or tsv");
	return c->in.delim;
}

struct rows_out *
common_rows_out(const struct common *c)
{
	return rows_out_new(stdout, common_rows_delim(c), c->out.digits);
}

void
common_rows_end(const struct common *c, struct rows_out *w, int rc,
    struct diag *d)
{
	if (rc != 0 || rows_flush(w, d) != 0) {
		rows_out_free(w);
		common_die(c, d);
	}
	rows_out_free(w);
}
