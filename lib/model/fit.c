/*
 * fit: freeing a fitted linear model or glm (see fit.h).
 */
#include <stdlib.h>

#include "model/fit.h"

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
