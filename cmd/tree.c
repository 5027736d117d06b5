/* statpipe tree: a classification or regression tree (CART, as rpart). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/num.h"
#include "learn/cv.h"
#include "learn/predict.h"
#include "learn/tree.h"
#include "learn/xy.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe tree [--method class|anova] [--minsplit n] "
    "[--minbucket n]\n"
    "           [--cp x] [--maxdepth n] [--surrogates n]\n"
    "           [--rules | --importance | --cptable | --splits]\n"
    "           [--xval k] [--seed s]"
    " [--prune cp] [--save-model file] [--cv k]\n"
    "           'y ~ x1 + x2' [file ...]\n";

enum {
	OPT_CP = OPT_CMD, OPT_CPTABLE, OPT_IMPORTANCE, OPT_MAXDEPTH,
	OPT_METHOD, OPT_MINBUCKET, OPT_MINSPLIT, OPT_PRUNE, OPT_RULES,
	OPT_SPLITS, OPT_SURROGATES, OPT_XVAL
};

int
cmd_tree(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "cp",		required_argument,	NULL,	OPT_CP },
		{ "cptable",	no_argument,		NULL,	OPT_CPTABLE },
		{ "importance",	no_argument,		NULL,	OPT_IMPORTANCE },
		{ "maxdepth",	required_argument,	NULL,	OPT_MAXDEPTH },
		{ "method",	required_argument,	NULL,	OPT_METHOD },
		{ "minbucket",	required_argument,	NULL,	OPT_MINBUCKET },
		{ "minsplit",	required_argument,	NULL,	OPT_MINSPLIT },
		{ "prune",	required_argument,	NULL,	OPT_PRUNE },
		{ "rules",	no_argument,		NULL,	OPT_RULES },
		{ "splits",	no_argument,		NULL,	OPT_SPLITS },
		{ "surrogates",	required_argument,	NULL,	OPT_SURROGATES },
		{ "xval",	required_argument,	NULL,	OPT_XVAL },
		COMMON_OPT_LEARN,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct tree_request q;
	struct tree *tr = NULL;
	struct xy *xy = NULL;
	struct common com;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	long minsplit = 0, minbucket = 0;
	const char *save;
	int ch, nview = 0;

	memset(&q, 0, sizeof(q));
	tree_opts_init(&q.o);
	q.prune = NAN;
	q.xval = 10;
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case OPT_CP:
			if (num_parse_opt(optarg, &q.o.cp) != 0)
				die_usage(&com, "--cp: \"%s\" is not a number",
				    optarg);
			break;
		case OPT_PRUNE:
			if (num_parse_opt(optarg, &q.prune) != 0)
				die_usage(&com, "--prune: \"%s\" is not a "
				    "number", optarg);
			break;
		case OPT_CPTABLE:
		case OPT_IMPORTANCE:
		case OPT_RULES:
		case OPT_SPLITS:
			q.view = ch == OPT_CPTABLE ? TREE_CPTABLE :
			    ch == OPT_RULES ? TREE_RULES : ch == OPT_SPLITS ?
			    TREE_SPLITS : TREE_IMPORTANCE;
			nview++;
			break;
		case OPT_MAXDEPTH:
			q.o.maxdepth = (int)common_int_arg(&com, "maxdepth", optarg,
			    1, 30);
			break;
		case OPT_METHOD:
			if (strcmp(optarg, "class") == 0)
				q.o.method = TREE_CLASS;
			else if (strcmp(optarg, "anova") == 0)
				q.o.method = TREE_ANOVA;
			else
				die_usage(&com, "--method: \"%s\" is not class "
				    "or anova", optarg);
			break;
		case OPT_MINBUCKET:
			minbucket = common_int_arg(&com, "minbucket", optarg, 1,
			    1000000000);
			break;
		case OPT_MINSPLIT:
			minsplit = common_int_arg(&com, "minsplit", optarg, 1,
			    1000000000);
			break;
		case OPT_SURROGATES:
			q.o.maxsurrogate = (size_t)common_int_arg(&com,
			    "surrogates", optarg, 0, 1000000);
			break;
		case OPT_XVAL:
			q.xval = (int)common_int_arg(&com, "xval", optarg, 0, 1000);
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (common_given(&com, COPT_SEED))
		q.seed = com.seed;
	q.cv = com.cv;
	save = com.save_model;
	if (nview > 1)
		die_usage(&com, "--rules, --importance, --cptable and --splits "
		    "exclude each other");
	tree_opts_sizes(&q.o, minsplit, minbucket);
	f = common_read_model(&com, argc, argv, &q.formula);
	if (tree_frame(f, &q, &t, save ? &tr : NULL, save ? &xy : NULL,
	    &d) != 0 ||
	    (save != NULL && predict_save_tree(save, tr, xy, q.formula, &d)))
		common_die(&com, &d);
	common_write(&com, t);
	tree_free(tr);
	xy_free(xy);
	frame_free(f);
	return STATUS_OK;
}
