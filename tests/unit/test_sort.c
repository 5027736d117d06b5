/*
 * Unit tests of lib/wrangle/sortkey.c and sort.c: key lists, natural and
 * byte order, missing values last in either direction, stability, and
 * the radix sort of one numeric key against the comparison sort; and
 * lib/wrangle/rowbuf.c's runs on file, rows bigger than a write included.
 */
#include <stdlib.h>
#include <string.h>

#include "unit.h"

#include "wrangle/rowbuf.h"
#include "wrangle/sort.h"
#include "wrangle/sortkey.h"

static int
nat(const char *a, const char *b)
{
	int c = sortkey_natural_cmp(a, strlen(a), b, strlen(b));

	return (c > 0) - (c < 0);
}

static void
sortkey_natural_cmp__digits_as_numbers(void **state)
{
	(void)state;
	assert_int_equal(nat("a2", "a10"), -1);
	assert_int_equal(nat("a10", "a2"), 1);
	assert_int_equal(nat("a1", "a01"), -1);	/* zeros break ties */
	assert_int_equal(nat("a01", "a1"), 1);
	assert_int_equal(nat("a01", "a01"), 0);
	assert_int_equal(nat("x9y", "x10a"), -1);
	assert_int_equal(nat("x10a", "x10b"), -1);
	assert_int_equal(nat("file", "file1"), -1);
	assert_int_equal(nat("B", "a"), -1);	/* the rest as bytes */
	assert_int_equal(nat("12345678901234567890", "9"), 1);
	assert_int_equal(nat("", ""), 0);
}

static void
sortkey_parse__modifiers_and_names_with_colons(void **state)
{
	char *names[] = { "a", "b:x", "c" };
	struct sortkey *k;
	struct diag d;
	size_t n;

	(void)state;
	assert_int_equal(sortkey_parse("c:desc,a:n,b:x:t", names, 3, &k, &n,
	    &d), 0);
	assert_int_equal(n, 3);
	assert_int_equal(k[0].col, 2);
	assert_true(k[0].desc);
	assert_int_equal(k[0].type, SORTKEY_AUTO);
	assert_int_equal(k[1].type, SORTKEY_NUM);
	assert_true(k[1].numeric);
	assert_int_equal(k[2].col, 1);		/* "b:x" is a name */
	assert_int_equal(k[2].type, SORTKEY_NATURAL);
	free(k);
	assert_int_equal(sortkey_parse("a:up", names, 3, &k, &n, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	assert_int_equal(sortkey_parse("z", names, 3, &k, &n, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
}

/* numbers with missing values: stable, missing last both ways */
static void
sort_order__numbers__stable_missing_last(void **state)
{
	static const double x[] = { 3, 1, 0, 3, -2, 1, 0 };
	static const int na[] = { 0, 0, 1, 0, 0, 0, 1 };
	static const size_t asc[] = { 4, 1, 5, 0, 3, 2, 6 };
	static const size_t desc[] = { 0, 3, 1, 5, 4, 2, 6 };
	static const size_t first[] = { 2, 6, 4, 1, 5, 0, 3 };
	struct sortkey k = { 0, SORTKEY_AUTO, 0, 1 };
	struct sortkey_val v[7];
	size_t order[7], i;

	(void)state;
	memset(v, 0, sizeof(v));
	for (i = 0; i < 7; i++) {
		v[i].x = x[i];
		v[i].na = na[i];
	}
	sort_order(&k, 1, v, 7, 0, order);
	assert_memory_equal(order, asc, sizeof(asc));
	k.desc = 1;
	sort_order(&k, 1, v, 7, 0, order);
	assert_memory_equal(order, desc, sizeof(desc));
	k.desc = 0;
	sort_order(&k, 1, v, 7, 1, order);
	assert_memory_equal(order, first, sizeof(first));
}

/* The radix path (one numeric key) gives what the comparisons give:
 * random numbers with many ties, -0, infinities, missing values. */
static void
sort_order__radix__as_comparison(void **state)
{
	enum { N = 5000 };
	struct sortkey k[2] = { { 0, SORTKEY_NUM, 0, 1 },
	    { 1, SORTKEY_BYTES, 0, 0 } };
	struct sortkey_val *v1 = calloc(N, sizeof(*v1));
	struct sortkey_val *v2 = calloc(2 * N, sizeof(*v2));
	size_t *a = malloc(N * sizeof(*a)), *b = malloc(N * sizeof(*b)), i;
	int desc;

	(void)state;
	srand(7);
	for (i = 0; i < N; i++) {
		int r = rand() % 60;

		v1[i].x = r == 0 ? -0.0 : r == 1 ? INFINITY : r == 2 ?
		    -INFINITY : (double)(rand() % 50 - 25) / 4;
		v1[i].na = r == 3;
		v2[2 * i] = v1[i];
		v2[2 * i + 1].s = "";	/* a second key that ties */
	}
	for (desc = 0; desc < 2; desc++) {
		k[0].desc = desc;
		sort_order(k, 1, v1, N, 0, a);
		sort_order(k, 2, v2, N, 0, b);	/* comparisons */
		assert_memory_equal(a, b, N * sizeof(*a));
	}
	free(v1);
	free(v2);
	free(a);
	free(b);
}

static void
sort_parse_size__units(void **state)
{
	size_t b;

	(void)state;
	assert_int_equal(sort_parse_size("64M", &b), 0);
	assert_int_equal(b, (size_t)64 << 20);
	assert_int_equal(sort_parse_size("1K", &b), 0);
	assert_int_equal(b, 1024);
	assert_int_equal(sort_parse_size("2GiB", &b), 0);
	assert_int_equal(b, (size_t)2 << 30);
	assert_int_equal(sort_parse_size("100", &b), 0);
	assert_int_equal(b, (size_t)100 << 20);
	assert_int_equal(sort_parse_size("12Q", &b), -1);
	assert_int_equal(sort_parse_size("0", &b), -1);
	assert_int_equal(sort_parse_size("-1M", &b), -1);
}

/* rowbuf_put_rows() writes the rows in the order asked, one of them
 * bigger than its 1 MiB writes, and rowbuf_get() reads them back. */
static void
rowbuf_put_rows__order_and_big_rows(void **state)
{
	enum { N = 50, BIG = 17, BIGLEN = (1 << 20) + 100 };
	struct rowbuf rb, back;
	const char *f[2];
	uint32_t len[2];
	char *field[2], num[24], *big = malloc(BIGLEN);
	size_t order[N], i;
	FILE *fp = tmpfile();

	(void)state;
	assert_non_null(fp);
	assert_non_null(big);
	memset(big, 'x', BIGLEN);
	rowbuf_init(&rb, 2);
	for (i = 0; i < N; i++) {
		snprintf(num, sizeof(num), "%zu", i);
		field[0] = num;
		field[1] = i == BIG ? big : num;
		len[0] = (uint32_t)strlen(num);
		len[1] = i == BIG ? BIGLEN : len[0];
		rowbuf_add(&rb, field, len);
		order[i] = N - 1 - i;	/* backwards */
	}
	assert_int_equal(rowbuf_put_rows(fp, &rb, order, N), 0);
	rewind(fp);
	rowbuf_init(&back, 2);
	while (rowbuf_get(fp, &back) == 1)
		;
	assert_int_equal(back.nrows, N);
	for (i = 0; i < N; i++) {
		size_t was = N - 1 - i;

		snprintf(num, sizeof(num), "%zu", was);
		rowbuf_fields(&back, i, f, len);
		assert_int_equal(len[0], strlen(num));
		assert_memory_equal(f[0], num, len[0]);
		if (was == BIG) {
			assert_int_equal(len[1], BIGLEN);
			assert_memory_equal(f[1], big, BIGLEN);
		} else
			assert_memory_equal(f[1], num, len[0]);
	}
	rowbuf_release(&rb);
	rowbuf_release(&back);
	fclose(fp);
	free(big);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sortkey_natural_cmp__digits_as_numbers),
		cmocka_unit_test(sortkey_parse__modifiers_and_names_with_colons),
		cmocka_unit_test(sort_order__numbers__stable_missing_last),
		cmocka_unit_test(sort_order__radix__as_comparison),
		cmocka_unit_test(sort_parse_size__units),
		cmocka_unit_test(rowbuf_put_rows__order_and_big_rows),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
