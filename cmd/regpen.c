/* statpipe regress --penalty: ridge, lasso and elastic net as glmnet. */
#include <stdlib.h>
#include <string.h>

#include "learn/glmnet.h"
#include "model/formula.h"
#include "model/model.h"
#include "model/modelfile.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe regress --penalty ridge|lasso|enet [--alpha a]\n"
    "           [--lambda l | --cv k [--seed s] [--at min|1se]] [--path]\n"
    "           [--nlambda n] [--lambda-min-ratio r] [--no-standardize]\n"
    "           [--family gaussian|binomial] [--weights col] "
    "[--save-model file]\n"
    "           'y ~ x1 + x2' [file ...]\n";

enum {
	OPT_ALPHA = OPT_CMD, OPT_AT, OPT_CV, OPT_FAMILY, OPT_LAMBDA,
	OPT_LMR, OPT_NLAMBDA, OPT_NOSTD, OPT_PATH, OPT_PENALTY, OPT_SAVE,
	OPT_WEIGHTS
};

/* a number from 0 (excluded unless closed) to hi (no limit: 0) */
static double
num_opt(const struct common *com, const char *name, const char *arg,
    double hi, int closed)
{
	double v;

	if (num_parse_opt(arg, &v) != 0 || v < 0 || (hi > 0 && v > hi) ||
	    (!closed && v == 0)) {
		if (hi > 0)
			die_usage(com, "--%s: \"%s\" is not a number from "
			    "0%s to %g", name, arg, closed ? "" : " (excluded)",
			    hi);
		die_usage(com, "--%s: \"%s\" is not a number above 0", name,
		    arg);
	}
	return v;
}

int
cmd_regress_penalty(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "alpha",	required_argument,	NULL,	OPT_ALPHA },
		{ "at",		required_argument,	NULL,	OPT_AT },
		{ "cv",		required_argument,	NULL,	OPT_CV },
		{ "family",	required_argument,	NULL,	OPT_FAMILY },
		{ "lambda",	required_argument,	NULL,	OPT_LAMBDA },
		{ "lambda-min-ratio", required_argument, NULL,	OPT_LMR },
		{ "nlambda",	required_argument,	NULL,	OPT_NLAMBDA },
		{ "no-standardize", no_argument,	NULL,	OPT_NOSTD },
		{ "path",	no_argument,		NULL,	OPT_PATH },
		{ "penalty",	required_argument,	NULL,	OPT_PENALTY },
		{ "save-model",	required_argument,	NULL,	OPT_SAVE },
		{ "weights",	required_argument,	NULL,	OPT_WEIGHTS },
		COMMON_OPT_SEED,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	const char *weights = NULL, *keep[1], *pen = NULL, *save = NULL;
	struct model_fit mf;
	struct glmnet_run run;
	struct common com;
	struct formula *fm;
	struct formula_design *ds;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	size_t wcol = FORMULA_NONE, *idx;
	double lambda = 0, alpha = -1;
	char *text;
	int ch, at = 0;

	memset(&run, 0, sizeof(run));
	glmnet_opts_init(&run.opts);
	run.view = GLMNET_COEF;
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case OPT_PENALTY:
			pen = optarg;
			if (strcmp(pen, "ridge") != 0 && strcmp(pen, "lasso")
			    != 0 && strcmp(pen, "enet") != 0)
				die_usage(&com, "--penalty: \"%s\" is not ridge, "
				    "lasso or enet", pen);
			break;
		case OPT_ALPHA:
			alpha = num_opt(&com, "alpha", optarg, 1, 1);
			break;
		case OPT_LAMBDA:
			lambda = num_opt(&com, "lambda", optarg, 0, 0);
			break;
		case OPT_LMR:
			run.opts.lambda_min_ratio = num_opt(&com,
			    "lambda-min-ratio", optarg, 1, 0);
			break;
		case OPT_NLAMBDA:
			run.opts.nlambda = (size_t)common_int_arg(&com,
			    "nlambda", optarg, 1, 100000);
			break;
		case OPT_CV:
			run.k = (size_t)common_int_arg(&com, "cv", optarg, 3,
			    2147483647);
			break;
		case OPT_AT:
			if (strcmp(optarg, "min") != 0 &&
			    strcmp(optarg, "1se") != 0)
				die_usage(&com, "--at: \"%s\" is not min or 1se",
				    optarg);
			run.use_min = strcmp(optarg, "min") == 0;
			at = 1;
			break;
		case OPT_FAMILY:
			run.opts.binomial = strcmp(optarg, "binomial") == 0;
			if (!run.opts.binomial && strcmp(optarg, "gaussian"))
				die_usage(&com, "--family: \"%s\" is not "
				    "gaussian or binomial", optarg);
			break;
		case OPT_NOSTD:
			run.opts.standardize = 0;
			break;
		case OPT_PATH:
			run.view = GLMNET_PATH;
			break;
		case OPT_WEIGHTS:
			weights = optarg;
			break;
		case OPT_SAVE:
			save = optarg;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (pen == NULL)
		die_usage(&com, "--penalty is required");
	if (alpha >= 0 && strcmp(pen, "enet") != 0)
		die_usage(&com, "--alpha is for --penalty enet");
	run.opts.alpha = strcmp(pen, "ridge") == 0 ? 0 : strcmp(pen, "lasso")
	    == 0 ? 1 : alpha >= 0 ? alpha : 0.5;
	if (lambda > 0 && run.k > 0)
		die_usage(&com, "--lambda and --cv exclude each other");
	if (at && (run.k == 0 || run.view == GLMNET_PATH))
		die_usage(&com, "--at goes with --cv, without --path");
	if (run.k > 0 && run.view == GLMNET_COEF && !at)
		run.view = GLMNET_CV;
	if (save != NULL && run.view != GLMNET_COEF)
		die_usage(&com, "--save-model saves the fit at one lambda: "
		    "--lambda, or --cv with --at");
	if (lambda > 0) {
		run.opts.lambda = &lambda;
		run.opts.nlam = 1;
	}
	run.seed = com.seed;
	if (argc == 0 || strchr(argv[0], '~') == NULL)
		die_usage(&com, "a formula such as 'y ~ x' is required");
	text = *argv++;
	argc--;
	keep[0] = weights;
	common_keep(&com, keep, 1);
	common_keep_formula(&com, text);
	f = common_read(&com, argc, argv);
	{	/* "y ~ .": every other column */
		char **names = xmalloc((f->ncols + 1) * sizeof(*names));
		size_t j;

		for (j = 0; j < f->ncols; j++)
			names[j] = f->col[j].name;
		text = formula_expand_dot(text, names, f->ncols);
		free(names);
	}
	if (formula_parse(text, &fm, &d) != 0)
		common_die(&com, &d);
	if (weights != NULL) {
		common_cols(f, weights, &idx);
		wcol = idx[0];
		free(idx);
	}
	if (formula_design(fm, f, wcol, (run.opts.binomial ? FORMULA_BINARY :
	    0) | FORMULA_CONSUME, &ds, &d) != 0)
		common_die(&com, &d);
	frame_free(f);
	com.frame = NULL;
	memset(&mf, 0, sizeof(mf));
	mf.family = run.opts.binomial ? MODEL_BINOMIAL : MODEL_GAUSSIAN;
	mf.p = ds->p;
	mf.coef = xmalloc((ds->p + 1) * sizeof(double));
	if (glmnet_design(ds, &run, &t, mf.coef, &d) != 0)
		common_die(&com, &d);
	/* no covariance: a penalized model file, without intervals */
	if (save != NULL && model_save(save, &mf, ds, text, &d) != 0)
		common_die(&com, &d);
	free(mf.coef);
	common_write(&com, t);
	formula_design_free(ds);
	formula_free(fm);
	free(text);
	return STATUS_OK;
}
