/* fuzz_learnmodel: predict's model file of any kind (predict_open: the
 * kinds tree, forest, regress, nbayes and svm; pca, kmeans and nls read
 * when they predict) from bytes, then the prediction of a fixed frame
 * (or of a fixed file, for the kinds that read files or stream it, its
 * rows to /dev/null) with it. */
#include "core/diag.h"
#include "frame/frame.h"
#include "io/out.h"
#include "io/rows.h"
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
		if (predict_reads_files(m) || predict_streams(m)) {
			static const char csv[] = "mpg,cyl,wt,hp,am,name\n"
			    "21,6,2.62,110,1,a\n18.7,8,3.44,175,0,b\n";
			struct frame_opts in = { .delim = ',' };
			char dpath[64], *files[1] = { dpath };
			int dfd = fuzz_file((const uint8_t *)csv,
			    sizeof(csv) - 1, dpath, sizeof(dpath));

			if (predict_streams(m)) {
				FILE *null = fopen("/dev/null", "w");
				struct rows_out *w = rows_out_new(null, ',', 0);

				(void)predict_stream(m, 1, files, &in, w, &d);
				rows_out_free(w);
				fclose(null);
			} else if (predict_files(m, 1, files, &in, &t, &d) == 0)
				fuzz_write(t, 0);
			fuzz_close(dfd);
		} else if (predict_table(m, f, &o, &t, &d) == 0)
			fuzz_write(t, 0);
		predict_close(m);
	}
	fuzz_close(fd);
	return 0;
}
