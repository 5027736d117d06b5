/* statpipe forest: random forests for classes and numbers. */
#include <math.h>
#include <string.h>

#include "core/num.h"
#include "learn/predict.h"
#include "learn/forest.h"
#include "learn/xy.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe forest [--method class|anova] [--trees n] [--mtry m]\n"
    "           [--min-node-size n] [--sample-fraction p] [--no-replace] "
    "[--seed s]\n"
    "           [--confusion | --importance impurity|permutation] "
    "[--save-model file]\n"
    "           [--cv k]\n"
    "           'y ~ x1 + x2' [file ...]\n";

enum {
	OPT_CONFUSION = OPT_CMD, OPT_IMPORTANCE, OPT_METHOD, OPT_MIN_NODE,
	OPT_MTRY, OPT_NO_REPLACE, OPT_REPLACE, OPT_SAMPLE,
	OPT_TREES
};

int
cmd_forest(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "confusion",	no_argument,		NULL,	OPT_CONFUSION },
		{ "importance",	required_argument,	NULL,	OPT_IMPORTANCE },
		{ "method",	required_argument,	NULL,	OPT_METHOD },
		{ "min-node-size", required_argument,	NULL,	OPT_MIN_NODE },
		{ "mtry",	required_argument,	NULL,	OPT_MTRY },
		{ "no-replace",	no_argument,		NULL,	OPT_NO_REPLACE },
		{ "replace",	no_argument,		NULL,	OPT_REPLACE },
		{ "sample-fraction", required_argument,	NULL,	OPT_SAMPLE },
		{ "trees",	required_argument,	NULL,	OPT_TREES },
		COMMON_OPT_LEARN,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct forest_request q;
	struct forest *fo = NULL;
	struct xy *xy = NULL;
	struct common com;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	const char *save;
	int ch, nview = 0;

	memset(&q, 0, sizeof(q));
	forest_opts_init(&q.o);
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case OPT_CONFUSION:
			q.view = FOREST_CONFUSION;
			nview++;
			break;
		case OPT_IMPORTANCE:
			if (strcmp(optarg, "impurity") == 0)
				q.o.importance = FOREST_IMP_IMPURITY;
			else if (strcmp(optarg, "permutation") == 0)
				q.o.importance = FOREST_IMP_PERMUTATION;
			else
				die_usage(&com, "--importance: \"%s\" is not "
				    "impurity or permutation", optarg);
			q.view = FOREST_IMPORTANCE;
			nview++;
			break;
		case OPT_METHOD:
			if (strcmp(optarg, "class") == 0)
				q.method = 1;
			else if (strcmp(optarg, "anova") == 0)
				q.method = 2;
			else
				die_usage(&com, "--method: \"%s\" is not class "
				    "or anova", optarg);
			break;
		case OPT_MIN_NODE:
			q.o.min_node_size = (size_t)common_int_arg(&com, "min-node-size",
			    optarg, 1, 1000000000);
			break;
		case OPT_MTRY:
			q.o.mtry = (size_t)common_int_arg(&com, "mtry", optarg, 1, 1000000);
			break;
		case OPT_NO_REPLACE:
		case OPT_REPLACE:
			q.o.replace = ch == OPT_REPLACE;
			break;
		case OPT_SAMPLE:
			if (num_parse_opt(optarg, &q.o.sample_fraction) != 0 ||
			    !(q.o.sample_fraction > 0) ||
			    !isfinite(q.o.sample_fraction))
				die_usage(&com, "--sample-fraction: \"%s\" is "
				    "not a positive number", optarg);
			break;
		case OPT_TREES:
			q.o.trees = (size_t)common_int_arg(&com, "trees", optarg, 1,
			    1000000);
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (common_given(&com, COPT_SEED))
		q.o.seed = com.seed;
	q.cv = com.cv;
	save = com.save_model;
	if (nview > 1)
		die_usage(&com, "--confusion and --importance exclude each "
		    "other");
	q.o.threads = com.in.threads > 1 ? com.in.threads : 1;
	f = common_read_model(&com, argc, argv, &q.formula);
	if (forest_frame(f, &q, &t, save ? &fo : NULL, save ? &xy : NULL,
	    &d) != 0 ||
	    (save != NULL && predict_save_forest(save, fo, xy, q.formula, &d)))
		common_die(&com, &d);
	common_write(&com, t);
	forest_free(fo);
	xy_free(xy);
	frame_free(f);
	return STATUS_OK;
}
