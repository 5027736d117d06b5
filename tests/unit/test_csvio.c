/* Unit tests of lib/csvio.c and lib/frame.c: the CSV dialects and errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "../../lib/csvio.h"
#include "../../lib/diag.h"
#include "../../lib/frame.h"

/* Read csv (given as bytes) through the frame; returns frame_read's rc. */
static int
read_csv(const char *csv, size_t len, unsigned char delim, struct frame **f,
    struct diag *d)
{
	struct frame_opts o = { .delim = delim };
	char *name = "-";
	FILE *save = stdin;
	char *s = malloc(len + 1);
	int rc;

	memcpy(s, csv, len);
	stdin = fmemopen(s, len, "r");
	rc = frame_read(1, &name, &o, f, d);
	fclose(stdin);
	stdin = save;
	free(s);
	return rc;
}

#define READ(s, f, d)	read_csv((s), sizeof(s) - 1, ',', (f), (d))

static void
csvio_read__quotes_delimiters_and_newlines(void **state)
{
	static const char csv[] = "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n"
	    "\"two\nlines\",3\n";
	struct frame *f;
	struct diag d;

	(void)state;
	assert_int_equal(READ(csv, &f, &d), 0);
	assert_int_equal(f->nrows, 2);
	assert_string_equal(frame_text(f, 0, 0), "x,y");
	assert_string_equal(frame_text(f, 1, 0), "say \"hi\"");
	assert_string_equal(frame_text(f, 0, 1), "two\nlines");
	frame_where(f, 1, &d);
	assert_int_equal(d.line, 3);	/* the record starts on line 3 */
	frame_free(f);
}

static void
csvio_read__crlf_bom_and_no_final_newline(void **state)
{
	static const char csv[] = "\xef\xbb\xbfname,v\r\nab,1\r\ncd,2";
	struct frame *f;
	struct diag d;

	(void)state;
	assert_int_equal(READ(csv, &f, &d), 0);
	assert_string_equal(f->col[0].name, "name");
	assert_int_equal(f->nrows, 2);
	assert_string_equal(frame_text(f, 0, 1), "cd");
	assert_string_equal(frame_text(f, 1, 0), "1");
	frame_free(f);
}

static void
csvio_read__ragged_row_names_its_line(void **state)
{
	static const char csv[] = "a,b\n1,2\n3\n";
	struct frame *f;
	struct diag d;

	(void)state;
	assert_int_equal(READ(csv, &f, &d), -1);
	assert_int_equal(d.line, 3);
	assert_string_equal(d.msg, "1 fields, expected 2");
}

static void
csvio_read__unterminated_quote(void **state)
{
	static const char csv[] = "a,b\n1,\"open\n";
	struct frame *f;
	struct diag d;

	(void)state;
	assert_int_equal(READ(csv, &f, &d), -1);
	assert_int_equal(d.line, 2);
	assert_string_equal(d.msg, "unterminated quoted field");
}

static void
csvio_read__nul_byte_is_an_error(void **state)
{
	static const char csv[] = "a,b\n1,x\0y\n";
	struct frame *f;
	struct diag d;

	(void)state;
	assert_int_equal(READ(csv, &f, &d), -1);
	assert_int_equal(d.line, 2);
	assert_string_equal(d.msg, "field 2 holds a NUL byte");
}

static void
csvio_read__tab_delimiter_keeps_blanks(void **state)
{
	static const char csv[] = "a\tb\n x \t2\n";
	struct frame *f;
	struct diag d;

	(void)state;
	assert_int_equal(read_csv(csv, sizeof(csv) - 1, '\t', &f, &d), 0);
	assert_string_equal(frame_text(f, 0, 0), " x ");
	frame_free(f);
}

static void
csvio_read__lines_count_blank_lines_crlf_and_quoted_newlines(void **state)
{
	static const char crlf[] = "a,b\r\n\r\n1,2\r\n3,4,5\r\n";
	static const char quoted[] = "a,b\n\"x\ny\",1\n\n2\n";
	static const char stray[] = "a,b\n1,2\n3,\"4\"5\n";
	struct frame *f;
	struct diag d;

	(void)state;
	assert_int_equal(READ(crlf, &f, &d), -1);
	assert_int_equal(d.line, 4);
	assert_int_equal(READ(quoted, &f, &d), -1);
	assert_int_equal(d.line, 5);
	assert_int_equal(READ(stray, &f, &d), -1);
	assert_int_equal(d.line, 3);
	assert_string_equal(d.msg, "malformed quoted field");
}

static void
csvio_read__lines_are_exact_across_blocks(void **state)
{
	size_t n = 200000, i, len = 0, cap = n * 16;
	char *csv = malloc(cap);
	struct frame *f;
	struct diag d;

	(void)state;
	len += sprintf(csv + len, "a,b\n");
	for (i = 2; i < n; i++)
		len += sprintf(csv + len, i % 7 ? "%zu,x\n" : "%zu,\"q\nq\"\n", i);
	len += sprintf(csv + len, "ragged\n");
	/* rows with a quoted newline take two lines */
	assert_int_equal(read_csv(csv, len, ',', &f, &d), -1);
	assert_int_equal(d.line, n + (n - 2) / 7);
	free(csv);
}

/* frame_opts.keep: keep column "b" only */
static int
keep_b(void *arg, char *const *names, size_t n, unsigned char *keep,
    struct diag *d)
{
	size_t j;

	(void)arg;
	(void)d;
	for (j = 0; j < n; j++)
		keep[j] = strcmp(names[j], "b") == 0;
	return 0;
}

static void
frame_read__keeps_only_the_columns_asked_for(void **state)
{
	static const char csv[] = "a,b,c\nx,1,y\nz,2,w\n";
	struct frame_opts o = { .delim = ',', .keep = keep_b };
	char *name = "-", *s = strdup(csv);
	struct frame *f;
	struct diag d;
	FILE *save = stdin;

	(void)state;
	stdin = fmemopen(s, strlen(s), "r");
	assert_int_equal(frame_read(1, &name, &o, &f, &d), 0);
	fclose(stdin);
	stdin = save;
	free(s);
	assert_int_equal(f->ncols, 3);	/* names and numbers stay */
	assert_true(f->col[0].dropped && f->col[2].dropped);
	assert_null(f->col[0].cell);
	assert_false(f->col[1].dropped);
	assert_string_equal(frame_text(f, 1, 1), "2");
	frame_free(f);
}

static void
frame_numeric__types_and_missing(void **state)
{
	static const char csv[] = "i,f,t,e\n1,1.5,a,NA\n,2e3,3,\n-4,NaN,c,null\n";
	struct frame *f;
	struct diag d;

	(void)state;
	assert_int_equal(READ(csv, &f, &d), 0);
	assert_int_equal(frame_numeric(f, 0, &d), 0);
	assert_int_equal(f->col[0].type, FRAME_INTEGER);
	assert_int_equal(f->col[0].nmissing, 1);
	assert_true(isnan(f->col[0].num[1]));
	assert_true(f->col[0].num[2] == -4);
	assert_int_equal(frame_numeric(f, 1, &d), 0);
	assert_int_equal(f->col[1].type, FRAME_FLOAT);
	assert_int_equal(frame_numeric(f, 2, &d), -1);
	assert_int_equal(f->col[2].type, FRAME_TEXT);
	assert_int_equal(d.line, 2);
	assert_int_equal(frame_numeric(f, 3, &d), 0);
	assert_int_equal(f->col[3].type, FRAME_EMPTY);
	frame_free(f);
}

static void
csvio_write_field__quotes_only_when_needed(void **state)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	(void)state;
	csvio_write_field(fp, "plain", 5, ',');
	putc('|', fp);
	csvio_write_field(fp, "a,b", 3, ',');
	putc('|', fp);
	csvio_write_field(fp, "say \"hi\"", 8, ',');
	putc('|', fp);
	csvio_write_field(fp, " pad", 4, ',');
	putc('|', fp);
	csvio_write_field(fp, "a,b", 3, '\t');
	fclose(fp);
	assert_string_equal(buf, "plain|\"a,b\"|\"say \"\"hi\"\"\"|\" pad\"|a,b");
	free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(csvio_read__quotes_delimiters_and_newlines),
		cmocka_unit_test(csvio_read__crlf_bom_and_no_final_newline),
		cmocka_unit_test(csvio_read__ragged_row_names_its_line),
		cmocka_unit_test(csvio_read__unterminated_quote),
		cmocka_unit_test(csvio_read__nul_byte_is_an_error),
		cmocka_unit_test(csvio_read__tab_delimiter_keeps_blanks),
		cmocka_unit_test(csvio_read__lines_count_blank_lines_crlf_and_quoted_newlines),
		cmocka_unit_test(csvio_read__lines_are_exact_across_blocks),
		cmocka_unit_test(frame_read__keeps_only_the_columns_asked_for),
		cmocka_unit_test(frame_numeric__types_and_missing),
		cmocka_unit_test(csvio_write_field__quotes_only_when_needed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
