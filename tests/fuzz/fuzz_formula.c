/* fuzz_formula: the model formula parser, "." expansion, and the design
 * it makes of a fixed frame, then a least-squares fit. */
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "model/formula.h"
#include "model/model.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *const names[] = { "mpg", "cyl", "wt", "hp", "am",
	    "name" };
	static struct frame *f;
	struct formula_design *ds;
	struct formula *fm;
	struct model_fit *mf;
	struct diag d;
	char *s, *t;

	fuzz_init();
	if (f == NULL && (f = fuzz_fixed_frame()) == NULL)
		abort();
	s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	t = formula_expand_dot(s, names, 6);
	if (formula_parse(t, &fm, &d) == 0) {
		if (formula_design(fm, f, FORMULA_NONE, FORMULA_BINARY, &ds,
		    &d) == 0) {
			if (model_lm(ds, 0, &mf, &d) == 0)
				model_fit_free(mf);
			formula_design_free(ds);
		}
		formula_free(fm);
	}
	free(t);
	free(s);
	return 0;
}
