/* fuzz_learnmodel: predict's model file of any kind (predict_open: the
 * kinds tree, forest, regress, nbayes and svm) from bytes, then the
 * prediction of a fixed frame with it. */
#include "core/diag.h"
#include "io/out.h"
#include "learn/predict.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct frame *f;
	struct predict_opts o = { PREDICT_CLASS | PREDICT_PROB, 0, 0.95, 1 };
	struct predict_model *m;
	struct out_table *t;
	struct diag d;
	char path[64];
	int fd;

	fuzz_init();
	if (f == NULL && (f = fuzz_fixed_frame()) == NULL)
		return 0;
	fd = fuzz_file(data, size, path, sizeof(path));
	if (predict_open(path, &m, &d) == 0) {
		o.type = 1 + (int)(size % 3);
		if (predict_table(m, f, &o, &t, &d) == 0)
			fuzz_write(t, 0);
		predict_close(m);
	}
	fuzz_close(fd);
	return 0;
}
