/* fuzz_plot: plot --script from bytes: every kind, the first columns as
 * -x, -y, -c and --by. */
#include <stdlib.h>

#include "core/diag.h"
#include "plot/plot.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned opts = fuzz_byte(&data, &size);
	unsigned more = fuzz_byte(&data, &size);
	size_t y[2] = { 1, 2 }, c[2] = { 0, 1 };
	struct plot_opts o;
	struct frame *f;
	struct diag d;
	char *script;
	size_t len;

	fuzz_init();
	if ((f = fuzz_frame(data, size, more >> 4)) == NULL)
		return 0;
	plot_opts_init(&o);
	o.kind = (enum plot_kind)((opts & 15) % (PLOT_RESIDUALS + 1));
	if (opts & 0x10)
		o.x = 0;
	o.y = y;
	o.ny = (opts >> 5) & 1 ? 1 : 0;
	o.c = c;
	o.nc = (opts >> 6) & 1 ? 1 + (more & 1) : 0;
	if ((opts >> 7) && f->ncols >= 4)
		o.by = 3;
	o.count = (more >> 1) & 1;
	o.density = (more >> 2) & 1;
	o.fit = (more >> 3) & 1;
	o.bins = (more >> 1) & 7;
	o.term = PLOT_DUMB;
	if (f->ncols >= 3 && plot_check(&o, &d) == 0 &&
	    plot_script(f, &o, &script, &len, &d) == 0)
		free(script);
	frame_free(f);
	return 0;
}
