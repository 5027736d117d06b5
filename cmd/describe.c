/* statpipe describe: summary statistics per column. */
#include <stdlib.h>
#include <string.h>

#include "../lib/agg.h"
#include "../lib/xalloc.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe describe [-c cols] [-s stats] [--by keys] [--sort] "
    "[file ...]\n";

enum { OPT_BY = OPT_CMD, OPT_SORT };

int
cmd_describe(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "by",		required_argument,	NULL,	OPT_BY },
		{ "columns",	required_argument,	NULL,	'c' },
		{ "sort",	no_argument,		NULL,	OPT_SORT },
		{ "stats",	required_argument,	NULL,	's' },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	const char *cols = NULL, *by = NULL, *stats =
	    "count,missing,mean,sd,min,q1,median,q3,max", *bad;
	struct common com;
	struct agg_spec *spec;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	size_t *col, ncol, *key = NULL, nkey = 0, nspec, badlen, i, j;
	int ch, sort = 0;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:s:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			cols = optarg;
			break;
		case 's':
			stats = optarg;
			break;
		case OPT_BY:
			by = optarg;
			break;
		case OPT_SORT:
			sort = 1;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (agg_parse_list(stats, &spec, &nspec, &bad, &badlen) != 0)
		die_usage(&com, "-s: unknown statistic \"%.*s\" (known: %s, "
		    "pN)", (int)badlen, bad, agg_all);
	f = common_read(&com, argc, argv);
	if (by != NULL)
		nkey = common_cols(f, by, &key);
	if (cols != NULL)
		ncol = common_cols(f, cols, &col);
	else {	/* every column but the keys */
		col = xmalloc((f->ncols ? f->ncols : 1) * sizeof(*col));
		for (ncol = j = 0; j < f->ncols; j++) {
			for (i = 0; i < nkey && key[i] != j; i++)
				;
			if (i == nkey)
				col[ncol++] = j;
		}
	}
	if (agg_describe(f, col, ncol, key, nkey, sort, spec, nspec, &t,
	    &d) != 0)
		die(&d);
	common_write(&com, t);
	free(spec);
	free(col);
	free(key);
	frame_free(f);
	return STATUS_OK;
}
