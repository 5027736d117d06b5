/* statpipe bin: the interval of each value, labelled as R's cut() does. */
#include <stdlib.h>
#include <string.h>

#include "core/num.h"
#include "wrangle/bin.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe bin -c col (--breaks b1,b2,... | --width w | --bins k |\n"
    "                    --quantiles k) [--left | --right] [--include-lowest]\n"
    "                    [--labels l1,l2,...] [--as name] [file ...]\n";

enum {
	OPT_AS = OPT_CMD, OPT_BINS, OPT_BREAKS, OPT_LABELS, OPT_LEFT,
	OPT_LOWEST, OPT_QUANTILES, OPT_RIGHT, OPT_WIDTH
};

/* The labels "a,b,c" split in place. */
static void
split_labels(struct bin_opts *o, char *s)
{
	size_t n = 1;
	char *p;

	for (p = s; *p != '\0'; p++)
		n += *p == ',';
	free(o->labels);
	o->labels = calloc(n, sizeof(*o->labels));
	o->nlabels = 0;
	for (p = strtok(s, ","); p != NULL && o->labels != NULL;
	    p = strtok(NULL, ","))
		o->labels[o->nlabels++] = p;
}

int
cmd_bin(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "as",		required_argument,	NULL,	OPT_AS },
		{ "bins",	required_argument,	NULL,	OPT_BINS },
		{ "breaks",	required_argument,	NULL,	OPT_BREAKS },
		{ "column",	required_argument,	NULL,	'c' },
		{ "include-lowest", no_argument,	NULL,	OPT_LOWEST },
		{ "labels",	required_argument,	NULL,	OPT_LABELS },
		{ "left",	no_argument,		NULL,	OPT_LEFT },
		{ "quantiles",	required_argument,	NULL,	OPT_QUANTILES },
		{ "right",	no_argument,		NULL,	OPT_RIGHT },
		{ "width",	required_argument,	NULL,	OPT_WIDTH },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct bin_opts o;
	struct common com;
	struct rows_out *w;
	struct diag d;
	long k;
	int ch, nhow = 0;

	memset(&o, 0, sizeof(o));
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			o.col = optarg;
			break;
		case OPT_AS:
			o.as = optarg;
			break;
		case OPT_BINS:
		case OPT_QUANTILES:
			if (num_parse_int(optarg, 1, 100000, &k) != 0)
				die_usage(&com, "%s: \"%s\" is not a number of "
				    "bins", ch == OPT_BINS ? "--bins" :
				    "--quantiles", optarg);
			o.k = (size_t)k;
			o.how = ch == OPT_BINS ? BIN_COUNT : BIN_QUANTILES;
			nhow++;
			break;
		case OPT_BREAKS:
			if (bin_parse_breaks(optarg, &o.breaks, &o.nbreaks) != 0)
				die_usage(&com, "--breaks: \"%s\" is not two or "
				    "more distinct numbers", optarg);
			o.how = BIN_BREAKS;
			nhow++;
			break;
		case OPT_WIDTH:
			if (num_parse_opt(optarg, &o.width) != 0 ||
			    !(o.width > 0))
				die_usage(&com, "--width: \"%s\" is not a "
				    "positive number", optarg);
			o.how = BIN_WIDTH;
			nhow++;
			break;
		case OPT_LABELS:
			split_labels(&o, optarg);
			break;
		case OPT_LEFT:
		case OPT_RIGHT:
			o.left = ch == OPT_LEFT;
			break;
		case OPT_LOWEST:
			o.include_lowest = 1;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	if (o.col == NULL)
		die_usage(&com, "-c is required");
	if (nhow != 1)
		die_usage(&com, "one of --breaks, --width, --bins, --quantiles "
		    "is needed");
	w = common_rows_out(&com);
	common_rows_end(&com, w, bin_run(argc - optind, argv + optind,
	    &com.in, &o, w, &d), &d);
	free(o.breaks);
	free(o.labels);
	return STATUS_OK;
}
