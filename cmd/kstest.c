/* statpipe kstest: one- and two-sample Kolmogorov-Smirnov tests. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "stats/dist.h"
#include "frame/group.h"
#include "stats/kstest.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe kstest -c x --dist NAME [--PARAM value ...] [file ...]\n"
    "       statpipe kstest -c x,y | -c x -g g [file ...]\n"
    "           [--alternative two-sided|less|greater] "
    "[--exact | --asymptotic]\n";

enum { OPT_ASYMPTOTIC = OPT_CMD, OPT_DIST, OPT_EXACT, OPT_PAR };

/* The non-missing values of column col in rows of group gid (all if g NULL). */
static double *
values(const struct frame *f, size_t col, const struct group *g, size_t gid,
    size_t *n)
{
	double *x = xmalloc((f->nrows ? f->nrows : 1) * sizeof(*x)), v;
	size_t i;

	for (*n = i = 0; i < f->nrows; i++)
		if ((g == NULL || g->gid[i] == gid) &&
		    !isnan(v = f->col[col].num[i]))
			x[(*n)++] = v;
	return x;
}

int
cmd_kstest(int argc, char **argv)
{
	static const struct option fixed[] = {
		{ "asymptotic",	no_argument,		NULL,	OPT_ASYMPTOTIC },
		{ "columns",	required_argument,	NULL,	'c' },
		{ "dist",	required_argument,	NULL,	OPT_DIST },
		{ "exact",	no_argument,		NULL,	OPT_EXACT },
		COMMON_OPT_ALTERNATIVE, COMMON_OPT_GROUP_BY,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct option longopts[sizeof(fixed) / sizeof(fixed[0]) + DIST_NOPTS];
	const char *parnames[DIST_NOPTS];
	const char *cols = NULL, *pname[64];
	double pval[64], par[DIST_MAXPAR], *x, *y;
	enum kstest_exact ex = KSTEST_AUTO;
	const struct dist *d = NULL;
	struct kstest_result r;
	struct common com;
	struct frame *f;
	struct group *g;
	struct diag dg;
	size_t npar = 0, i, *col, ncol, *key, nx, ny;
	int ch, li;

	common_init(&com, usage_str);
	i = dist_param_names(parnames);
	i = common_name_options(longopts, parnames, i, OPT_PAR);
	memcpy(longopts + i, fixed, sizeof(fixed));
	while ((ch = getopt_long(argc, argv, "c:g:" COMMON_SHORTOPTS, longopts,
	    &li)) != -1) {
		switch (ch) {
		case 'c':
			cols = optarg;
			break;
		case OPT_ASYMPTOTIC:
			ex = KSTEST_ASYMPTOTIC;
			break;
		case OPT_EXACT:
			ex = KSTEST_EXACT;
			break;
		case OPT_DIST:
			if ((d = dist_lookup(optarg)) == NULL)
				die_usage(&com, "--dist: unknown distribution "
				    "\"%s\" (known: %s)", optarg, dist_names());
			break;
		case OPT_PAR:
			if (npar == sizeof(pval) / sizeof(pval[0]))
				die_usage(&com, "too many parameters");
			if (num_parse_opt(optarg, &pval[npar]) != 0)
				die_usage(&com, "--%s: \"%s\" is not a number",
				    longopts[li].name, optarg);
			pname[npar++] = longopts[li].name;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (cols == NULL)
		die_usage(&com, "-c is required");
	if (d != NULL) {
		for (i = 0; i < DIST_MAXPAR; i++)
			par[i] = NAN;
		for (i = 0; i < npar; i++)
			if (dist_set(d, par, pname[i], pval[i], &dg) != 0)
				common_die(&com, &dg);
		if (dist_check(d, par, &dg) != 0)
			common_die(&com, &dg);
		if (com.group != NULL)
			die_usage(&com, "-g makes two samples; --dist tests "
			    "one");
	} else if (npar > 0)
		die_usage(&com, "--%s needs --dist", pname[0]);
	f = common_read(&com, argc, argv);
	ncol = common_cols(f, cols, &col);
	for (i = 0; i < ncol; i++)
		if (frame_numeric(f, col[i], &dg) != 0)
			common_die(&com, &dg);
	if (d != NULL) {
		if (ncol != 1)
			die_usage(&com, "-c: name one column to test against "
			    "--dist");
		x = values(f, col[0], NULL, 0, &nx);
		if (kstest_one(x, nx, d, par, com.alt, ex, &r, &dg) != 0) {
			dg.column = f->col[col[0]].name;
			common_die(&com, &dg);
		}
		free(x);
	} else if (com.group != NULL) {
		if (ncol != 1)
			die_usage(&com, "-c: name one column with -g");
		if (common_cols(f, com.group, &key) != 1)
			die_usage(&com, "-g: name one column");
		g = group_by(f, key, 1, 0);
		if (g->ngroups != 2) {
			diag_set(&dg, STATUS_DATA, "-g needs exactly two "
			    "groups, not %zu", g->ngroups);
			dg.column = f->col[key[0]].name;
			common_die(&com, &dg);
		}
		x = values(f, col[0], g, 0, &nx);
		y = values(f, col[0], g, 1, &ny);
		if (kstest_two(x, nx, y, ny, com.alt, ex, &r, &dg) != 0)
			common_die(&com, &dg);
		free(x);
		free(y);
		free(key);
		group_free(g);
	} else {
		if (ncol != 2)
			die_usage(&com, "-c: name two columns, or one with "
			    "--dist or -g");
		x = values(f, col[0], NULL, 0, &nx);
		y = values(f, col[1], NULL, 0, &ny);
		if (kstest_two(x, nx, y, ny, com.alt, ex, &r, &dg) != 0)
			common_die(&com, &dg);
		free(x);
		free(y);
	}
	if (r.ties && d != NULL)
		diag_warn("ties should not be present for the "
		    "Kolmogorov-Smirnov test");
	else if (r.ties && !r.exact)
		diag_warn("p-value will be approximate in the presence of ties");
	common_write(&com, kstest_table(&r, com.alt));
	free(col);
	frame_free(f);
	return STATUS_OK;
}
