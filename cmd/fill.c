/* statpipe fill: missing values filled down, up, with a value, or with
 * the mean or median of the column (in each group). */
#include <string.h>

#include "wrangle/fill.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe fill [-c cols] [-k keys]\n"
    "           (--down | --up | --value v | --mean | --median) [file ...]\n";

enum { OPT_DOWN = OPT_CMD, OPT_MEAN, OPT_MEDIAN, OPT_UP, OPT_VALUE };

int
cmd_fill(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "columns",	required_argument,	NULL,	'c' },
		{ "down",	no_argument,		NULL,	OPT_DOWN },
		{ "keys",	required_argument,	NULL,	'k' },
		{ "mean",	no_argument,		NULL,	OPT_MEAN },
		{ "median",	no_argument,		NULL,	OPT_MEDIAN },
		{ "up",		no_argument,		NULL,	OPT_UP },
		{ "value",	required_argument,	NULL,	OPT_VALUE },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct fill_opts o;
	struct common com;
	struct rows_out *w;
	struct diag d;
	int ch, nhow = 0;

	memset(&o, 0, sizeof(o));
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:k:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			o.cols = optarg;
			break;
		case 'k':
			o.keys = optarg;
			break;
		case OPT_DOWN:
		case OPT_UP:
			o.how = ch == OPT_UP ? FILL_UP : FILL_DOWN;
			nhow++;
			break;
		case OPT_MEAN:
		case OPT_MEDIAN:
			o.how = ch == OPT_MEAN ? FILL_MEAN : FILL_MEDIAN;
			nhow++;
			break;
		case OPT_VALUE:
			o.how = FILL_VALUE;
			o.value = optarg;
			nhow++;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	if (nhow != 1)
		die_usage(&com, "one of --down, --up, --value, --mean and "
		    "--median is needed");
	o.digits = com.out.digits;
	w = common_rows_out(&com);
	common_rows_end(&com, w, fill_run(argc - optind, argv + optind,
	    &com.in, &o, w, &d), &d);
	return STATUS_OK;
}
