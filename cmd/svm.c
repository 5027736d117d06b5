/* statpipe svm: support vector machines (LIBSVM as e1071::svm; LIBLINEAR). */
#include <stdlib.h>
#include <string.h>

#include "learn/predict.h"
#include "learn/svm.h"
#include "learn/xy.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe svm [--type t] [--kernel k] [--cost x] [--gamma x] "
    "[--degree n]\n"
    "           [--coef0 x] [--nu x] [--epsilon x] [--tolerance x] "
    "[--no-scale]\n"
    "           [--probability] [--class-weights a=w,...] "
    "[--solver libsvm|liblinear]\n"
    "           [--coefficients] [--save-model file] [--seed s]\n"
    "           [--cv k [--grid name=v,... [name=v,...]]] "
    "'y ~ x1 + x2' [file ...]\n"
    "       statpipe svm --type one-class [options] '~ x1 + x2' "
    "[file ...]\n";

enum { OPT_COEF = OPT_CMD, OPT_GRID, OPT_NO_SCALE, OPT_PROB, OPT_SET,
	OPT_WEIGHTS };

int
cmd_svm(int argc, char **argv)
{
	/* OPT_SET: the machine's parameters, set by svm_opts_set() */
	static const struct option longopts[] = {
		{ "class-weights", required_argument,	NULL,	OPT_WEIGHTS },
		{ "coef0",	required_argument,	NULL,	OPT_SET },
		{ "coefficients", no_argument,		NULL,	OPT_COEF },
		{ "cost",	required_argument,	NULL,	OPT_SET },
		{ "degree",	required_argument,	NULL,	OPT_SET },
		{ "epsilon",	required_argument,	NULL,	OPT_SET },
		{ "gamma",	required_argument,	NULL,	OPT_SET },
		{ "grid",	required_argument,	NULL,	OPT_GRID },
		{ "kernel",	required_argument,	NULL,	OPT_SET },
		{ "no-scale",	no_argument,		NULL,	OPT_NO_SCALE },
		{ "nu",		required_argument,	NULL,	OPT_SET },
		{ "probability", no_argument,		NULL,	OPT_PROB },
		{ "solver",	required_argument,	NULL,	OPT_SET },
		{ "tolerance",	required_argument,	NULL,	OPT_SET },
		{ "type",	required_argument,	NULL,	OPT_SET },
		COMMON_OPT_LEARN,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct svm_request q;
	struct svm_machine *m = NULL;
	struct xy *xy = NULL;
	struct common com;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	const char *save;
	int ch, li = 0;

	memset(&q, 0, sizeof(q));
	svm_opts_init(&q.o);
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    &li)) != -1) {
		switch (ch) {
		case OPT_SET:
			if (svm_opts_set(&q.o, longopts[li].name, optarg,
			    &d) != 0)
				die_usage(&com, "%s", d.msg);
			break;
		case OPT_COEF:
			q.view = SVM_COEFFICIENTS;
			break;
		case OPT_GRID:
			if (q.ngrid == 2)
				die_usage(&com, "--grid: at most 2 parameters");
			q.grid[q.ngrid++] = optarg;
			break;
		case OPT_NO_SCALE:
			q.o.scale = 0;
			break;
		case OPT_PROB:
			q.o.probability = 1;
			break;
		case OPT_WEIGHTS:
			q.o.class_weights = optarg;
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
	/* --grid cost=1,10 gamma=0.1,1: the second axis comes unflagged */
	if (q.ngrid == 1 && argc > 0 && strchr(argv[0], '=') != NULL &&
	    strchr(argv[0], '~') == NULL) {
		q.grid[q.ngrid++] = argv[0];
		argc--, argv++;
	}
	if (save != NULL && q.cv > 1)
		die_usage(&com, "--save-model and --cv exclude each other");
	/* a one-class formula, "~ a + b", is no model formula: xy reads it */
	if (argc > 0 && argv[0][strspn(argv[0], " \t")] == '~') {
		q.formula = argv[0];
		f = common_read(&com, argc - 1, argv + 1);
	} else
		f = common_read_model(&com, argc, argv, &q.formula);
	if (svm_frame(f, &q, &t, save ? &m : NULL, save ? &xy : NULL,
	    &d) != 0 ||
	    (save != NULL && predict_save_svm(save, m, xy, q.formula, &d)))
		common_die(&com, &d);
	common_write(&com, t);
	svm_machine_free(m);
	xy_free(xy);
	frame_free(f);
	return STATUS_OK;
}
