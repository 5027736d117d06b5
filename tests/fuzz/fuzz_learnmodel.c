/* fuzz_learnmodel: predict's model file of any kind (predict_open: the
 * kinds tree, forest, regress, nbayes and svm; pca, kmeans and nls read
 * when they predict) from bytes, then predict_run over a fixed file (the
 * rows of a kind that streams go to /dev/null). */
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "frame/frame.h"
#include "io/out.h"
#include "io/rows.h"
#include "learn/predict.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct predict_opts o = { PREDICT_CLASS | PREDICT_PROB, 0, 0.95, 1 };
	struct frame_opts in = { .delim = ',' };
	struct predict_model *m;
	struct out_table *t;
	struct rows_out *w;
	struct diag d;
	char path[64], dpath[64], *files[1] = { dpath };
	FILE *null;
	int fd, dfd;

	fuzz_init();
	fd = fuzz_file(data, size, path, sizeof(path));
	if (predict_open(path, &m, &d) == 0) {
		o.type = 1 + (int)(size % 3);
		dfd = fuzz_file((const uint8_t *)fuzz_fixed_csv,
		    strlen(fuzz_fixed_csv), dpath, sizeof(dpath));
		if ((null = fopen("/dev/null", "w")) == NULL)
			abort();
		w = rows_out_new(null, ',', 0);
		if (predict_run(m, 1, files, &in, &o, w, &t, &d) == 0 &&
		    t != NULL)
			fuzz_write(t, 0);
		rows_out_free(w);
		fclose(null);
		fuzz_close(dfd);
		predict_close(m);
	}
	fuzz_close(fd);
	return 0;
}
