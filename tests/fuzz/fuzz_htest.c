/* fuzz_htest: ttest, ztest and ranktest (htest_frame) from bytes: one
 * sample, two columns, paired, or by a grouping column. */
#include <string.h>

#include "core/diag.h"
#include "stats/htest.h"
#include "io/out.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t c01[] = { 0, 1 }, c1[] = { 1 }, c2[] = { 2 };
	unsigned opts = fuzz_byte(&data, &size);
	unsigned more = fuzz_byte(&data, &size);
	struct htest_opts o = HTEST_OPTS_INIT;
	struct htest_spec sp;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	unsigned shape = (opts >> 2) & 3;

	fuzz_init();
	if ((f = fuzz_frame(data, size, more >> 4)) == NULL)
		return 0;
	memset(&sp, 0, sizeof(sp));
	o.test = (enum htest_kind)((opts & 3) % 3);
	o.alt = (enum alt)(((opts >> 4) & 3) % 3);
	o.equal_var = (opts >> 6) & 1;
	o.exact = (int)((more & 3) % 3) - 1;
	o.correct = (more >> 2) & 1;
	o.mu = (more >> 3) & 1 ? 0.5 : 0;
	o.sigma1 = 1.5;
	o.sigma2 = 2;
	sp.cols = c01;
	sp.ncols = shape == 1 || shape == 2 ? 2 : 1;
	if (sp.ncols > f->ncols)
		goto out;
	o.paired = shape == 2;
	if (shape == 3 && f->ncols >= 2)
		sp.group = c1;
	if ((opts >> 7) && f->ncols >= 3) {
		sp.by = c2;
		sp.nby = 1;
	}
	sp.sort = (more >> 5) & 1;
	if (htest_frame(f, &sp, &o, &t, &d) == 0)
		fuzz_write(t, more);
out:
	frame_free(f);
	return 0;
}
