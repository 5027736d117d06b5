/* Unit tests of lib/io/rows.c: cells back byte for byte, numbers formatted. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "io/rows.h"
#include "core/diag.h"
#include "frame/frame.h"

/* What a writer puts on a memory stream. */
struct sink {
	FILE	*fp;
	char	*buf;
	size_t	 len;
};

static struct rows_out *
sink_open(struct sink *s, unsigned char delim, int digits)
{
	s->fp = open_memstream(&s->buf, &s->len);
	return rows_out_new(s->fp, delim, digits);
}

static void
sink_close(struct sink *s, struct rows_out *w)
{
	struct diag d;

	assert_int_equal(rows_flush(w, &d), 0);
	rows_out_free(w);
	fclose(s->fp);
}

static void
rows_cell__quotes_only_where_csv_needs_it(void **state)
{
	static const char *cells[] = { "007", "1.50", "NA", "", "a,b",
	    "say \"hi\"", " pad", "two\nlines", "1e3" };
	struct sink s;
	struct rows_out *w = sink_open(&s, ',', 0);
	struct diag d;
	size_t j;

	(void)state;
	for (j = 0; j < sizeof(cells) / sizeof(cells[0]); j++)
		rows_cell(w, cells[j], strlen(cells[j]));
	assert_int_equal(rows_end(w, &d), 0);
	sink_close(&s, w);
	assert_string_equal(s.buf, "007,1.50,NA,,\"a,b\",\"say \"\"hi\"\"\","
	    "\" pad\",\"two\nlines\",1e3\n");
	free(s.buf);
}

static void
rows_num__shortest_digits_and_missing(void **state)
{
	struct sink s;
	struct rows_out *w = sink_open(&s, '\t', 0);
	struct diag d;

	(void)state;
	rows_num(w, 0.1 + 0.2);
	rows_num(w, 5);
	rows_num(w, NAN);
	rows_na(w);
	rows_num(w, -INFINITY);
	rows_cell(w, "a,b", 3);		/* a comma is no delimiter here */
	assert_int_equal(rows_end(w, &d), 0);
	rows_num(w, 1e21);
	assert_int_equal(rows_end(w, &d), 0);
	sink_close(&s, w);
	assert_string_equal(s.buf, "0.30000000000000004\t5\t\t\t-inf\ta,b\n"
	    "1e+21\n");
	free(s.buf);

	w = sink_open(&s, ',', 3);
	rows_num(w, 2.0 / 3);
	assert_int_equal(rows_end(w, &d), 0);
	sink_close(&s, w);
	assert_string_equal(s.buf, "0.667\n");
	free(s.buf);
}

static void
rows_end__holds_output_until_rows_hold_bytes(void **state)
{
	struct sink s;
	struct rows_out *w = sink_open(&s, ',', 0);
	struct diag d;
	char cell[1000];
	size_t i, rows = ROWS_HOLD / sizeof(cell) + 2;

	(void)state;
	memset(cell, 'x', sizeof(cell));
	rows_cell(w, cell, sizeof(cell));
	assert_int_equal(rows_end(w, &d), 0);
	fflush(s.fp);
	assert_int_equal(s.len, 0);	/* a failure now leaves nothing */
	for (i = 1; i < rows; i++) {
		rows_cell(w, cell, sizeof(cell));
		assert_int_equal(rows_end(w, &d), 0);
	}
	fflush(s.fp);
	assert_true(s.len >= ROWS_HOLD);
	sink_close(&s, w);
	assert_int_equal(s.len, rows * (sizeof(cell) + 1));
	free(s.buf);
}

/* frame_scan() into a writer: the pass-through every verb makes. */
static int
on_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	(void)mode;
	return rows_header(ctx, names, n, d);
}

static int
on_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	size_t j;

	for (j = 0; j < row->n; j++)
		rows_cell(ctx, row->field[j], row->len[j]);
	return rows_end(ctx, d);
}

static void
rows__pass_through_keeps_every_cell(void **state)
{
	static const char csv[] = "id,\"x y\",z\n007,1.50,NA\n\"0,1\",,N/A\n"
	    "\"plain\",\"q\"\"\",-0\n";
	static const char want[] = "id,x y,z\n007,1.50,NA\n\"0,1\",,N/A\n"
	    "plain,\"q\"\"\",-0\n";
	static const struct frame_scan_fns fns = { on_header, on_row };
	struct frame_opts o = { .delim = ',' };
	char *name = "-", *in = malloc(sizeof(csv));
	FILE *save = stdin;
	struct sink s;
	struct rows_out *w = sink_open(&s, ',', 0);
	struct diag d;

	(void)state;
	memcpy(in, csv, sizeof(csv));
	stdin = fmemopen(in, sizeof(csv) - 1, "r");
	assert_int_equal(frame_scan(1, &name, &o, &fns, w, &d), 0);
	fclose(stdin);
	stdin = save;
	sink_close(&s, w);
	assert_string_equal(s.buf, want);
	free(s.buf);
	free(in);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(rows_cell__quotes_only_where_csv_needs_it),
		cmocka_unit_test(rows_num__shortest_digits_and_missing),
		cmocka_unit_test(rows_end__holds_output_until_rows_hold_bytes),
		cmocka_unit_test(rows__pass_through_keeps_every_cell),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
