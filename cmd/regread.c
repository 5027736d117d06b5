/* regress's design for --penalty and --solver: the formula and the files
 * read into the design the fits take (regpen.c, reggd.c). */
#include <stdlib.h>
#include <string.h>

#include "model/formula.h"
#include "cmd.h"
#include "common.h"

/*
 * The operands of regress --penalty and --solver: the formula, then the
 * files, read keeping the formula's and the weights' columns, made the
 * design (the frame consumed).  *textp gets the expanded formula, *fmp
 * its parse.
 */
struct formula_design *
regress_read_design(struct common *com, int argc, char **argv,
    const char *weights, int binomial, char **textp, struct formula **fmp)
{
	static const char *keep[1];
	struct formula_design *ds;
	struct frame *f;
	struct diag d;
	size_t wcol = FORMULA_NONE, *idx;
	char *text;

	if (argc == 0 || strchr(argv[0], '~') == NULL)
		die_usage(com, "a formula such as 'y ~ x' is required");
	text = *argv++;
	argc--;
	keep[0] = weights;
	common_keep(com, keep, 1);
	common_keep_formula(com, text);
	f = common_read(com, argc, argv);
	text = formula_expand_frame(text, f);	/* "y ~ .": the others */
	if (formula_parse(text, fmp, &d) != 0)
		common_die(com, &d);
	if (weights != NULL) {
		common_cols(f, weights, &idx);
		wcol = idx[0];
		free(idx);
	}
	if (formula_design(*fmp, f, wcol, (binomial ? FORMULA_BINARY : 0) |
	    FORMULA_CONSUME, &ds, &d) != 0)
		common_die(com, &d);
	frame_free(f);
	com->frame = NULL;
	*textp = text;
	return ds;
}
