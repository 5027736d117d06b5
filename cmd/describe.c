/* statpipe describe: summary statistics per column. */
#include <stdlib.h>
#include <string.h>

#include "stats/agg.h"
#include "core/suggest.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe describe [-c cols] [-s stats] [--numeric cols] "
    "[--by keys]\n"
    "                         [--sort] [file ...]\n";

int
cmd_describe(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "columns",	required_argument,	NULL,	'c' },
		{ "stats",	required_argument,	NULL,	's' },
		{ "numeric",	required_argument,	NULL,	'n' },
		COMMON_OPT_BY, COMMON_OPT_SORT, COMMON_OPT_PARTIAL,
		COMMON_OPT_SEED, COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	const char *stats = "count,missing,mean,sd,min,q1,median,q3,max", *bad;
	struct agg_request q;
	struct agg_spec *spec;
	struct common com;
	struct out_table *t;
	struct diag d;
	char name[64], hint[96];
	size_t nspec, badlen;
	int ch;

	memset(&q, 0, sizeof(q));
	q.describe = 1;
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:s:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			q.cols = optarg;
			break;
		case 's':
			stats = optarg;
			break;
		case 'n':
			q.numeric = optarg;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (agg_parse_list(stats, &spec, &nspec, &bad, &badlen) != 0) {
		snprintf(name, sizeof(name), "%.*s", (int)badlen, bad);
		die_usage(&com, "-s: unknown statistic \"%.*s\"%s (known: %s, "
		    "pN)", (int)badlen, bad, suggest_hint(name, agg_all, hint,
		    sizeof(hint)), agg_all);
	}
	q.keys = com.by;
	q.sort = com.sort;
	q.seed = common_given(&com, COPT_SEED) ? com.seed : AGG_SEED;
	q.partial = com.partial;
	q.sketch = com.sketch;
	q.spec = spec;
	q.nspec = nspec;
	if (agg_run(argc, argv, &com.in, &q, &t, &d) != 0)
		common_die(&com, &d);
	common_write(&com, t);
	free(spec);
	return STATUS_OK;
}
