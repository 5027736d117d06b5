/* fuzz_model: predict's model file (model_load) from bytes, then the
 * prediction of a fixed frame with it. */
#include <string.h>

#include "core/diag.h"
#include "model/formula.h"
#include "model/model.h"
#include "model/modelfile.h"
#include "io/out.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct frame *f;
	struct formula_design *ds;
	struct model_saved *m;
	struct formula *fm;
	struct diag d;
	char path[64];
	int fd;

	fuzz_init();
	if (f == NULL && (f = fuzz_fixed_frame()) == NULL)
		return 0;
	fd = fuzz_file(data, size, path, sizeof(path));
	if (model_load(path, &m, &d) == 0) {
		if (formula_parse(m->formula, &fm, &d) == 0) {
			if (formula_design_levels(fm, f, FORMULA_NONE,
			    FORMULA_NO_RESPONSE, &m->levels, &ds, &d) == 0) {
				if (ds->p == m->p)
					fuzz_write(model_predict_table(m, ds, NULL, f,
					    m->family == MODEL_BINOMIAL ? 0 :
					    (int)(size % 3), 0, 0.95), 0);
				formula_design_free(ds);
			}
			formula_free(fm);
		}
		model_saved_free(m);
	}
	fuzz_close(fd);
	return 0;
}
