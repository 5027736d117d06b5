/* fuzz_corr: corr_table from bytes over the first columns. */
#include "stats/corr.h"
#include "core/diag.h"
#include "io/out.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t cols[] = { 0, 1, 2, 3 };
	unsigned opts = fuzz_byte(&data, &size);
	struct out_table *t;
	struct frame *f;
	struct diag d;
	size_t n;

	fuzz_init();
	if ((f = fuzz_frame(data, size, opts >> 4)) == NULL)
		return 0;
	n = 2 + ((opts >> 2) & 1) * 2;
	if (n > f->ncols)
		n = f->ncols;
	if (n >= 2 && corr_table(f, cols, n, (enum corr_method)((opts & 3) %
	    3), (opts >> 3) & 1, (opts >> 1) & 1, 0.95, &t, &d) == 0)
		fuzz_write(t, opts);
	frame_free(f);
	return 0;
}
