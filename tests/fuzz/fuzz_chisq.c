/* fuzz_chisq: chisq from bytes: two columns, goodness of fit or a ready
 * table; Pearson, G or Fisher, simulated or not; or the cells table. */
#include <stddef.h>

#include "stats/chisq.h"
#include "core/diag.h"
#include "io/out.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *pspecs[] = { NULL, "a=0.5,b=0.5", "1,2,3", "x=2" };
	unsigned opts = fuzz_byte(&data, &size);
	unsigned more = fuzz_byte(&data, &size);
	struct chisq_opts o = CHISQ_OPTS_INIT;
	struct chisq_table *t = NULL;
	struct chisq_result r;
	struct out_table *out;
	struct frame *f;
	struct diag d;
	unsigned shape = opts & 3;
	int gof = shape == 1 || shape == 3, rc;

	fuzz_init();
	if ((f = fuzz_frame(data, size, more >> 4)) == NULL)
		return 0;
	o.method = (enum chisq_method)(((opts >> 2) & 3) % 3);
	o.correct = (opts >> 4) & 1;
	o.simulate = (opts >> 5) & 1 ? 20 : 0;
	o.seed = more;
	o.alternative = (enum alt)((more & 3) % 3);
	o.max_steps = 1e5;	/* keep each input fast */
	if (shape >= 2)
		rc = chisq_table_read(f, gof, &t, &d);
	else if (f->ncols >= 2 - (size_t)gof)
		rc = chisq_table_from_cols(f, 0, gof ? CHISQ_NONE : 1, &t, &d);
	else
		rc = -1;
	if (rc == 0 && gof && pspecs[(more >> 2) & 3] != NULL)
		rc = chisq_set_p(t, pspecs[(more >> 2) & 3], (opts >> 6) & 1,
		    &d);
	if (rc == 0) {
		if (opts >> 7) {
			if (chisq_cells(t, &out, &d) == 0)
				fuzz_write(out, more);
		} else if (chisq_test(t, &o, &r, &d) == 0)
			fuzz_write(chisq_result_table(&r), more);
	}
	if (t != NULL)
		chisq_table_free(t);
	frame_free(f);
	return 0;
}
