/*
 * modelfile: writing model files whole or not at all, reading them with
 * their version and kind checked first, and the kind "regress" (see
 * modelfile.h).
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "io/json.h"
#include "model/formula.h"
#include "model/glm.h"
#include "model/model.h"
#include "model/modelfile.h"

/* The frame and the kind's members into fp: 0, or -1 with d set. */
static int
write_to(FILE *fp, const char *path, const char *kind,
    int (*write)(struct json_writer *, const void *, struct diag *),
    const void *arg, struct diag *d)
{
	struct json_writer w;

	json_writer_init(&w, fp);
	json_open(&w, '{', 0);
	json_key(&w, "statpipe_model");
	json_num(&w, MODELFILE_VERSION, 0);
	json_key(&w, "kind");
	json_str(&w, kind);
	if (write(&w, arg, d) != 0)
		return -1;
	json_close(&w);
	if (json_writer_end(&w) != 0 || fflush(fp) != 0)
		return diag_set(d, STATUS_DATA, "--save-model: %s: %s", path,
		    strerror(errno));
	return 0;
}

int
modelfile_save(const char *path, const char *kind,
    int (*write)(struct json_writer *, const void *, struct diag *),
    const void *arg, struct diag *d)
{
	struct stat st;
	char *tmp;
	FILE *fp;
	mode_t mask;
	int fd, rc;

	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		if ((fp = fopen(path, "w")) == NULL)
			return diag_set(d, STATUS_DATA, "--save-model: %s: %s",
			    path, strerror(errno));
		rc = write_to(fp, path, kind, write, arg, d);
		if (fclose(fp) != 0 && rc == 0)
			rc = diag_set(d, STATUS_DATA, "--save-model: %s: %s",
			    path, strerror(errno));
		return rc;
	}
	tmp = xmalloc(strlen(path) + 8);
	sprintf(tmp, "%s.XXXXXX", path);
	if ((fd = mkstemp(tmp)) < 0 || (fp = fdopen(fd, "w")) == NULL) {
		rc = diag_set(d, STATUS_DATA, "--save-model: %s: %s", path,
		    strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(tmp);
		}
		free(tmp);
		return rc;
	}
	mask = umask(0);	/* the mode an ordinary fopen would give */
	umask(mask);
	rc = fchmod(fd, 0666 & ~mask) != 0 ? diag_set(d, STATUS_DATA,
	    "--save-model: %s: %s", path, strerror(errno)) :
	    write_to(fp, path, kind, write, arg, d);
	if (fclose(fp) != 0 && rc == 0)
		rc = diag_set(d, STATUS_DATA, "--save-model: %s: %s", path,
		    strerror(errno));
	if (rc == 0 && rename(tmp, path) != 0)
		rc = diag_set(d, STATUS_DATA, "--save-model: %s: %s", path,
		    strerror(errno));
	if (rc != 0)
		unlink(tmp);
	free(tmp);
	return rc;
}

int
modelfile_read(const char *path, const char *kind, struct json **rootp,
    struct diag *d)
{
	struct json *root;
	const char *k;
	double v;

	*rootp = NULL;
	if (json_parse_file(path, &root, d) != 0) {
		char what[sizeof(d->msg)];

		if (d->line == 0)	/* not read */
			return -1;
		memcpy(what, d->msg, sizeof(what));
		snprintf(d->msg, sizeof(d->msg), "not a model file: %.400s",
		    what);
		return -1;
	}
	if (root->type != JSON_OBJ) {
		json_fail(root, NULL, d, "not a model file: not a JSON object");
		goto fail;
	}
	if (json_get_num(root, "statpipe_model", 0, &v, d) != 0)
		goto fail;
	if (v != MODELFILE_VERSION) {
		json_fail(root, "statpipe_model", d, "version %g is not "
		    "supported (only %d)", v, MODELFILE_VERSION);
		goto fail;
	}
	if ((k = json_get_str(root, "kind", d)) == NULL)
		goto fail;
	if (kind != NULL && strcmp(k, kind) != 0) {
		json_fail(root, "kind", d, "a %.64s model, not %s", k, kind);
		goto fail;
	}
	*rootp = root;
	return 0;
fail:
	json_free(root);
	return -1;
}

/* ---- the kind "regress" ---- */

struct regress_arg {
	const struct model_fit		*mf;
	const struct formula_design	*ds;
	const char			*formula;
};

static int
regress_write(struct json_writer *w, const void *varg, struct diag *d)
{
	const struct regress_arg *a = varg;
	const struct model_fit *mf = a->mf;
	const struct formula_design *ds = a->ds;
	size_t j, k;

	(void)d;
	json_key(w, "formula");
	json_str(w, a->formula);
	json_key(w, "family");
	json_str(w, glm_family_name(mf->family));
	if (mf->glm) {
		json_key(w, "link");
		json_str(w, glm_link_name(mf->link));
	}
	json_key(w, "levels");
	json_open(w, '{', 0);
	for (j = 0; j < ds->levels.n; j++) {
		json_key(w, ds->levels.var[j]);
		json_open(w, '[', 1);
		for (k = 0; k < ds->levels.nlevel[j]; k++)
			json_str(w, ds->levels.level[j][k]);
		json_close(w);
	}
	json_close(w);
	if (ds->levels.np > 0) {	/* R's makepredictcall(): poly()'s */
		json_key(w, "coding");
		json_open(w, '{', 0);
		for (j = 0; j < ds->levels.np; j++) {
			json_key(w, ds->levels.pvar[j]);
			json_open(w, '[', 1);
			for (k = 0; k < ds->levels.npar[j]; k++)
				json_num(w, ds->levels.par[j][k], 0);
			json_close(w);
		}
		json_close(w);
	}
	if (ds->ylevel != NULL) {
		json_key(w, "response_levels");
		json_open(w, '[', 1);
		json_str(w, ds->ylevel[0]);
		json_str(w, ds->ylevel[1]);
		json_close(w);
	}
	if (mf->cov == NULL) {	/* penalized: no intervals */
		json_key(w, "estimation");
		json_str(w, "penalized");
	} else {
		json_key(w, "sigma");
		json_num(w, mf->sigma, 0);
		json_key(w, "df_residual");
		json_num(w, mf->df_resid, 0);
	}
	json_key(w, "terms");
	json_open(w, '[', 0);
	for (j = 0; j < mf->p; j++)
		json_str(w, ds->name[j]);
	json_close(w);
	json_key(w, "estimates");
	json_open(w, '[', 1);
	for (j = 0; j < mf->p; j++)
		json_num(w, mf->coef[j], 0);
	json_close(w);
	if (mf->cov == NULL)
		return 0;
	json_key(w, "cov_unscaled");
	json_open(w, '[', 0);
	for (j = 0; j < mf->p; j++) {
		json_open(w, '[', 1);
		for (k = 0; k < mf->p; k++)
			json_num(w, mf->cov[j * mf->p + k], 0);
		json_close(w);
	}
	json_close(w);
	return 0;
}

int
model_save(const char *path, const struct model_fit *mf,
    const struct formula_design *ds, const char *formula, struct diag *d)
{
	struct regress_arg a = { mf, ds, formula };

	if (mf->cov != NULL && !(mf->df_resid > 0))
		return diag_set(d, STATUS_DATA, "--save-model: the fit has no "
		    "residual degrees of freedom: nothing to predict with");
	return modelfile_save(path, "regress", regress_write, &a, d);
}

void
model_saved_free(struct model_saved *m)
{
	size_t j;

	if (m == NULL)
		return;
	for (j = 0; j < m->p; j++)
		free(m->name[j]);
	formula_levels_free(&m->levels);
	free(m->name);
	free(m->coef);
	free(m->cov);
	free(m->formula);
	free(m);
}

static int load_coding(const struct json *, struct formula_levels *,
    struct diag *);

/* The levels: an object of non-empty arrays of strings. */
static int
load_levels(const struct json *root, struct model_saved *m, struct diag *d)
{
	const struct json *lv = json_get(root, "levels", JSON_OBJ, d), *a;
	size_t j, k;

	if (lv == NULL)
		return -1;
	m->levels.var = xcalloc(lv->n + 1, sizeof(*m->levels.var));
	m->levels.level = xcalloc(lv->n + 1, sizeof(*m->levels.level));
	m->levels.nlevel = xcalloc(lv->n + 1, sizeof(*m->levels.nlevel));
	for (j = 0; j < lv->n; j++) {
		if ((a = json_get_arr(&lv->item[j], NULL, SIZE_MAX, d)) ==
		    NULL)
			return -1;
		if (a->n == 0)
			return json_fail(a, NULL, d, "no levels");
		m->levels.var[j] = xstrdup(lv->key[j]);
		m->levels.level[j] = xcalloc(a->n + 1, sizeof(char *));
		m->levels.n++;
		for (k = 0; k < a->n; k++) {
			const char *s = json_get_str(&a->item[k], NULL, d);

			if (s == NULL)
				return -1;
			m->levels.level[j][m->levels.nlevel[j]++] =
			    xstrdup(s);
		}
	}
	return load_coding(root, &m->levels, d);
}

/* "coding" (none before poly() was orthogonal): arrays of finite numbers. */
static int
load_coding(const struct json *root, struct formula_levels *L,
    struct diag *d)
{
	const struct json *cd = json_member(root, "coding"), *a;
	size_t j, k;

	if (cd == NULL)
		return 0;
	if (cd->type != JSON_OBJ)
		return json_fail(cd, NULL, d, "not an object");
	L->pvar = xcalloc(cd->n + 1, sizeof(*L->pvar));
	L->par = xcalloc(cd->n + 1, sizeof(*L->par));
	L->npar = xcalloc(cd->n + 1, sizeof(*L->npar));
	for (j = 0; j < cd->n; j++) {
		if ((a = json_get_arr(&cd->item[j], NULL, SIZE_MAX, d)) ==
		    NULL)
			return -1;
		L->pvar[j] = xstrdup(cd->key[j]);
		L->par[j] = xcalloc(a->n + 1, sizeof(**L->par));
		L->np++;
		for (k = 0; k < a->n; k++) {
			double x;

			if (json_get_num(&a->item[k], NULL, 0, &x, d) != 0)
				return -1;
			if (!isfinite(x))
				return json_fail(&a->item[k], NULL, d,
				    "not a finite number");
			L->par[j][L->npar[j]++] = x;
		}
	}
	return 0;
}

/*
 * The estimates and the covariance: p numbers (null where aliased); a
 * p x p covariance, symmetric and positive definite over the estimated
 * coefficients (none if penalized).
 */
static int
load_coef(const struct json *root, struct model_saved *m, int penalized,
    struct diag *d)
{
	const struct json *te, *es, *cv = NULL, *row;
	size_t p, j, k, r, c, q = 0;
	gsl_matrix *a;
	gsl_error_handler_t *old;
	int bad;

	if ((te = json_get_arr(root, "terms", SIZE_MAX, d)) == NULL)
		return -1;
	if ((p = te->n) == 0)
		return json_fail(te, NULL, d, "no terms");
	if ((es = json_get_arr(root, "estimates", p, d)) == NULL ||
	    (!penalized && (cv = json_get_arr(root, "cov_unscaled", p, d)) ==
	    NULL))
		return -1;
	m->name = xcalloc(p + 1, sizeof(*m->name));
	m->coef = xmalloc((p + 1) * sizeof(*m->coef));
	m->p = p;
	for (j = 0; j < p; j++) {
		const char *s = json_get_str(&te->item[j], NULL, d);

		if (s == NULL)
			return -1;
		m->name[j] = xstrdup(s);
		if (json_get_num(&es->item[j], NULL, 1, &m->coef[j], d) != 0)
			return -1;
		if (isinf(m->coef[j]))
			return json_fail(&es->item[j], NULL, d, "not finite");
		q += !isnan(m->coef[j]);
	}
	if (penalized)
		return 0;
	m->cov = xmalloc((p * p + 1) * sizeof(*m->cov));
	for (j = 0; j < p; j++) {
		if ((row = json_get_arr(&cv->item[j], NULL, p, d)) == NULL)
			return -1;
		for (k = 0; k < p; k++) {
			double *x = &m->cov[j * p + k];
			int used = !isnan(m->coef[j]) && !isnan(m->coef[k]);

			if (json_get_num(&row->item[k], NULL, !used, x, d) != 0)
				return -1;
			if (used && !isfinite(*x))
				return json_fail(&row->item[k], NULL, d,
				    "not finite");
		}
	}
	for (j = 0; j < p; j++)
		for (k = 0; k < j; k++)
			if (!isnan(m->coef[j]) && !isnan(m->coef[k]) &&
			    fabs(m->cov[j * p + k] - m->cov[k * p + j]) >
			    1e-9 * (fabs(m->cov[j * p + k]) +
			    fabs(m->cov[k * p + j])))
				return json_fail(&cv->item[j].item[k], NULL,
				    d, "the covariance is not symmetric");
	if (q == 0)
		return json_fail(es, NULL, d, "no estimated coefficient");
	a = gsl_matrix_alloc(q, q);
	for (j = r = 0; j < p; j++) {
		if (isnan(m->coef[j]))
			continue;
		for (k = c = 0; k < p; k++)
			if (!isnan(m->coef[k]))
				gsl_matrix_set(a, r, c++, m->cov[j * p + k]);
		r++;
	}
	old = gsl_set_error_handler_off();
	bad = gsl_linalg_cholesky_decomp1(a) != GSL_SUCCESS;
	gsl_set_error_handler(old);
	gsl_matrix_free(a);
	if (bad)
		return json_fail(cv, NULL, d, "not positive definite");
	return 0;
}

/* A least-squares fit's sigma (not below 0) and df_residual (above 0). */
static int
load_sigma(const struct json *root, struct model_saved *m, struct diag *d)
{
	if (json_get_num(root, "sigma", 0, &m->sigma, d) != 0)
		return -1;
	if (!isfinite(m->sigma) || m->sigma < 0)
		return json_fail(root, "sigma", d, "%s", m->sigma < 0 ?
		    "negative" : "not finite");
	if (json_get_num(root, "df_residual", 0, &m->df_resid, d) != 0)
		return -1;
	if (!(m->df_resid > 0) || !isfinite(m->df_resid))
		return json_fail(root, "df_residual", d, "not a positive "
		    "number");
	return 0;
}

int
model_load(const char *path, struct model_saved **mp, struct diag *d)
{
	struct model_saved *m = xcalloc(1, sizeof(*m));
	const struct json *rl;
	struct json *root;
	const char *s;
	size_t k;

	*mp = NULL;
	if (modelfile_read(path, "regress", &root, d) != 0) {
		free(m);
		return -1;
	}
	if ((s = json_get_str(root, "formula", d)) == NULL)
		goto fail;
	m->formula = xstrdup(s);
	if ((s = json_get_str(root, "family", d)) == NULL)
		goto fail;
	if (glm_family_parse(s, &m->family) != 0) {
		json_fail(root, "family", d, "\"%.64s\" is not a family of "
		    "regress --family", s);
		goto fail;
	}
	/* a glm's link; none: lm, or the family's canonical link */
	if (json_member(root, "link") != NULL) {
		if ((s = json_get_str(root, "link", d)) == NULL)
			goto fail;
		if (glm_link_parse(s, &m->link) != 0 ||
		    !glm_link_ok(m->family, m->link)) {
			json_fail(root, "link", d, "\"%.64s\" is not a link of "
			    "the %s family", s, glm_family_name(m->family));
			goto fail;
		}
	}
	/* a penalized fit (regress --penalty) has no sigma, no covariance */
	if ((s = json_member(root, "estimation") != NULL ? json_get_str(root,
	    "estimation", d) : "least squares") == NULL)
		goto fail;
	if (strcmp(s, "penalized") == 0)
		m->sigma = m->df_resid = NAN;
	else if (strcmp(s, "least squares") != 0) {
		json_fail(root, "estimation", d, "\"%.64s\" is not least "
		    "squares or penalized", s);
		goto fail;
	} else if (load_sigma(root, m, d) != 0)
		goto fail;
	if ((rl = json_member(root, "response_levels")) != NULL) {
		if (json_get_arr(rl, NULL, 2, d) == NULL)
			goto fail;
		for (k = 0; k < 2; k++)
			if (json_get_str(&rl->item[k], NULL, d) == NULL)
				goto fail;
	}
	if (load_levels(root, m, d) != 0 || load_coef(root, m, isnan(m->sigma),
	    d) != 0)
		goto fail;
	json_free(root);
	*mp = m;
	return 0;
fail:
	json_free(root);
	model_saved_free(m);
	return -1;
}
