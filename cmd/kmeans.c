/* statpipe kmeans: k-means clustering. */
#include <stdlib.h>
#include <string.h>

#include "learn/kmeans.h"
#include "learn/partial.h"
#include "core/num.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe kmeans [-c cols] -k k | --centers file | --elbow lo-hi\n"
    "           [--algorithm hartigan-wong|lloyd|macqueen] [--nstart n] "
    "[--seed s]\n"
    "           [--iter-max n] [--scale] [--summary | --assign] "
    "[--save-model file]\n"
    "           [--partial --centers file] [file ...]\n";

enum {
	OPT_ALG = OPT_CMD, OPT_ASSIGN, OPT_CENTERS, OPT_ELBOW, OPT_ITER,
	OPT_NSTART, OPT_SCALE, OPT_SUMMARY
};

static void
set_view(struct common *com, struct kmeans_opts *o, enum kmeans_view v)
{
	if (o->view != KMEANS_CLUSTERS && o->view != v)
		die_usage(com, "--summary, --assign and --elbow exclude each "
		    "other");
	o->view = v;
}

int
cmd_kmeans(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "algorithm",	required_argument,	NULL,	OPT_ALG },
		{ "assign",	no_argument,		NULL,	OPT_ASSIGN },
		{ "centers",	required_argument,	NULL,	OPT_CENTERS },
		{ "columns",	required_argument,	NULL,	'c' },
		{ "elbow",	required_argument,	NULL,	OPT_ELBOW },
		{ "iter-max",	required_argument,	NULL,	OPT_ITER },
		{ "nstart",	required_argument,	NULL,	OPT_NSTART },
		{ "scale",	no_argument,		NULL,	OPT_SCALE },
		{ "summary",	no_argument,		NULL,	OPT_SUMMARY },
		COMMON_OPT_SAVE_MODEL,
		COMMON_OPT_SEED,
		{ "partial",	no_argument,		NULL,	COPT_PARTIAL },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct kmeans_opts o = { .nstart = 10, .seed = 1, .iter_max = 10 };
	struct common com;
	struct out_table *t;
	struct rows_out *w;
	struct diag d;
	long v, lo, hi;
	char *dash;
	int ch, rc;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:k:" COMMON_SHORTOPTS,
	    longopts, NULL)) != -1) {
		switch (ch) {
		case 'c':
			o.cols = optarg;
			break;
		case 'k':
			if (num_parse_int(optarg, 1, KMEANS_K_MAX, &v) != 0)
				die_usage(&com, "-k: \"%s\" is not an integer "
				    "from 1 to %d", optarg, KMEANS_K_MAX);
			o.k = (size_t)v;
			break;
		case OPT_ALG:
			if (kmeans_parse_alg(optarg, &o.alg) != 0)
				die_usage(&com, "--algorithm: \"%s\" is not "
				    "hartigan-wong, lloyd or macqueen", optarg);
			break;
		case OPT_ASSIGN:
			set_view(&com, &o, KMEANS_ASSIGN);
			break;
		case OPT_CENTERS:
			o.centers = optarg;
			break;
		case OPT_ELBOW:
			set_view(&com, &o, KMEANS_ELBOW);
			dash = strchr(optarg, '-');
			if (dash != NULL)
				*dash = '\0';
			if (num_parse_int(optarg, 1, 1000, &lo) != 0 ||
			    (dash != NULL && num_parse_int(dash + 1, 1, 1000,
			    &hi) != 0) || (dash == NULL && (hi = lo, 0)) ||
			    hi < lo)
				die_usage(&com, "--elbow: not a range LO-HI "
				    "of cluster counts");
			o.elbow_lo = (size_t)lo;
			o.elbow_hi = (size_t)hi;
			break;
		case OPT_ITER:
			if (num_parse_int(optarg, 1, 1000000, &v) != 0)
				die_usage(&com, "--iter-max: \"%s\" is not a "
				    "positive integer", optarg);
			o.iter_max = (int)v;
			break;
		case OPT_NSTART:
			if (num_parse_int(optarg, 1, 100000, &v) != 0)
				die_usage(&com, "--nstart: \"%s\" is not a "
				    "positive integer", optarg);
			o.nstart = (size_t)v;
			break;
		case OPT_SCALE:
			o.scale = 1;
			break;
		case OPT_SUMMARY:
			set_view(&com, &o, KMEANS_SUMMARY);
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (o.view == KMEANS_ELBOW ? o.k != 0 || o.centers != NULL :
	    o.k == 0 && o.centers == NULL)
		die_usage(&com, "one of -k, --centers and --elbow is needed");
	o.threads = com.in.threads;
	o.save_model = com.save_model;
	if (common_given(&com, COPT_SEED))
		o.seed = com.seed;
	w = o.view == KMEANS_ASSIGN && !com.partial ? common_rows_out(&com) : NULL;
	rc = com.partial ? partial_kmeans(argc, argv, &com.in, &o, &t, &d) :
	    kmeans_run(argc, argv, &com.in, &o, w, &t, &d);
	common_end(&com, w, t, rc, &d);
	return STATUS_OK;
}
