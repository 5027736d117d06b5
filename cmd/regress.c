/* statpipe regress: linear and logistic models from an R formula. */
#include <stdlib.h>
#include <string.h>

#include "learn/regress.h"
#include "model/glm.h"
#include "core/num.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe regress [--summary | --anova | --augment] "
    "[--conf-level p]\n"
    "           [--family gaussian|binomial|poisson|Gamma|inverse.gaussian|"
    "quasibinomial|quasipoisson]\n"
    "           [--link name] [--weights col] [--save-model file]\n"
    "           [--cv k [--seed s]] [--by keys [--sort]] 'y ~ x1 + x2' "
    "[file ...]\n"
    "       statpipe regress [options] -y col -x cols [file ...]\n";

enum {
	OPT_ANOVA = OPT_CMD, OPT_AUGMENT, OPT_CV, OPT_FAMILY, OPT_LINK, OPT_SAVE,
	OPT_SUMMARY, OPT_WEIGHTS
};

/* regress_frame() for each stratum of --by. */
static int
regress_stratum(void *sp, struct frame **f, struct out_table **t,
    struct diag *d)
{
	return regress_frame(f, sp, t, d);
}

int
cmd_regress(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "anova",	no_argument,		NULL,	OPT_ANOVA },
		{ "augment",	no_argument,		NULL,	OPT_AUGMENT },
		{ "family",	required_argument,	NULL,	OPT_FAMILY },
		{ "cv",		required_argument,	NULL,	OPT_CV },
		{ "link",	required_argument,	NULL,	OPT_LINK },
		{ "save-model",	required_argument,	NULL,	OPT_SAVE },
		{ "summary",	no_argument,		NULL,	OPT_SUMMARY },
		{ "weights",	required_argument,	NULL,	OPT_WEIGHTS },
		COMMON_OPT_BY,
		COMMON_OPT_CONF_LEVEL,
		COMMON_OPT_SEED,
		COMMON_OPT_SORT,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct regress_spec sp = { .view = REGRESS_COEF };
	struct common com;
	struct out_table *t;
	struct frame *f;
	int ch, nview = 0;
	long cv = 0;

	/* gradient descent (reggd.c) and penalized fits (regpen.c) have
	 * their own options */
	for (ch = 1; ch < argc; ch++)
		if (strncmp(argv[ch], "--solver", 8) == 0)
			return cmd_regress_gd(argc, argv);
	for (ch = 1; ch < argc; ch++)
		if (strncmp(argv[ch], "--penalty", 9) == 0)
			return cmd_regress_penalty(argc, argv);
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "x:y:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'x':
			sp.x = optarg;
			break;
		case 'y':
			sp.y = optarg;
			break;
		case OPT_ANOVA:
			sp.view = REGRESS_ANOVA;
			nview++;
			break;
		case OPT_AUGMENT:
			sp.view = REGRESS_AUGMENT;
			nview++;
			break;
		case OPT_SUMMARY:
			sp.view = REGRESS_SUMMARY;
			nview++;
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
		case OPT_WEIGHTS:
			sp.weights = optarg;
			break;
		case OPT_SAVE:
			sp.save = optarg;
			break;
		case OPT_CV:
			cv = common_int_arg(&com, "cv", optarg, 2, 2147483647);
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (nview > 1)
		die_usage(&com, "--summary, --anova and --augment exclude "
		    "each other");
	if (cv > 0 && nview > 0)
		die_usage(&com, "--cv excludes --summary, --anova and --augment");
	if (!glm_link_ok(sp.family, sp.link))
		die_usage(&com, "--link: the %s family has no %s link",
		    glm_family_name(sp.family), glm_link_name(sp.link));
	if (cv > 0 && ((sp.family != MODEL_GAUSSIAN && sp.family !=
	    MODEL_BINOMIAL) || sp.link != MODEL_LINK_DEFAULT))
		die_usage(&com, "--cv is for the gaussian and binomial "
		    "families with their default links");
	if (com.by != NULL && (sp.view == REGRESS_AUGMENT || sp.save != NULL))
		die_usage(&com, "--by fits a model a stratum: not with "
		    "--augment or --save-model");
	if ((sp.y == NULL) != (sp.x == NULL))
		die_usage(&com, "-y and -x go together");
	if (sp.y == NULL && argc == 0)
		die_usage(&com, "a formula such as 'y ~ x' is required");
	if (sp.y == NULL && strchr(argv[0], '~') == NULL)
		die_usage(&com, "\"%s\" is not a formula such as 'y ~ x'",
		    argv[0]);
	if (sp.y == NULL) {
		sp.formula = *argv++;
		argc--;
	}
	sp.conf_level = com.conf_level;
	sp.cv = (size_t)cv;
	sp.seed = (uint64_t)com.seed;
	sp.threads = com.in.threads;
	common_keep_own(&com, regress_columns, &sp);
	f = common_read(&com, argc, argv);
	common_strata(&com, &f, regress_stratum, &sp, &t);
	common_write(&com, t);
	regress_spec_free(&sp);
	frame_free(f);
	return STATUS_OK;
}
