/* fuzz_num: number parsing, and num_format() reading back exactly. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/num.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char buf[NUM_BUFSZ], *s;
	struct num_na na;
	double x, y;
	float rel;
	long v;
	int isint, digits;

	fuzz_init();
	if (num_parse((const char *)data, size, &x, &rel, &isint) == 0 &&
	    !isnan(x)) {
		/* the shortest form reads back to the same double */
		size_t n = num_format(x, 0, buf);

		if (n >= NUM_BUFSZ || strlen(buf) != n ||
		    num_parse(buf, n, &y, NULL, NULL) != 0 ||
		    x != y || signbit(x) != signbit(y))
			abort();
		/* rounded forms read as numbers (or overflow: 2e+308) */
		for (digits = 1; digits <= 17; digits++) {
			n = num_format(x, digits, buf);
			if (n >= NUM_BUFSZ || num_parse(buf, n, &y, NULL,
			    NULL) == NUM_BAD)
				abort();
		}
	}
	s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	(void)num_parse_opt(s, &x);
	(void)num_parse_int(s, 0, 1000000, &v);
	num_na_init(&na, s);
	(void)num_na_match(&na, s, strlen(s));
	(void)num_na_match(&na, "NA", 2);
	num_na_release(&na);
	free(s);
	return 0;
}
