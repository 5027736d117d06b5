/* fuzz_csv: the CSV reader with every dialect option, then each column
 * as numbers and the frame written back in every format. */
#include <math.h>

#include "core/diag.h"
#include "io/out.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned opts = fuzz_byte(&data, &size);
	struct out_table *t;
	struct frame *f;
	struct diag d;
	size_t i, j;

	fuzz_init();
	if ((f = fuzz_frame(data, size, opts)) == NULL)
		return 0;
	t = out_new();
	for (j = 0; j < f->ncols; j++) {
		out_column(t, f->col[j].name);
		if (frame_numeric(f, j, &d) != 0)
			frame_where(f, f->col[j].bad_row, &d);
		(void)frame_type_name(f->col[j].type);
	}
	for (i = 0; i < f->nrows; i++) {
		size_t r = out_row(t);

		for (j = 0; j < f->ncols; j++) {
			if (f->col[j].num != NULL && !isnan(f->col[j].num[i]))
				out_num(t, r, j, f->col[j].num[i]);
			else
				out_text(t, r, j, frame_text(f, j, i));
		}
	}
	fuzz_write(t, opts >> 4);
	frame_free(f);
	return 0;
}
