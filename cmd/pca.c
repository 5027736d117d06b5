/* statpipe pca: principal component analysis. */
#include <string.h>

#include "learn/pca.h"
#include "learn/partial.h"
#include "core/num.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe pca [-c cols] [--scale] [--center | --no-center] "
    "[--rank k]\n"
    "           [--loadings | --scores] [--save-model file] [--partial]\n"
    "           [file ...]\n";

enum {
	OPT_CENTER = OPT_CMD, OPT_LOADINGS, OPT_NO_CENTER, OPT_RANK,
	OPT_SCALE, OPT_SCORES
};

int
cmd_pca(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "center",	no_argument,		NULL,	OPT_CENTER },
		{ "columns",	required_argument,	NULL,	'c' },
		{ "loadings",	no_argument,		NULL,	OPT_LOADINGS },
		{ "no-center",	no_argument,		NULL,	OPT_NO_CENTER },
		{ "rank",	required_argument,	NULL,	OPT_RANK },
		{ "scale",	no_argument,		NULL,	OPT_SCALE },
		{ "scores",	no_argument,		NULL,	OPT_SCORES },
		{ "partial",	no_argument,		NULL,	COPT_PARTIAL },
		COMMON_OPT_SAVE_MODEL,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct pca_opts o = { .center = 1, .view = PCA_SUMMARY };
	struct common com;
	struct out_table *t;
	struct rows_out *w;
	struct diag d;
	long rank;
	int ch, rc;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			o.cols = optarg;
			break;
		case OPT_CENTER:
		case OPT_NO_CENTER:
			o.center = ch == OPT_CENTER;
			break;
		case OPT_LOADINGS:
		case OPT_SCORES:
			if (o.view != PCA_SUMMARY)
				die_usage(&com, "--loadings and --scores "
				    "exclude each other");
			o.view = ch == OPT_LOADINGS ? PCA_LOADINGS :
			    PCA_SCORES;
			break;
		case OPT_RANK:
			if (num_parse_int(optarg, 1, 100000, &rank) != 0)
				die_usage(&com, "--rank: \"%s\" is not a "
				    "positive integer", optarg);
			o.rank = (size_t)rank;
			break;
		case OPT_SCALE:
			o.scale = 1;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	o.save_model = com.save_model;
	w = o.view == PCA_SCORES && !com.partial ? common_rows_out(&com) : NULL;
	rc = com.partial ? partial_pca(argc, argv, &com.in, &o, &t, &d) :
	    pca_run(argc, argv, &com.in, &o, w, &t, &d);
	common_end(&com, w, t, rc, &d);
	return STATUS_OK;
}
