/* fuzz_anova: anova_test from bytes: every view, one or two factors. */
#include "stats/anova.h"
#include "core/diag.h"
#include "io/out.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t c3[] = { 3 };
	unsigned opts = fuzz_byte(&data, &size);
	unsigned more = fuzz_byte(&data, &size);
	struct anova_opts o = ANOVA_OPTS_INIT;
	struct out_table *t;
	struct frame *f;
	struct diag d;

	fuzz_init();
	if ((f = fuzz_frame(data, size, more >> 4)) == NULL)
		return 0;
	o.view = (enum anova_view)((opts & 7) % 7);
	o.nfac = o.view == ANOVA_TABLE || o.view == ANOVA_LEVENE ||
	    o.view == ANOVA_BROWN_FORSYTHE || o.view == ANOVA_BARTLETT ?
	    1 + ((opts >> 3) & 1) : 1;
	o.y = 0;
	o.fac[0] = 1;
	o.fac[1] = 2;
	o.additive = o.nfac == 2 && ((opts >> 4) & 1);
	o.ss = o.view == ANOVA_TABLE ? 1 + (int)((opts >> 5) % 3) : 1;
	if ((more & 1) && f->ncols >= 4) {
		o.each = c3;
		o.neach = 1;
	}
	if (f->ncols >= 1 + o.nfac && anova_test(f, &o, &t, &d) == 0)
		fuzz_write(t, more >> 1);
	frame_free(f);
	return 0;
}
