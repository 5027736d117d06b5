/* Unit tests of lib/io/csvio.c and lib/frame/frame.c: the CSV dialects and errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "io/csvio.h"
#include "core/diag.h"
#include "frame/frame.h"

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

/* Rows "1,x" to make csv len bytes long (len - *at >= 4). */
static void
fill(char *csv, size_t *at, size_t len)
{
	while (len - *at >= 8)
		*at += (size_t)sprintf(csv + *at, "1,x\n");
	*at += (size_t)sprintf(csv + *at, "1,%.*s\n", (int)(len - *at - 3),
	    "xxxx");
}

/* Blocks (64 KiB) without a blank are parsed with libcsv's own space test:
 * blanks where a block begins or ends must stay as written. */
static void
csvio_read__blanks_stay_across_blocks(void **state)
{
	static const char *const want[] = { "ab  c", " d", "e  ", "f" };
	char *csv = malloc(3 * 65536);
	size_t len = 0, i, seen = 0;
	struct frame *f;
	struct diag d;

	(void)state;
	len += (size_t)sprintf(csv, "a,b\n");
	fill(csv, &len, 65536 - 4);
	len += (size_t)sprintf(csv + len, "2,ab");	/* block 1: no blank */
	len += (size_t)sprintf(csv + len, "  c\n3, d\n");
	fill(csv, &len, 2 * 65536 - 5);
	len += (size_t)sprintf(csv + len, "4,e  ");	/* block 2 ends */
	len += (size_t)sprintf(csv + len, "\n5,f\n");	/* block 3: no blank */
	assert_int_equal(read_csv(csv, len, ',', &f, &d), 0);
	for (i = 0; i < f->nrows; i++)
		if (strcmp(frame_text(f, 0, i), "1") != 0) {
			assert_true(seen < 4);
			assert_string_equal(frame_text(f, 1, i), want[seen++]);
		}
	assert_int_equal(seen, 4);
	frame_free(f);
	free(csv);
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

/* csvio_peek: a later record's field, while the reader has it */
static int
peek_record(void *ctx, const struct csvio_record *rec, struct diag *d)
{
	FILE *fp = ctx;
	size_t len;
	const char *s = csvio_peek(rec, 2, 1, &len);

	(void)d;
	fprintf(fp, "%s:%s;", rec->field[0], s ? s : "-");
	return 0;
}

static void
csvio_peek__sees_later_records_of_the_batch(void **state)
{
	static const char csv[] = "a,b\n1,x\n2\n3,z\n4,w\n";
	struct csvio_opts o = { .delim = ',' };
	char *out = NULL;
	size_t outlen;
	FILE *in = fmemopen((void *)csv, sizeof(csv) - 1, "r");
	FILE *fp = open_memstream(&out, &outlen);
	struct diag d;

	(void)state;
	/* the record "2" has no field 1: peeking at it gives NULL */
	assert_int_equal(csvio_read(in, "-", &o, peek_record, fp, &d), 0);
	fclose(fp);
	fclose(in);
	assert_string_equal(out, "a:-;1:z;2:w;3:-;4:-;");
	free(out);
}

/*
 * The parallel reader against the serial one: a file of several MiB,
 * with quoted fields holding newlines and quotes, CRLF line ends and
 * blank lines, and a multi-line quoted field across every 64 KiB mark,
 * where a thread's guess of a record start is wrong.
 */
struct digest {
	FILE	*fp;
	size_t	 nrec;
	size_t	 fail_at;	/* fail on this record (1-based), 0: never */
};

static int
digest_record(void *ctx, const struct csvio_record *rec, struct diag *d)
{
	struct digest *g = ctx;
	size_t j;

	if (++g->nrec == g->fail_at)
		return diag_set(d, STATUS_DATA, "record %zu refused", g->nrec);
	fprintf(g->fp, "%zu:%zu", rec->line, rec->n);
	for (j = 0; j < rec->n; j++)
		fprintf(g->fp, "|%zu:%s", (size_t)rec->len[j], rec->field[j]);
	fputc('\n', g->fp);
	return 0;
}

/* Read csv from a regular file with threads; the digest is malloc'ed. */
static int
read_threads(const char *csv, size_t len, int threads, size_t fail_at,
    char **out, size_t *nrec, struct diag *d)
{
	struct csvio_opts o = { .delim = ',', .threads = threads };
	struct digest g = { .fail_at = fail_at };
	size_t outlen;
	FILE *fp = tmpfile();
	int rc;

	assert_non_null(fp);
	assert_int_equal(fwrite(csv, 1, len, fp), len);
	rewind(fp);
	g.fp = open_memstream(out, &outlen);
	rc = csvio_read(fp, "f.csv", &o, digest_record, &g, d);
	fclose(g.fp);
	fclose(fp);
	*nrec = g.nrec;
	return rc;
}

/*
 * A test file of about mib MiB: *lines is the line after its last, *nrec
 * its records.
 */
static char *
make_big(size_t mib, size_t *lenp, size_t *lines, size_t *nrec)
{
	size_t cap = (mib + 1) << 20, len = 0, i, mark = 1 << 16;
	char *s = malloc(cap + 4096);

	len += sprintf(s, "id,text,x\n");
	for (i = 1; len < (mib << 20); i++) {
		if (len + 300 > mark - 1 && len < mark) {
			/* a quoted field with newlines across the mark */
			len += sprintf(s + len, "%zu,\"", i);
			while (len < mark + 200) {
				len += sprintf(s + len, "across \"\"%zu\"\"\n", i);
			}
			len += sprintf(s + len, "\",1\n");
			mark += 1 << 16;
		} else if (i % 13 == 0) {
			len += sprintf(s + len, "%zu,\"two\nlines, \"\"q\"\"\","
			    "%zu.5\r\n", i, i);
		} else if (i % 101 == 0)
			len += sprintf(s + len, "\n%zu,,\n", i);
		else
			len += sprintf(s + len, "%zu,t%zu,%zu\n", i, i * 7, i);
	}
	*lenp = len;
	*nrec = i - 1;
	*lines = 1;
	for (i = 0; i < len; i++)
		*lines += s[i] == '\n';
	return s;
}

static void
csvio_read__threads_give_the_serial_records(void **state)
{
	size_t len, lines, nrec, n1, n3;
	char *csv = make_big(5, &len, &lines, &nrec), *one, *three;
	struct diag d1, d3;

	(void)state;
	assert_int_equal(read_threads(csv, len, 1, 0, &one, &n1, &d1), 0);
	assert_int_equal(read_threads(csv, len, 3, 0, &three, &n3, &d3), 0);
	assert_int_equal(n1, nrec + 1);	/* and the header */
	assert_int_equal(n3, nrec + 1);
	assert_string_equal(one, three);
	assert_true(lines > nrec);
	free(one);
	free(three);
	free(csv);
}

/* The same error, on the same line, with one thread or three (line 0:
 * any line). */
static void
same_error(char *csv, size_t len, size_t fail_at, size_t line,
    const char *msg)
{
	size_t n1, n3;
	char *one, *three;
	struct diag d1, d3;

	assert_int_equal(read_threads(csv, len, 1, fail_at, &one, &n1, &d1),
	    -1);
	assert_int_equal(read_threads(csv, len, 3, fail_at, &three, &n3, &d3),
	    -1);
	assert_string_equal(d1.msg, msg);
	assert_string_equal(d3.msg, msg);
	if (line > 0)
		assert_int_equal(d1.line, line);
	assert_int_equal(d3.line, d1.line);
	assert_string_equal(one, three);
	free(one);
	free(three);
}

static void
csvio_read__threads_report_the_first_error_and_its_line(void **state)
{
	size_t len, lines, nrec, at, line;
	char *csv = make_big(5, &len, &lines, &nrec), *p, *q;

	(void)state;
	/* a last line that opens a quote and lacks its newline */
	memcpy(csv + len, "1,\"open", 7);
	same_error(csv, len + 7, 0, lines, "unterminated quoted field");
	/* a callback's error in the fourth MiB */
	same_error(csv, len, 70000, 0, "record 70000 refused");
	/* the line after the 2 MiB + 5000th byte */
	at = (2 << 20) + 5000;
	p = (char *)memchr(csv + at, '\n', len - at) + 1;
	line = 1;
	for (at = 0; at < (size_t)(p - csv); at++)
		line += csv[at] == '\n';
	assert_int_equal(p[0] != '"' && p[1] != '"', 1);
	/* a NUL in the fourth MiB (in a field "t..."), then a stray quote
	 * before it */
	q = strstr(csv + (3 << 20) + 30000, ",t");
	assert_non_null(q);
	q[1] = '\0';
	same_error(csv, len, 0, 0, "field 2 holds a NUL byte");
	p[1] = '"';
	same_error(csv, len, 0, line, "malformed quoted field");
	free(csv);
}

static void
csvio_put_field__quotes_only_when_needed(void **state)
{
	static const struct {
		const char *in, *want;
		unsigned char delim;
	} t[] = {
		{ "plain", "plain", ',' }, { "a,b", "\"a,b\"", ',' },
		{ "say \"hi\"", "\"say \"\"hi\"\"\"", ',' },
		{ " pad", "\" pad\"", ',' }, { "a,b", "a,b", '\t' },
		{ "a\tb", "\"a\tb\"", '\t' }, { "two\nlines", "\"two\nlines\"", ',' },
		{ "\"\"", "\"\"\"\"\"\"", ',' }, { "", "", ',' },
	};
	char buf[64];
	size_t i, n;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		n = csvio_put_field(buf, t[i].in, strlen(t[i].in), t[i].delim);
		assert_true(n <= CSVIO_PUT_MAX(strlen(t[i].in)));
		buf[n] = '\0';
		assert_string_equal(buf, t[i].want);
	}
}

/* What csvio_progress was given: calls, the last call's values. */
static struct {
	int	 calls, end;
	double	 done, total;
	char	 name[16];
} seen;

static void
record_progress(const char *name, double done, double total, double seconds,
    int end)
{
	seen.calls++;
	seen.end = end;
	seen.done = done;
	seen.total = total;
	snprintf(seen.name, sizeof(seen.name), "%s", name);
	assert_true(seconds >= 0);
}

static int
no_record(void *ctx, const struct csvio_record *r, struct diag *d)
{
	(void)ctx;
	(void)r;
	(void)d;
	return 0;
}

static void
read_file_progress(const char *csv, int mode)
{
	struct csvio_opts o = { .delim = ',', .progress = mode };
	FILE *fp = tmpfile();
	struct diag d;

	assert_non_null(fp);
	assert_int_equal(fwrite(csv, 1, strlen(csv), fp), strlen(csv));
	rewind(fp);
	memset(&seen, 0, sizeof(seen));
	assert_int_equal(csvio_read(fp, "f.csv", &o, no_record, NULL, &d), 0);
	fclose(fp);
}

/* lib/ shows no progress itself: it passes it to the hook cmd/ sets, when
 * asked (or a file is over 100 MB), ending with the whole size. */
static void
csvio_read__progress_goes_to_the_hook_only(void **state)
{
	static const char csv[] = "a,b\n1,2\n3,4\n";

	(void)state;
	csvio_progress = NULL;
	read_file_progress(csv, CSVIO_PROGRESS_ON);
	assert_int_equal(seen.calls, 0);
	csvio_progress = record_progress;
	read_file_progress(csv, CSVIO_PROGRESS_ON);
	assert_true(seen.calls >= 1 && seen.end == 1);
	assert_true(seen.done == sizeof(csv) - 1 &&
	    seen.total == sizeof(csv) - 1);
	assert_string_equal(seen.name, "f.csv");
	read_file_progress(csv, CSVIO_PROGRESS_AUTO);	/* small: none */
	assert_int_equal(seen.calls, 0);
	read_file_progress(csv, CSVIO_PROGRESS_OFF);
	assert_int_equal(seen.calls, 0);
	csvio_progress = NULL;
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
		cmocka_unit_test(csvio_read__blanks_stay_across_blocks),
		cmocka_unit_test(csvio_read__lines_count_blank_lines_crlf_and_quoted_newlines),
		cmocka_unit_test(csvio_read__lines_are_exact_across_blocks),
		cmocka_unit_test(csvio_peek__sees_later_records_of_the_batch),
		cmocka_unit_test(csvio_read__threads_give_the_serial_records),
		cmocka_unit_test(
		    csvio_read__threads_report_the_first_error_and_its_line),
		cmocka_unit_test(frame_read__keeps_only_the_columns_asked_for),
		cmocka_unit_test(frame_numeric__types_and_missing),
		cmocka_unit_test(csvio_put_field__quotes_only_when_needed),
		cmocka_unit_test(csvio_read__progress_goes_to_the_hook_only),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
