/* statpipe regress: linear and logistic models from an R formula. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "learn/cv.h"
#include "model/formula.h"
#include "model/glm.h"
#include "model/model.h"
#include "model/modelfile.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe regress [--summary | --anova | --augment] "
    "[--conf-level p]\n"
    "           [--family gaussian|binomial|poisson|Gamma|inverse.gaussian|"
    "quasibinomial|quasipoisson]\n"
    "           [--link name] [--weights col] [--save-model file]\n"
    "           [--cv k [--seed s]] 'y ~ x1 + x2' [file ...]\n"
    "       statpipe regress [options] -y col -x cols [file ...]\n";

enum {
	OPT_ANOVA = OPT_CMD, OPT_AUGMENT, OPT_CV, OPT_FAMILY, OPT_LINK, OPT_SAVE,
	OPT_SEED, OPT_SUMMARY, OPT_WEIGHTS
};

enum view { COEF, SUMMARY, ANOVA, AUGMENT };

/* "`y` ~ `x1` + `x2`" from -y and -x */
static char *
plain_formula(const struct frame *f, const char *y, const char *x)
{
	size_t *iy, *ix, nx, k, len;
	char *s;

	common_cols(f, y, &iy);
	nx = common_cols(f, x, &ix);
	len = strlen(f->col[iy[0]].name) + 8;
	for (k = 0; k < nx; k++)
		len += strlen(f->col[ix[k]].name) + 6;
	s = xmalloc(len);
	len = sprintf(s, "`%s` ~ ", f->col[iy[0]].name);
	for (k = 0; k < nx; k++)
		len += sprintf(s + len, "%s`%s`", k ? " + " : "",
		    f->col[ix[k]].name);
	free(iy);
	free(ix);
	return s;
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
		{ "seed",	required_argument,	NULL,	OPT_SEED },
		{ "summary",	no_argument,		NULL,	OPT_SUMMARY },
		{ "weights",	required_argument,	NULL,	OPT_WEIGHTS },
		COMMON_OPT_CONF_LEVEL,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	const char *y = NULL, *x = NULL, *weights = NULL, *save = NULL;
	const char *keep[3];		/* the columns to store */
	char *text;
	struct common com;
	struct formula *fm;
	struct formula_design *ds;
	struct model_fit *mf;
	struct out_table *t = NULL;
	struct frame *f;
	struct diag d;
	size_t wcol = FORMULA_NONE, *idx;
	enum view view = COEF;
	int ch, binomial, nview = 0, rows;
	enum model_family fam = MODEL_GAUSSIAN;
	enum model_link link = MODEL_LINK_DEFAULT;
	double *off;
	long cv = 0, seed = 0;

	/* penalized fits have their own options (regpen.c) */
	for (ch = 1; ch < argc; ch++)
		if (strncmp(argv[ch], "--penalty", 9) == 0)
			return cmd_regress_penalty(argc, argv);
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "x:y:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'x':
			x = optarg;
			break;
		case 'y':
			y = optarg;
			break;
		case OPT_ANOVA:
			view = ANOVA;
			nview++;
			break;
		case OPT_AUGMENT:
			view = AUGMENT;
			nview++;
			break;
		case OPT_SUMMARY:
			view = SUMMARY;
			nview++;
			break;
		case OPT_FAMILY:
			if (glm_family_parse(optarg, &fam) != 0)
				die_usage(&com, "--family: \"%s\" is not a "
				    "family (see statpipe-regress(1))", optarg);
			break;
		case OPT_LINK:
			if (glm_link_parse(optarg, &link) != 0)
				die_usage(&com, "--link: \"%s\" is not a link "
				    "(see statpipe-regress(1))", optarg);
			break;
		case OPT_WEIGHTS:
			weights = optarg;
			break;
		case OPT_SAVE:
			save = optarg;
			break;
		case OPT_CV:
		case OPT_SEED:
			if (num_parse_int(optarg, ch == OPT_CV ? 2 : 0,
			    2147483647, ch == OPT_CV ? &cv : &seed) != 0)
				die_usage(&com, "--%s: \"%s\" is not an integer "
				    "from %d to 2147483647", ch == OPT_CV ? "cv" :
				    "seed", optarg, ch == OPT_CV ? 2 : 0);
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
	if (!glm_link_ok(fam, link))
		die_usage(&com, "--link: the %s family has no %s link",
		    glm_family_name(fam), glm_link_name(link));
	binomial = fam == MODEL_BINOMIAL || fam == MODEL_QUASIBINOMIAL;
	if (cv > 0 && ((fam != MODEL_GAUSSIAN && fam != MODEL_BINOMIAL) ||
	    link != MODEL_LINK_DEFAULT))
		die_usage(&com, "--cv is for the gaussian and binomial "
		    "families with their default links");
	if ((y == NULL) != (x == NULL))
		die_usage(&com, "-y and -x go together");
	if (y == NULL && argc == 0)
		die_usage(&com, "a formula such as 'y ~ x' is required");
	if (y == NULL && strchr(argv[0], '~') == NULL)
		die_usage(&com, "\"%s\" is not a formula such as 'y ~ x'",
		    argv[0]);
	text = y == NULL ? xstrdup(*argv++) : NULL;
	if (y == NULL)
		argc--;
	if (text != NULL && formula_parse(text, &fm, &d) != 0)
		common_die(&com, &d);
	keep[0] = y;
	keep[1] = x;
	keep[2] = weights;
	if (view != AUGMENT) {	/* which writes every input column */
		common_keep(&com, keep, 3);
		if (text != NULL)
			common_keep_formula(&com, text);
	}
	f = common_read(&com, argc, argv);
	if (text == NULL)
		text = plain_formula(f, y, x);
	else {	/* "y ~ .": every other column */
		char *t = formula_expand_frame(text, f);

		free(text);
		text = t;
		formula_free(fm);
	}
	if (formula_parse(text, &fm, &d) != 0)
		common_die(&com, &d);
	formula_threads(fm, com.in.threads);
	if (weights != NULL) {
		common_cols(f, weights, &idx);
		wcol = idx[0];
		free(idx);
	}
	/* the fit needs only the design: the frame goes as it is read */
	if (formula_design(fm, f, wcol, (binomial ? FORMULA_BINARY : 0) |
	    (view != AUGMENT ? FORMULA_CONSUME : 0), &ds, &d) != 0)
		common_die(&com, &d);
	if (glm_offset(ds, &off, &d) != 0)
		common_die(&com, &d);
	if (view != AUGMENT) {
		frame_free(f);
		f = NULL;
	}
	if (cv > 0) {
		/* cross-validated metrics instead of the fit */
		if (off != NULL)
			die_usage(&com, "--cv does not take an offset()");
		if (cv_regress(ds, binomial, (size_t)cv, (uint64_t)seed, &t,
		    &d) != 0)
			common_die(&com, &d);
		common_write(&com, t);
		formula_design_free(ds);
		formula_free(fm);
		frame_free(f);
		free(text);
		return STATUS_OK;
	}
	rows = view == AUGMENT ? MODEL_ROWS : 0;
	if ((fam != MODEL_GAUSSIAN || link != MODEL_LINK_DEFAULT || off ?
	    glm_fit(ds, fam, link, off, rows, &mf, &d) :
	    model_lm(ds, rows, &mf, &d)) != 0)
		common_die(&com, &d);
	switch (view) {
	case COEF:
		t = model_coef_table(mf, ds, com.conf_level);
		break;
	case SUMMARY:
		t = model_summary_table(mf);
		break;
	case ANOVA:
		if (mf->glm && glm_anova_table(mf, ds, off, &t, &d) != 0)
			common_die(&com, &d);
		if (!mf->glm)
			t = model_anova_table(mf, ds);
		break;
	case AUGMENT:
		t = model_augment_table(mf, ds, f);
		break;
	}
	/* the model is saved only when the result is whole */
	if (save != NULL && model_save(save, mf, ds, text, &d) != 0)
		common_die(&com, &d);
	common_write(&com, t);
	model_fit_free(mf);
	free(off);
	formula_design_free(ds);
	formula_free(fm);
	frame_free(f);
	free(text);
	return STATUS_OK;
}
