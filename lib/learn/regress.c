/*
 * regress: regress's front door: the formula parsed once over the header,
 * then the design, the fit and its view, or cross-validation (cv.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cols.h"
#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "io/out.h"
#include "learn/cv.h"
#include "learn/partial.h"
#include "learn/regress.h"
#include "model/formula.h"
#include "model/glm.h"
#include "model/ls.h"
#include "model/model.h"
#include "model/modeldiag.h"
#include "model/modelfile.h"

/* "`y` ~ `x1` + `x2`" from -y and -x (the first column of -y). */
static char *
plain_formula(char *const *names, const size_t *iy, const size_t *ix,
    size_t nx)
{
	size_t k, len = strlen(names[iy[0]]) + 8;
	char *s;

	for (k = 0; k < nx; k++)
		len += strlen(names[ix[k]]) + 6;
	s = xmalloc(len);
	len = (size_t)sprintf(s, "`%s` ~ ", names[iy[0]]);
	for (k = 0; k < nx; k++)
		len += (size_t)sprintf(s + len, "%s`%s`", k ? " + " : "",
		    names[ix[k]]);
	return s;
}

/* Mark the columns of list as kept whole (text too); their first in *first. */
static int
keep_list(const char *list, char *const *names, size_t n,
    unsigned char *keep, size_t **idx, size_t *m, struct diag *d)
{
	size_t j;

	if (cols_parse(list, names, n, idx, m, d) != 0)
		return -1;
	for (j = 0; j < *m; j++)
		keep[(*idx)[j]] = FRAME_KEEP;
	return 0;
}

/*
 * The formula text: the plain one of -y and -x, or the written one with
 * "." expanded.  The written one's syntax errors are reported against the
 * text as written.
 */
static int
make_text(struct regress_spec *s, char *const *names, size_t n,
    unsigned char *keep, struct diag *d)
{
	size_t *iy, *ix, ny, nx;
	struct formula *fm;

	if (s->formula == NULL) {
		if (keep_list(s->y, names, n, keep, &iy, &ny, d) != 0)
			return -1;
		if (keep_list(s->x, names, n, keep, &ix, &nx, d) != 0) {
			free(iy);
			return -1;
		}
		s->text = plain_formula(names, iy, ix, nx);
		free(iy);
		free(ix);
	} else
		s->text = formula_expand_dot(s->formula, names, n);
	if (formula_parse(s->text, &s->fm, d) == 0)
		return s->ref == NULL ? 0 : formula_ref(s->fm, s->ref, d);
	if (s->formula != NULL && strcmp(s->text, s->formula) != 0 &&
	    formula_parse(s->formula, &fm, d) == 0)
		formula_free(fm);	/* only "." made it malformed */
	return -1;
}

/* What a state of the fit carries (learn/partial.h). */
static void
partial_of(const struct regress_spec *s, struct partial_model *m)
{
	m->partial = s->partial;
	m->unmergeable = s->cv > 0 || s->save != NULL;
	m->family = s->family;
	m->link = s->link;
	m->view = s->view == REGRESS_COEF ? PARTIAL_COEF : s->view ==
	    REGRESS_SUMMARY ? PARTIAL_SUMMARY : s->view == REGRESS_ANOVA ?
	    PARTIAL_ANOVA : PARTIAL_OTHER;
	m->level = s->conf_level;
	m->formula = s->text;
	m->weights = s->weights;
	m->start = s->start;
}

int
regress_columns(void *arg, char *const *names, size_t n, unsigned char *keep,
    struct diag *d)
{
	struct regress_spec *s = arg;
	struct partial_model pm;
	size_t *idx, m, j;

	if (!glm_link_ok(s->family, s->link))
		return diag_set(d, STATUS_USAGE, "--link: the %s family has "
		    "no %s link", glm_family_name(s->family),
		    glm_link_name(s->link));
	if (s->ss != 0 && s->view != REGRESS_ANOVA)
		return diag_set(d, STATUS_USAGE, "--ss goes with --anova");
	if (s->vif_type != NULL && (s->view != REGRESS_VIF || (strcmp(
	    s->vif_type, "terms") != 0 && strcmp(s->vif_type, "predictor") !=
	    0)))
		return diag_set(d, STATUS_USAGE, "--vif-type \"%s\": with "
		    "--vif, by terms or predictor", s->vif_type);
	if (s->direction != NULL && (s->view != REGRESS_STEP || (strcmp(
	    s->direction, "both") != 0 && strcmp(s->direction, "backward") !=
	    0)))
		return diag_set(d, STATUS_USAGE, "--direction: \"%s\": "
		    "--step goes backward or both", s->direction);
	if (s->cv > 0 && s->view != REGRESS_COEF)
		return diag_set(d, STATUS_USAGE, "--cv excludes the other "
		    "views (--summary, --anova ...)");
	if (s->cv > 0 && ((s->family != MODEL_GAUSSIAN && s->family !=
	    MODEL_BINOMIAL) || s->link != MODEL_LINK_DEFAULT))
		return diag_set(d, STATUS_USAGE, "--cv is for the gaussian "
		    "and binomial families with their default links");
	partial_of(s, &pm);
	if (partial_regress_check(&pm, d) != 0)
		return -1;
	regress_spec_free(s);
	s->wcol = FORMULA_NONE;
	if (make_text(s, names, n, keep, d) != 0)
		return -1;
	if (s->weights != NULL) {
		if (keep_list(s->weights, names, n, keep, &idx, &m, d) != 0)
			return -1;
		s->wcol = idx[0];
		free(idx);
	}
	formula_keep(s->fm, names, n, keep);
	if (s->view == REGRESS_AUGMENT || s->view == REGRESS_INFLUENCE)
		for (j = 0; j < n; j++)
			keep[j] = FRAME_KEEP;
	return 0;
}

/*
 * What a binomial glm models as 1, for its summary (NULL for the other
 * families): "P(supp = VC)" for a text of two levels (the second level
 * is 1), "P(am = 1)" for 0/1 and proportions, "P(success of cbind(s,
 * f))".  The caller frees it.
 */
static char *
binomial_response(const struct regress_spec *s,
    const struct formula_design *ds)
{
	const struct formula_fx *y = formula_lhs(s->fm);
	int cb = y->kind == FX_CALL && strcmp(y->name, "cbind") == 0;
	const char *pre = cb ? "success of " : "", *eq = cb ? "" : " = ",
	    *lev = cb ? "" : ds->ylevel != NULL ? ds->ylevel[1] : "1";
	size_t len;
	char *what;

	if (s->family != MODEL_BINOMIAL && s->family != MODEL_QUASIBINOMIAL)
		return NULL;
	len = strlen(pre) + strlen(ds->response) + strlen(eq) + strlen(lev) +
	    4;
	what = xmalloc(len);
	(void)snprintf(what, len, "P(%s%s%s%s)", pre, ds->response, eq, lev);
	return what;
}

/* The view of the fit (of offset off) in *tp. */
static int
view(const struct regress_spec *s, const struct model_fit *mf,
    const struct formula_design *ds, const double *off, struct frame *f,
    struct out_table **tp, struct diag *d)
{
	switch (s->view) {
	case REGRESS_SUMMARY: {
		char *what = binomial_response(s, ds);

		*tp = model_summary_table(mf, what);
		free(what);
		break;
	}
	case REGRESS_ANOVA:
		if (s->ss != 0)
			return modeldiag_anova_table(mf, ds, off, s->ss, tp, d);
		if (mf->glm)
			return glm_anova_table(mf, ds, off, tp, d);
		*tp = model_anova_table(mf, ds);
		break;
	case REGRESS_STEP:
		return modeldiag_step_table(mf, ds, off, s->direction != NULL &&
		    strcmp(s->direction, "both") == 0, tp, d);
	case REGRESS_INFLUENCE:
		return modeldiag_influence_table(mf, ds, f, tp, d);
	case REGRESS_AUGMENT:
		*tp = model_augment_table(mf, ds, f);
		break;
	case REGRESS_COEF:
		*tp = model_coef_table(mf, ds, s->conf_level);
		break;
	case REGRESS_VIF:
		return (s->vif_type != NULL && strcmp(s->vif_type,
		    "predictor") == 0 ? modeldiag_vif_predictor_table :
		    modeldiag_vif_table)(mf, ds, tp, d);
	case REGRESS_ROBUST:
		*tp = modeldiag_robust_table(mf, ds, s->hc, s->conf_level);
		break;
	}
	return 0;
}

/* The fit and its view, or the cross-validation, of the design. */
static int
fit(const struct regress_spec *s, struct formula_design *ds,
    const double *off, struct frame *f, struct out_table **tp,
    struct diag *d)
{
	int binomial = s->family == MODEL_BINOMIAL ||
	    s->family == MODEL_QUASIBINOMIAL, rc, rows;
	struct model_fit *mf = NULL;

	if (s->cv > 0) {
		const struct formula_fx *y = formula_lhs(s->fm);

		if (off != NULL)
			return diag_set(d, STATUS_USAGE, "--cv does not take "
			    "an offset()");
		if (y->kind == FX_CALL && strcmp(y->name, "cbind") == 0)
			return diag_set(d, STATUS_USAGE, "--cv does not take "
			    "a cbind() response");
		return cv_regress(ds, binomial, s->cv, s->seed, tp, d);
	}
	rows = s->view == REGRESS_AUGMENT || s->view == REGRESS_ROBUST ||
	    s->view == REGRESS_INFLUENCE ? MODEL_ROWS : 0;
	if (s->family != MODEL_GAUSSIAN || s->link != MODEL_LINK_DEFAULT ||
	    off != NULL) {
		if (s->tol > 0)
			return diag_set(d, STATUS_USAGE, "--tol is the rank "
			    "tolerance of a linear model, not of a glm");
		rc = glm_fit(ds, s->family, s->link, off, rows, &mf, d);
	} else
		rc = model_lm_tol(ds, rows, s->tol > 0 ? s->tol : LS_TOL, &mf,
		    d);
	if (rc == 0)
		rc = view(s, mf, ds, off, f, tp, d);
	/* the model is saved only when the result is whole */
	if (rc == 0 && s->save != NULL && (rc = model_save(s->save, mf, ds,
	    s->text, d)) != 0)
		out_free(*tp);
	model_fit_free(mf);
	return rc;
}

int
regress_frame(struct frame **fp, struct regress_spec *s,
    struct out_table **tp, struct diag *d)
{
	struct formula_design *ds;
	double *off;
	int rc, keep_frame = s->view == REGRESS_AUGMENT ||
	    s->view == REGRESS_INFLUENCE;

	if (s->fm == NULL) {	/* not read through regress_columns() */
		unsigned char *keep = xcalloc((*fp)->ncols + 1, 1);
		char **names = xmalloc(((*fp)->ncols + 1) * sizeof(*names));
		size_t j;

		for (j = 0; j < (*fp)->ncols; j++)
			names[j] = (*fp)->col[j].name;
		rc = regress_columns(s, names, (*fp)->ncols, keep, d);
		free(names);
		free(keep);
		if (rc != 0)
			return -1;
	}
	formula_threads(s->fm, s->threads);
	/* the fit needs only the design: the frame goes as it is read */
	if (formula_design(s->fm, *fp, s->wcol, (s->family == MODEL_BINOMIAL ||
	    s->family == MODEL_QUASIBINOMIAL ? FORMULA_BINARY : 0) |
	    (keep_frame ? 0 : FORMULA_CONSUME), &ds, d) != 0)
		return -1;
	if (glm_offset(ds, &off, d) != 0) {
		formula_design_free(ds);
		return -1;
	}
	if (!keep_frame) {
		frame_free(*fp);
		*fp = NULL;
	}
	if (s->partial) {
		struct partial_model pm;

		partial_of(s, &pm);
		rc = partial_regress(&pm, ds, off, tp, d);
	} else
		rc = fit(s, ds, off, *fp, tp, d);
	free(off);
	formula_design_free(ds);
	return rc;
}

int
regress_stratum(void *spec, struct frame **fp, struct out_table **tp,
    struct diag *d)
{
	return regress_frame(fp, spec, tp, d);
}

void
regress_spec_free(struct regress_spec *s)
{
	if (s == NULL)
		return;
	formula_free(s->fm);
	free(s->text);
	s->fm = NULL;
	s->text = NULL;
}
