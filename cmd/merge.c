/* statpipe merge: states made with --partial combined into the result. */
#include <string.h>

#include "learn/partial.h"
#include "stats/agg.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe merge [--partial] [--partitioned] [--sort] [--tsv] "
    "[file ...]\n";

enum { OPT_PARTITIONED = OPT_CMD };

int
cmd_merge(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "partial",	no_argument,		NULL,	COPT_PARTIAL },
		{ "partitioned", no_argument,		NULL,	OPT_PARTITIONED },
		COMMON_OPT_SORT,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct agg_merge_opts o;
	struct common com;
	struct out_table *t;
	struct diag d;
	int ch;

	memset(&o, 0, sizeof(o));
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    NULL)) != -1)
		if (ch == OPT_PARTITIONED)
			o.partitioned = 1;
		else if (!common_option(&com, ch, optarg))
			die_usage(&com, NULL);
	argc -= optind;
	argv += optind;
	if (com.in.no_header || com.in.names != NULL || com.in.nshard > 0)
		die_usage(&com, "states have no header and are read whole");
	o.partial = com.partial;
	o.sort = com.sort;
	o.kinds = partial_kinds;
	o.nkinds = partial_nkinds;
	if (agg_merge(argc, argv, &com.in, &o, &t, &d) != 0)
		common_die(&com, &d);
	common_write(&com, t);
	return STATUS_OK;
}
