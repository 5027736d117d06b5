/*
 * fuzz_matrix: the matrix reader on bytes, then a one-matrix operation
 * (picked by the first byte) and, on the matrix with itself, a
 * two-matrix one.
 */
#include "linalg/matrix.h"
#include "core/diag.h"
#include "io/out.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum matrix_op one[] = { MATRIX_TRANSPOSE, MATRIX_INV,
	    MATRIX_DET, MATRIX_TRACE, MATRIX_DIAG, MATRIX_RANK, MATRIX_NORM,
	    MATRIX_EIGEN, MATRIX_SVD, MATRIX_CHOL, MATRIX_RESHAPE,
	    MATRIX_SCALE, MATRIX_SOLVE, MATRIX_MUL, MATRIX_DOT, MATRIX_CROSS };
	static const char parts[] = "duv", norms[] = "12if";
	unsigned opts = fuzz_byte(&data, &size);
	struct frame_opts in = { .delim = ',', .no_header = (opts >> 7) & 1 };
	struct matrix_opts o = { .by = 2, .rows = 1 };
	struct matrix m, out;
	struct diag d;
	char path[64];
	int fd;

	fuzz_init();
	if ((fd = fuzz_file(data, size, path, sizeof(path))) < 0)
		return 0;
	if (matrix_read(path, &in, &m, &d) == 0) {
		o.op = one[opts & 15];
		o.part = parts[(opts >> 4) % 3];
		o.norm = norms[(opts >> 4) & 3];
		o.cols = m.rows * m.cols;
		o.by_row = (opts >> 6) & 1;
		if (matrix_compute(&m, &m, &o, &out, &d) == 0) {
			fuzz_write(matrix_table(&out), opts);
			matrix_free(&out);
		}
		matrix_free(&m);
	}
	fuzz_close(fd);
	return 0;
}
