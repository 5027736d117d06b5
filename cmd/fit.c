/* statpipe fit: maximum-likelihood fits of distributions to a column. */
#include <stdlib.h>
#include <string.h>

#include "stats/fit.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe fit -c col --dist NAME|all|all-discrete [--summary]\n"
    "           [--by keys [--sort]] [file ...]\n"
    "       NAME: norm, lnorm, exp, gamma, weibull, beta, pois, geom, "
    "nbinom\n";

enum { OPT_DIST = OPT_CMD, OPT_SUMMARY };

int
cmd_fit(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "columns",	required_argument,	NULL,	'c' },
		{ "dist",	required_argument,	NULL,	OPT_DIST },
		{ "summary",	no_argument,		NULL,	OPT_SUMMARY },
		COMMON_OPT_BY,
		COMMON_OPT_SORT,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	const char *keep[1];		/* the columns to store */
	const char *cols = NULL, *name = NULL, *families = NULL;
	const struct dist *d = NULL;
	struct fit_opts a;
	struct common com;
	struct out_table *t;
	struct frame *f;
	size_t *col;
	int ch, summary = 0;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			cols = optarg;
			break;
		case OPT_DIST:
			name = optarg;
			break;
		case OPT_SUMMARY:
			summary = 1;
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
	if (name == NULL)
		die_usage(&com, "--dist is required");
	if (strcmp(name, "all") == 0)
		families = fit_families;
	else if (strcmp(name, "all-discrete") == 0)
		families = fit_discrete;
	else if ((d = dist_lookup(name)) == NULL || !fit_family(d))
		die_usage(&com, "--dist: cannot fit \"%s\" (known: %s,%s, all, "
		    "all-discrete)", name, fit_families, fit_discrete);
	if (families != NULL && summary)
		die_usage(&com, "--summary is for one family; --dist %s ranks "
		    "them", name);
	keep[0] = cols;
	common_keep(&com, keep, 1);
	f = common_read(&com, argc, argv);
	if (common_cols(f, cols, &col) != 1)
		die_usage(&com, "-c: name one column");
	a.col = col[0];
	a.dist = d;
	a.families = families;
	a.summary = summary;
	common_strata(&com, &f, fit_stratum, &a, &t);
	common_write(&com, t);
	free(col);
	frame_free(f);
	return STATUS_OK;
}
