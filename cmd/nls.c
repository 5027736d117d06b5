/* statpipe nls: nonlinear least squares from an R formula, as R's nls. */
#include <stdlib.h>
#include <string.h>

#include "core/num.h"
#include "model/nls.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe nls --start b1=v1,b2=v2 [--summary | --augment]\n"
    "           [--algorithm lm|lmaccel|dogleg|ddogleg|subspace2D]\n"
    "           [--scale more|levenberg|marquardt] [--max-iter n] "
    "[--tol t]\n"
    "           [--lower b1=l1,...] [--upper b1=u1,...] [--weights col]\n"
    "           [--conf-level p] [--save-model file] 'y ~ f(x, b1, b2)' "
    "[file ...]\n";

enum {
	OPT_ALGORITHM = OPT_CMD, OPT_AUGMENT, OPT_LOWER, OPT_MAX_ITER,
	OPT_SAVE, OPT_SCALE, OPT_START, OPT_SUMMARY, OPT_TOL, OPT_UPPER,
	OPT_WEIGHTS
};

int
cmd_nls(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "algorithm",	required_argument,	NULL,	OPT_ALGORITHM },
		{ "augment",	no_argument,		NULL,	OPT_AUGMENT },
		{ "lower",	required_argument,	NULL,	OPT_LOWER },
		{ "max-iter",	required_argument,	NULL,	OPT_MAX_ITER },
		{ "save-model",	required_argument,	NULL,	OPT_SAVE },
		{ "scale",	required_argument,	NULL,	OPT_SCALE },
		{ "start",	required_argument,	NULL,	OPT_START },
		{ "summary",	no_argument,		NULL,	OPT_SUMMARY },
		{ "tol",	required_argument,	NULL,	OPT_TOL },
		{ "upper",	required_argument,	NULL,	OPT_UPPER },
		{ "weights",	required_argument,	NULL,	OPT_WEIGHTS },
		COMMON_OPT_CONF_LEVEL,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct nls_opts o = { .max_iter = NLS_MAX_ITER, .tol = NLS_TOL };
	struct common com;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	int ch, nview = 0;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case OPT_ALGORITHM:
			o.chosen = 1;
			if (nls_parse_algorithm(optarg, &o.algorithm) != 0)
				die_usage(&com, "--algorithm: \"%s\" is not lm, "
				    "lmaccel, dogleg, ddogleg or subspace2D",
				    optarg);
			break;
		case OPT_SCALE:
			o.chosen = 1;
			if (nls_parse_scale(optarg, &o.scale) != 0)
				die_usage(&com, "--scale: \"%s\" is not more, "
				    "levenberg or marquardt", optarg);
			break;
		case OPT_AUGMENT:
		case OPT_SUMMARY:
			o.view = ch == OPT_AUGMENT ? NLS_AUGMENT : NLS_SUMMARY;
			nview++;
			break;
		case OPT_MAX_ITER:
			o.max_iter = common_int_arg(&com, "max-iter", optarg, 1,
			    1000000);
			break;
		case OPT_TOL:
			if (num_parse_opt(optarg, &o.tol) != 0 || !(o.tol > 0) ||
			    o.tol >= 1)
				die_usage(&com, "--tol: \"%s\" is not a number "
				    "between 0 and 1", optarg);
			break;
		case OPT_START:
			o.start = optarg;
			break;
		case OPT_LOWER:
			o.lower = optarg;
			break;
		case OPT_UPPER:
			o.upper = optarg;
			break;
		case OPT_WEIGHTS:
			o.weights = optarg;
			break;
		case OPT_SAVE:
			o.save = optarg;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (nview > 1)
		die_usage(&com, "--summary and --augment exclude each other");
	if (argc == 0 || strchr(argv[0], '~') == NULL)
		die_usage(&com, "a formula such as 'y ~ b1 * exp(b2 * x)' is "
		    "required");
	if (o.start == NULL)
		die_usage(&com, "--start is required: a value for every "
		    "parameter");
	o.formula = argv[0];
	o.conf_level = com.conf_level;
	f = common_read(&com, argc - 1, argv + 1);
	if (nls_frame(f, &o, &t, &d) != 0)
		common_die(&com, &d);
	common_write(&com, t);
	frame_free(f);
	return STATUS_OK;
}
