/* statpipe regress --solver gd|sgd: linear and logistic models by gradient
 * descent. */
#include <stdlib.h>
#include <string.h>

#include "learn/gd.h"
#include "model/formula.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe regress --solver gd|sgd [--learning-rate x]\n"
    "           [--schedule constant|invscaling|adaptive|optimal]\n"
    "           [--power-t x] [--epochs n] [--batch-size n] [--tol x] "
    "[--seed s]\n"
    "           [--stream [--buffer-size size]] [--no-shuffle]\n"
    "           [--trace | --cv k] [--penalty ridge|lasso|enet\n"
    "           --lambda l [--alpha a]] [--no-standardize]\n"
    "           [--family gaussian|binomial] [--weights col] "
    "[--save-model file]\n"
    "           'y ~ x1 + x2' [file ...]\n";

enum {
	OPT_FAMILY = OPT_CMD, OPT_NOSHUF, OPT_NOSTD, OPT_SET, OPT_SHUF,
	OPT_TRACE, OPT_WEIGHTS
};

int
cmd_regress_gd(int argc, char **argv)
{
	/* OPT_SET: the descent's parameters, set by gd_opts_set() */
	static const struct option longopts[] = {
		{ "alpha",	required_argument,	NULL,	OPT_SET },
		{ "batch-size",	required_argument,	NULL,	OPT_SET },
		{ "buffer-size", required_argument,	NULL,	OPT_SET },
		{ "epochs",	required_argument,	NULL,	OPT_SET },
		{ "family",	required_argument,	NULL,	OPT_FAMILY },
		{ "lambda",	required_argument,	NULL,	OPT_SET },
		{ "learning-rate", required_argument,	NULL,	OPT_SET },
		{ "no-shuffle",	no_argument,		NULL,	OPT_NOSHUF },
		{ "no-standardize", no_argument,	NULL,	OPT_NOSTD },
		{ "penalty",	required_argument,	NULL,	OPT_SET },
		{ "power-t",	required_argument,	NULL,	OPT_SET },
		{ "schedule",	required_argument,	NULL,	OPT_SET },
		{ "shuffle",	no_argument,		NULL,	OPT_SHUF },
		{ "solver",	required_argument,	NULL,	OPT_SET },
		{ "stream",	no_argument,		NULL,	OPT_SET },
		{ "tol",	required_argument,	NULL,	OPT_SET },
		{ "trace",	no_argument,		NULL,	OPT_TRACE },
		{ "weights",	required_argument,	NULL,	OPT_WEIGHTS },
		COMMON_OPT_LEARN,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	const char *weights = NULL;
	struct gd_opts o;
	struct common com;
	struct formula *fm;
	struct formula_design *ds;
	struct out_table *t;
	struct diag d;
	char *text;
	int ch, li = 0, trace = 0;

	gd_opts_init(&o);
	common_init(&com, usage_str);
	com.cv_max = 2147483647;
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    &li)) != -1) {
		switch (ch) {
		case OPT_SET:
			if (gd_opts_set(&o, longopts[li].name, optarg, &d) != 0)
				die_usage(&com, "%s", d.msg);
			break;
		case OPT_FAMILY:
			o.binomial = strcmp(optarg, "binomial") == 0;
			if (!o.binomial && strcmp(optarg, "gaussian") != 0)
				die_usage(&com, "--family: \"%s\" is not "
				    "gaussian or binomial", optarg);
			break;
		case OPT_NOSHUF:
		case OPT_SHUF:
			o.shuffle = ch == OPT_SHUF;
			break;
		case OPT_NOSTD:
			o.standardize = 0;
			break;
		case OPT_TRACE:
			trace = 1;
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
	o.seed = com.seed;
	o.cv = com.cv;
	if (o.stream) {		/* the files read a chunk at a time */
		if (argc == 0 || strchr(argv[0], '~') == NULL)
			die_usage(&com, "a formula such as 'y ~ x' is required");
		common_keep(&com, &weights, 1);
		common_keep_formula(&com, argv[0]);
		if (gd_stream(argc - 1, argv + 1, &com.in, argv[0], weights,
		    &o, trace, com.save_model, &t, &d) != 0)
			common_die(&com, &d);
		common_write(&com, t);
		return STATUS_OK;
	}
	ds = regress_read_design(&com, argc, argv, weights, o.binomial,
	    &text, &fm);
	if (gd_design(ds, &o, trace, com.save_model, text, &t, &d) != 0)
		common_die(&com, &d);
	common_write(&com, t);
	formula_design_free(ds);
	formula_free(fm);
	free(text);
	return STATUS_OK;
}
