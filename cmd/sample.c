/* statpipe sample: random rows, the same for the same seed. */
#include <string.h>

#include "core/num.h"
#include "wrangle/sample.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe sample (-n rows | --frac p) [--replace] [--weight col]\n"
    "           [--strata keys] [--seed s] [file ...]\n";

enum { OPT_FRAC = OPT_CMD, OPT_REPLACE, OPT_STRATA, OPT_WEIGHT };

int
cmd_sample(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "frac",	required_argument,	NULL,	OPT_FRAC },
		{ "replace",	no_argument,		NULL,	OPT_REPLACE },
		{ "rows",	required_argument,	NULL,	'n' },
		{ "strata",	required_argument,	NULL,	OPT_STRATA },
		{ "weight",	required_argument,	NULL,	OPT_WEIGHT },
		COMMON_OPT_SEED,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct sample_opts o;
	struct common com;
	struct rows_out *w;
	struct diag d;
	int ch, nhow = 0;
	long v;

	memset(&o, 0, sizeof(o));
	o.seed = SAMPLE_SEED;
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "n:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'n':
			if (num_parse_int(optarg, 0, 1L << 40, &v) != 0)
				die_usage(&com, "-n: \"%s\" is not a number of "
				    "rows", optarg);
			o.n = (size_t)v;
			nhow++;
			break;
		case OPT_FRAC:
			if (num_parse_opt(optarg, &o.frac) != 0 ||
			    o.frac < 0 || o.frac > 1e9)
				die_usage(&com, "--frac: \"%s\" is not a "
				    "number >= 0", optarg);
			o.by_frac = 1;
			nhow++;
			break;
		case OPT_STRATA:
			o.strata = optarg;
			break;
		case OPT_REPLACE:
			o.replace = 1;
			break;
		case OPT_WEIGHT:
			o.weight = optarg;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	if (nhow != 1)
		die_usage(&com, "one of -n and --frac is needed");
	if (common_given(&com, COPT_SEED))
		o.seed = com.seed;
	if (o.by_frac && o.frac > 1 && !o.replace)
		die_usage(&com, "--frac: %g is more than 1 without --replace",
		    o.frac);
	w = common_rows_out(&com);
	common_rows_end(&com, w, sample_run(argc - optind, argv + optind,
	    &com.in, &o, w, &d), &d);
	return STATUS_OK;
}
