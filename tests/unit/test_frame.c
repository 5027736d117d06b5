/*
 * Unit tests of lib/frame/frame.c: columns read as numbers (FRAME_KEEP_NUM) and
 * as factors (FRAME_KEEP_FACTOR); cells passed through as read.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "core/diag.h"
#include "frame/frame.h"
#include "frame/group_table.h"
#include "io/out.h"

/* frame_opts.keep: every column as numbers */
static int
keep_num(void *arg, char *const *names, size_t n, unsigned char *keep,
    struct diag *d)
{
	(void)arg;
	(void)names;
	(void)d;
	memset(keep, FRAME_KEEP_NUM, n);
	return 0;
}

/* frame_opts.keep: column j as arg[j] says */
static int
keep_as(void *arg, char *const *names, size_t n, unsigned char *keep,
    struct diag *d)
{
	(void)names;
	(void)d;
	memcpy(keep, arg, n);
	return 0;
}

static struct frame *
read_keep(const char *csv, int (*keep)(void *, char *const *, size_t,
    unsigned char *, struct diag *), void *arg)
{
	struct frame_opts o = { .delim = ',', .keep = keep, .keep_arg = arg };
	char *name = "-", *s = strdup(csv);
	struct frame *f;
	struct diag d;
	FILE *save = stdin;

	stdin = fmemopen(s, strlen(s), "r");
	assert_int_equal(frame_read(1, &name, &o, &f, &d), 0);
	fclose(stdin);
	stdin = save;
	free(s);
	return f;
}

static struct frame *
read_csv(const char *csv, int as_num)
{
	return read_keep(csv, as_num ? keep_num : NULL, NULL);
}

/* Read as numbers or as text then converted: the same columns. */
static void
frame_read__numbers_as_read_equal_frame_numeric(void **state)
{
	/* integers, floats, empty, text from the first value on (after a
	 * missing one), a number then text (an error), out of range */
	static const char csv[] = "i,f,e,t,m,r\n"
	    "1,1.5,NA,,2,1\n,2e3,,b,x,1e999\n-4,NaN,null,c,3,2\n";
	struct frame *a = read_csv(csv, 0), *b = read_csv(csv, 1);
	size_t j, i;

	(void)state;
	for (j = 0; j < a->ncols; j++) {
		struct diag da, db;
		int ra = frame_numeric(a, j, &da), rb = frame_numeric(b, j, &db);

		assert_int_equal(ra, rb);
		assert_int_equal(a->col[j].type, b->col[j].type);
		assert_int_equal(a->col[j].nmissing, b->col[j].nmissing);
		assert_int_equal(a->col[j].looks_numeric,
		    b->col[j].looks_numeric);
		if (ra != 0) {
			assert_string_equal(da.msg, db.msg);
			assert_int_equal(da.line, db.line);
			assert_string_equal(da.column, db.column);
			continue;
		}
		for (i = 0; i < a->nrows; i++) {
			assert_memory_equal(&a->col[j].num[i],
			    &b->col[j].num[i], sizeof(double));
			assert_true(a->col[j].rel[i] == b->col[j].rel[i]);
		}
	}
	/* only the text column keeps its text; the others have none */
	assert_false(b->col[3].as_num);
	assert_null(frame_text(b, 3, 0));
	assert_string_equal(frame_text(b, 3, 2), "c");
	assert_true(b->col[0].as_num && b->col[0].cell == NULL);
	frame_free(a);
	frame_free(b);
}

/* Read as a factor or made one later: the same codes, levels and text. */
static void
frame_read__factor_as_read_equals_frame_factor(void **state)
{
	static const char csv[] = "g,n,t\n"
	    "b,2,x\na,NA,y\nb,10,z\n,2,w\nc,1.5,v\n";
	static const unsigned char modes[] = { FRAME_KEEP_FACTOR,
	    FRAME_KEEP_FACTOR, FRAME_KEEP };
	/* levels by first appearance; missing values have none */
	static const uint32_t gcode[] = { 0, 1, 0, FRAME_NA_CODE, 2 };
	static const char *const glev[] = { "b", "a", "c" };
	static const uint32_t ncode[] = { 0, FRAME_NA_CODE, 1, 0, 2 };
	static const double nnum[] = { 2, NAN, 10, 2, 1.5 };
	struct frame *a = read_csv(csv, 0);
	struct frame *b = read_keep(csv, keep_as, (void *)modes);
	struct diag d;
	size_t j, i;

	(void)state;
	for (j = 0; j < 2; j++)
		frame_factor(a, j);
	frame_factor(b, 0);	/* a factor already: nothing changes */
	for (i = 0; i < 5; i++) {
		assert_int_equal(a->col[0].code[i], gcode[i]);
		assert_int_equal(b->col[0].code[i], gcode[i]);
		assert_int_equal(a->col[1].code[i], ncode[i]);
		assert_int_equal(b->col[1].code[i], ncode[i]);
	}
	assert_int_equal(group_table_count(b->col[0].levels), 3);
	assert_int_equal(group_table_count(b->col[1].levels), 3);
	for (i = 0; i < 3; i++) {
		assert_string_equal(group_table_key(a->col[0].levels, i, 0),
		    glev[i]);
		assert_string_equal(group_table_key(b->col[0].levels, i, 0),
		    glev[i]);
	}
	assert_true(b->col[0].as_factor && b->col[0].cell == NULL);
	assert_false(b->col[2].as_factor);
	assert_null(b->col[2].code);
	for (j = 0; j < 2; j++) {
		assert_int_equal(a->col[j].nmissing, 1);
		assert_int_equal(b->col[j].nmissing, 1);
		for (i = 0; i < 5; i++) {
			const char *ta = frame_text(a, j, i);
			const char *tb = frame_text(b, j, i);

			if (ta == NULL)
				assert_null(tb);
			else
				assert_string_equal(ta, tb);
		}
	}
	assert_string_equal(frame_text(b, 0, 4), "c");
	assert_string_equal(frame_text(b, 1, 2), "10");
	assert_string_equal(frame_text(b, 2, 1), "y");
	/* a factor's numbers, from its text */
	assert_int_equal(frame_numeric(b, 1, &d), 0);
	assert_int_equal(b->col[1].type, FRAME_FLOAT);
	for (i = 0; i < 5; i++)
		if (isnan(nnum[i]))
			assert_true(isnan(b->col[1].num[i]));
		else
			assert_true(b->col[1].num[i] == nnum[i]);
	/* and the message of one that is text */
	assert_int_equal(frame_numeric(b, 0, &d), -1);
	assert_string_equal(d.msg, "\"b\" is not a number");
	assert_int_equal(d.line, 2);
	frame_free(a);
	frame_free(b);
}

/* The table t written in format f, into buf. */
static void
written(const struct out_table *t, enum out_format f, char *buf, size_t len)
{
	struct out_opts o = { .format = f };
	FILE *fp = fmemopen(buf, len, "w");

	assert_int_equal(out_write(fp, t, &o), 0);
	fclose(fp);
}

/* Missing values keep their bytes; csv writes every cell as read, json
 * numbers as numbers and missing values as null. */
static void
frame_out_cell__passes_cells_through(void **state)
{
	static const char csv[] = "x,t\n 25 ,NA\nNA,a\n,null\n007,\n";
	static const char *const rx[] = { " 25 ", "NA", "", "007" };
	static const char *const rt[] = { "NA", "a", "null", "" };
	struct frame *f = read_csv(csv, 0);
	struct out_table *t = out_new();
	struct diag d;
	char buf[512];
	size_t i, r;

	(void)state;
	for (i = 0; i < 4; i++) {
		assert_string_equal(frame_raw(f, 0, i), rx[i]);
		assert_string_equal(frame_raw(f, 1, i), rt[i]);
	}
	assert_null(frame_text(f, 1, 0));
	assert_null(frame_text(f, 1, 2));
	assert_string_equal(frame_text(f, 1, 1), "a");
	assert_int_equal(frame_numeric(f, 0, &d), 0);
	out_column(t, "x");
	out_column(t, "t");
	for (i = 0; i < 4; i++) {
		r = out_row(t);
		frame_out_cell(f, 0, i, 1, t, r, 0);
		frame_out_cell(f, 1, i, 0, t, r, 1);
	}
	written(t, OUT_CSV, buf, sizeof(buf));
	assert_string_equal(buf, "x,t\n\" 25 \",NA\nNA,a\n,null\n007,\n");
	written(t, OUT_JSON, buf, sizeof(buf));
	assert_string_equal(buf, "[\n  {\"x\": 25, \"t\": null},\n"
	    "  {\"x\": null, \"t\": \"a\"},\n  {\"x\": null, \"t\": null},\n"
	    "  {\"x\": 7, \"t\": null}\n]\n");
	out_free(t);
	frame_free(f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(frame_read__numbers_as_read_equal_frame_numeric),
		cmocka_unit_test(frame_read__factor_as_read_equals_frame_factor),
		cmocka_unit_test(frame_out_cell__passes_cells_through),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
