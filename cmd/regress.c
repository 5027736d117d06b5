/* statpipe regress: linear and logistic models from an R formula. */
#include <stdlib.h>
#include <string.h>

#include "learn/regress.h"
#include "model/glm.h"
#include "core/num.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe regress [--summary | --anova [--ss 2|3] | --augment |\n"
    "           --vif | --influence | --robust HC0|HC1|HC2|HC3 |\n"
    "           --step [--direction both]] [--conf-level p]\n"
    "           [--family gaussian|binomial|poisson|Gamma|inverse.gaussian|\n"
    "                     quasibinomial|quasipoisson]\n"
    "           [--link name] [--weights col] [--ref col=level] [--tol t]\n"
    "           [--save-model file] [--cv k [--seed s]] [--by keys [--sort]]\n"
    "           [--partial [--start b1,b2...]] 'y ~ x1 + x2' [file ...]\n"
    "       statpipe regress [options] -y col -x cols [file ...]\n";

/* the views first, in the order of views[]; then the options kept as
 * text, in the order of texts[] */
enum {
	OPT_ANOVA = OPT_CMD, OPT_AUGMENT, OPT_SUMMARY, OPT_VIF, OPT_INFLUENCE,
	OPT_STEP, OPT_ROBUST, OPT_DIRECTION, OPT_REF, OPT_START, OPT_VIF_TYPE,
	OPT_WEIGHTS, OPT_FAMILY, OPT_LINK, OPT_SS, OPT_TOL
};
static const enum regress_view views[] = { REGRESS_ANOVA, REGRESS_AUGMENT,
	REGRESS_SUMMARY, REGRESS_VIF, REGRESS_INFLUENCE, REGRESS_STEP,
	REGRESS_ROBUST };

int
cmd_regress(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "anova",	no_argument,		NULL,	OPT_ANOVA },
		{ "augment",	no_argument,		NULL,	OPT_AUGMENT },
		{ "family",	required_argument,	NULL,	OPT_FAMILY },
		{ "influence",	no_argument,		NULL,	OPT_INFLUENCE },
		{ "direction",	required_argument,	NULL,	OPT_DIRECTION },
		{ "link",	required_argument,	NULL,	OPT_LINK },
		{ "ref",	required_argument,	NULL,	OPT_REF },
		{ "robust",	required_argument,	NULL,	OPT_ROBUST },
		{ "ss",		required_argument,	NULL,	OPT_SS },
		{ "partial",	no_argument,		NULL,	COPT_PARTIAL },
		{ "start",	required_argument,	NULL,	OPT_START },
		{ "step",	no_argument,		NULL,	OPT_STEP },
		{ "summary",	no_argument,		NULL,	OPT_SUMMARY },
		{ "tol",	required_argument,	NULL,	OPT_TOL },
		{ "vif",	no_argument,		NULL,	OPT_VIF },
		{ "vif-type",	required_argument,	NULL,	OPT_VIF_TYPE },
		{ "weights",	required_argument,	NULL,	OPT_WEIGHTS },
		COMMON_OPT_BY,
		COMMON_OPT_CONF_LEVEL,
		COMMON_OPT_LEARN,
		COMMON_OPT_SORT,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct regress_spec sp = { .view = REGRESS_COEF };
	struct common com;
	struct out_table *t;
	struct frame *f;
	const char **texts[] = { &sp.direction, &sp.ref, &sp.start,
		&sp.vif_type, &sp.weights };
	int ch, nview = 0;

	/* gradient descent and penalized fits have their own options */
	if (common_argv_has(argc, argv, "--solver"))
		return cmd_regress_gd(argc, argv);
	if (common_argv_has(argc, argv, "--penalty"))
		return cmd_regress_penalty(argc, argv);
	common_init(&com, usage_str);
	com.cv_max = 2147483647;
	while ((ch = getopt_long(argc, argv, "x:y:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'x':
		case 'y':
			*(ch == 'x' ? &sp.x : &sp.y) = optarg;
			break;
		case OPT_SS:
			sp.ss = (int)common_int_arg(&com, "ss", optarg, 2, 3);
			break;
		case OPT_ROBUST:
			if (modeldiag_hc_parse(optarg, &sp.hc) != 0)
				die_usage(&com, "--robust: \"%s\" is not HC0, "
				    "HC1, HC2 or HC3", optarg);
			/* FALLTHROUGH */
		default:	/* a view, a text, or a common option */
			if (ch >= OPT_ANOVA && ch <= OPT_ROBUST) {
				sp.view = views[ch - OPT_ANOVA];
				nview++;
			} else if (ch >= OPT_DIRECTION && ch <= OPT_WEIGHTS)
				*texts[ch - OPT_DIRECTION] = optarg;
			else if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
			break;
		case OPT_FAMILY:
			if (glm_family_parse(optarg, &sp.family) != 0)
				die_usage(&com, "--family: \"%s\" is not a "
				    "family (see statpipe-regress(1))", optarg);
			break;
		case OPT_LINK:
			if (glm_link_parse(optarg, &sp.link) != 0)
				die_usage(&com, "--link: \"%s\" is not a link "
				    "(see statpipe-regress(1))", optarg);
			break;
		case OPT_TOL:	/* lm's rank tolerance (reggd.c: gd's) */
			if (num_parse_opt(optarg, &sp.tol) != 0 || !(sp.tol > 0))
				die_usage(&com, "--tol: \"%s\" is not > 0", optarg);
			break;
		}
	}
	argc -= optind;
	argv += optind;
	sp.save = com.save_model;
	if (nview > 1)
		die_usage(&com, "--summary, --anova, --augment, --vif, "
		    "--influence, --robust and --step exclude each other");
	if (com.by != NULL && (sp.view == REGRESS_AUGMENT ||
	    sp.view == REGRESS_INFLUENCE || sp.save != NULL || com.partial))
		die_usage(&com, "--by fits a model a stratum: not with "
		    "--augment, --influence, --save-model or --partial");
	if ((sp.y == NULL) != (sp.x == NULL))
		die_usage(&com, "-y and -x go together");
	if (sp.y == NULL && argc == 0)
		die_usage(&com, "a formula such as 'y ~ x' is required");
	if (sp.y == NULL && strchr(argv[0], '~') == NULL)
		die_usage(&com, "\"%s\" is not a formula such as 'y ~ x'",
		    argv[0]);
	if (sp.y == NULL)
		sp.formula = (argc--, *argv++);
	sp.conf_level = com.conf_level;
	sp.cv = com.cv;
	sp.seed = (uint64_t)com.seed;
	sp.threads = com.in.threads;
	sp.partial = com.partial;
	common_keep_own(&com, regress_columns, &sp);
	f = common_read(&com, argc, argv);
	common_strata(&com, &f, regress_stratum, &sp, &t);
	common_write(&com, t);
	regress_spec_free(&sp);
	frame_free(f);
	return STATUS_OK;
}
