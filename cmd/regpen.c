/* statpipe regress --penalty: ridge, lasso and elastic net as glmnet. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "learn/glmnet.h"
#include "model/formula.h"
#include "core/num.h"
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
	OPT_ALPHA = OPT_CMD, OPT_AT, OPT_FAMILY, OPT_LAMBDA, OPT_LMR,
	OPT_NLAMBDA, OPT_NOSTD, OPT_PATH, OPT_PENALTY, OPT_WEIGHTS
};

int
cmd_regress_penalty(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "alpha",	required_argument,	NULL,	OPT_ALPHA },
		{ "at",		required_argument,	NULL,	OPT_AT },
		{ "family",	required_argument,	NULL,	OPT_FAMILY },
		{ "lambda",	required_argument,	NULL,	OPT_LAMBDA },
		{ "lambda-min-ratio", required_argument, NULL,	OPT_LMR },
		{ "nlambda",	required_argument,	NULL,	OPT_NLAMBDA },
		{ "no-standardize", no_argument,	NULL,	OPT_NOSTD },
		{ "path",	no_argument,		NULL,	OPT_PATH },
		{ "penalty",	required_argument,	NULL,	OPT_PENALTY },
		{ "weights",	required_argument,	NULL,	OPT_WEIGHTS },
		COMMON_OPT_LEARN,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	const char *weights = NULL, *pen = NULL, *at = NULL;
	struct glmnet_run run;
	struct common com;
	struct formula *fm;
	struct formula_design *ds;
	struct out_table *t;
	struct diag d;
	double lambda = 0, alpha = NAN;
	char *text;
	int ch;

	memset(&run, 0, sizeof(run));
	glmnet_opts_init(&run.opts);
	common_init(&com, usage_str);
	com.cv_min = 3;		/* glmnet's nfolds */
	com.cv_max = 2147483647;
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case OPT_PENALTY:
			pen = optarg;
			break;
		case OPT_ALPHA:		/* their ranges: glmnet_run_finish() */
		case OPT_LAMBDA:
		case OPT_LMR:
			if (num_parse_opt(optarg, ch == OPT_ALPHA ? &alpha :
			    ch == OPT_LAMBDA ? &lambda :
			    &run.opts.lambda_min_ratio) != 0)
				die_usage(&com, "\"%s\" is not a number", optarg);
			run.opts.lambda = ch == OPT_LAMBDA ? &lambda :
			    run.opts.lambda;
			break;
		case OPT_NLAMBDA:
			run.opts.nlambda = (size_t)common_int_arg(&com,
			    "nlambda", optarg, 1, 100000);
			break;
		case OPT_AT:
			at = optarg;
			break;
		case OPT_FAMILY:
			run.opts.binomial = strcmp(optarg, "binomial") == 0;
			if (!run.opts.binomial && strcmp(optarg, "gaussian") != 0)
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
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	run.k = com.cv;
	run.save = com.save_model;
	if (glmnet_run_finish(&run, pen, alpha, at, &d) != 0)
		common_die(&com, &d);
	run.seed = com.seed;
	ds = regress_read_design(&com, argc, argv, weights,
	    run.opts.binomial, &text, &fm);
	run.formula = text;
	if (glmnet_design(ds, &run, &t, &d) != 0)
		common_die(&com, &d);
	common_write(&com, t);
	formula_design_free(ds);
	formula_free(fm);
	free(text);
	return STATUS_OK;
}
