/*
 * fit: making and freeing a fitted linear model or glm (see fit.h).
 */
#include <stdlib.h>

#include "core/xalloc.h"
#include "model/fit.h"
#include "model/ls.h"

struct model_fit *
model_fit_new(struct ls *s, size_t nd, size_t p, int intercept)
{
	struct model_fit *mf = xcalloc(1, sizeof(*mf));

	mf->nd = nd;
	mf->p = p;
	mf->intercept = intercept;
	mf->rank = s->rank;
	mf->aliased = s->aliased;
	mf->coef = s->coef;
	mf->cov = s->cov;
	mf->effects = s->effects;
	mf->hat = s->hat;
	return mf;
}

void
model_fit_free(struct model_fit *mf)
{
	if (mf == NULL)
		return;
	free(mf->aliased);
	free(mf->coef);
	free(mf->cov);
	free(mf->effects);
	free(mf->fitted);
	free(mf->resid);
	free(mf->hat);
	free(mf->wt);
	free(mf->eta);
	free(mf);
}
