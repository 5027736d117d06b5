/*
 * regress: the front door of regress (linear and logistic models of
 * lib/model): the formula, written or made of -y and -x, expanded and
 * parsed once over the input's header; the design; the fit and one view
 * of it, or its cross-validation.
 */
#ifndef REGRESS_H
#define REGRESS_H

#include <stddef.h>
#include <stdint.h>

#include "model/model.h"
#include "model/modeldiag.h"

struct diag;
struct formula;
struct frame;
struct out_table;

enum regress_view {
	REGRESS_COEF,		/* the coefficients and their intervals */
	REGRESS_SUMMARY,	/* one row: R-squared, F, AIC ... */
	REGRESS_ANOVA,		/* sequential sums of squares */
	REGRESS_AUGMENT,	/* every input row with fitted values */
	REGRESS_VIF,		/* car::vif of each term */
	REGRESS_ROBUST,		/* the coefficients, sandwich errors */
	REGRESS_INFLUENCE,	/* every input row with influence.measures */
	REGRESS_STEP		/* step()'s path by AIC */
};

struct regress_spec {
	const char	*formula;	/* "y ~ x1 + x2", or NULL with y, x */
	const char	*y, *x;		/* column lists: `y` ~ `x1` + `x2` */
	const char	*weights;	/* a column, or NULL */
	const char	*ref;		/* formula_ref()'s "COL=LEVEL,...", or
					   NULL */
	enum model_family family;	/* gaussian: lm, unless link/offset */
	enum model_link	 link;		/* MODEL_LINK_DEFAULT: the family's */
	enum regress_view view;
	enum modeldiag_hc hc;		/* of REGRESS_ROBUST */
	int		 ss;		/* REGRESS_ANOVA: car's type 2, 3 or
					   0 (sequential) */
	const char	*vif_type;	/* REGRESS_VIF: "terms" (NULL) or
					   "predictor", car::vif's type */
	const char	*direction;	/* REGRESS_STEP: "backward" (NULL
					   too) or "both" */
	double		 conf_level;	/* of the coefficients' intervals */
	size_t		 cv;		/* > 0: k-fold metrics instead */
	uint64_t	 seed;		/* of the folds */
	const char	*save;		/* write the model there, or NULL */
	int		 threads;	/* of the design and the fit */
	int		 partial;	/* the mergeable state (learn/partial.h) */
	const char	*start;		/* --partial --family binomial: the
					   coefficients of the IRLS step */
	double		 tol;		/* lm's rank tolerance; 0: LS_TOL */

	/* made by regress_columns() */
	char		*text;		/* the formula fitted ("." expanded) */
	struct formula	*fm;		/* text parsed */
	size_t		 wcol;		/* the weights' column */
};

/*
 * A frame_opts.keep function (arg is the spec): first the spec checked
 * (STATUS_USAGE: a link the family has not; ss without REGRESS_ANOVA;
 * a direction without REGRESS_STEP, or not backward or both;
 * --cv with a view, with a
 * family other than gaussian and binomial or with a link), then the formula made and
 * parsed over the header names, and the columns it and the weights use
 * marked (every column for REGRESS_AUGMENT and REGRESS_INFLUENCE, which
 * write them all).  A
 * malformed formula or an unknown column of -y, -x or --weights is a
 * STATUS_USAGE error.
 */
int	regress_columns(void *spec, char *const *names, size_t n,
	    unsigned char *keep, struct diag *);

/*
 * The fit of *fp (read with regress_columns(), or not: then the formula
 * is made here) and its table in *tp.  The frame is freed as soon as the
 * design holds what the fit needs (*fp NULL then), unless the view is
 * REGRESS_AUGMENT or REGRESS_INFLUENCE.  A family other than gaussian, a link other than its
 * default, or an offset() term make a GLM (model/glm).  Cross-validation
 * takes no offset() (STATUS_USAGE).  With s->save the model file is
 * written once the result is whole.
 */
int	regress_frame(struct frame **fp, struct regress_spec *s,
	    struct out_table **tp, struct diag *);

/* regress_frame() with the spec as a void *: a stratum's fit (--by). */
int	regress_stratum(void *spec, struct frame **fp, struct out_table **tp,
	    struct diag *);

/* What regress_columns() made; s itself is the caller's. */
void	regress_spec_free(struct regress_spec *s);

#endif
