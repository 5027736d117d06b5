/* fuzz_regress: regress and predict from bytes: the first line is the
 * formula, the rest CSV.  Fit, every result table, then the model saved,
 * loaded back and used to predict the same rows. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/diag.h"
#include "model/formula.h"
#include "model/model.h"
#include "model/modelfile.h"
#include "io/out.h"
#include "fuzz.h"

static void
predict(const struct model_fit *mf, const struct formula_design *ds,
    const char *text, struct frame *f, unsigned opts)
{
	struct formula_design *nd;
	struct model_saved *m;
	struct formula *fm;
	struct diag d;
	char path[64];
	int fd;

	fd = fuzz_file(NULL, 0, path, sizeof(path));
	if (model_save(path, mf, ds, text, &d) != 0) {
		fuzz_close(fd);
		return;
	}
	if (model_load(path, &m, &d) == 0) {
		if (formula_parse(m->formula, &fm, &d) == 0) {
			if (formula_design_levels(fm, f, FORMULA_NONE,
			    FORMULA_NO_RESPONSE, &m->levels, &nd, &d) == 0) {
				if (nd->p == m->p)
					fuzz_write(model_predict_table(m, nd,
					    NULL, f, m->family == MODEL_BINOMIAL ? 0 :
					    (int)(opts % 3), 0, 0.95), opts);
				formula_design_free(nd);
			}
			formula_free(fm);
		}
		model_saved_free(m);
	}
	fuzz_close(fd);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned opts = fuzz_byte(&data, &size);
	const uint8_t *nl = memchr(data, '\n', size);
	struct formula_design *ds;
	struct formula *fm;
	struct model_fit *mf;
	struct frame *f;
	struct diag d;
	char *text, *t;
	size_t n = nl != NULL ? (size_t)(nl - data) : size;
	int binomial = opts & 1;

	fuzz_init();
	text = malloc(n + 1);
	memcpy(text, data, n);
	text[n] = '\0';
	if ((f = fuzz_frame(data + n, size - n, 0)) == NULL) {
		free(text);
		return 0;
	}
	{
		char **names = malloc((f->ncols + 1) * sizeof(*names));
		size_t j;

		for (j = 0; j < f->ncols; j++)
			names[j] = f->col[j].name;
		t = formula_expand_dot(text, names, f->ncols);
		free(names);
	}
	if (formula_parse(t, &fm, &d) == 0) {
		if (formula_design(fm, f, (opts & 2) && f->ncols > 1 ? f->ncols - 1 :
		    FORMULA_NONE, binomial ? FORMULA_BINARY : 0, &ds, &d)
		    == 0) {
			if ((binomial ? model_logit(ds, MODEL_ROWS, &mf, &d) :
			    model_lm(ds, MODEL_ROWS, &mf, &d)) == 0) {
				fuzz_write(model_coef_table(mf, ds, 0.95), opts);
				fuzz_write(model_summary_table(mf, NULL), opts);
				fuzz_write(model_anova_table(mf, ds), opts);
				fuzz_write(model_augment_table(mf, ds, f), opts);
				predict(mf, ds, t, f, opts >> 4);
				model_fit_free(mf);
			}
			formula_design_free(ds);
		}
		formula_free(fm);
	}
	free(t);
	free(text);
	frame_free(f);
	return 0;
}
