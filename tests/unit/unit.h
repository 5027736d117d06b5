/* unit.h: what the unit tests add to cmocka 1.1.5. */
#ifndef UNIT_H
#define UNIT_H

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

/* |got - want| <= rel * max(1, |want|) */
#define assert_near(got, want, rel) do {					\
	double g_ = (got), w_ = (want);						\
	if (!(fabs(g_ - w_) <= (rel) * fmax(1.0, fabs(w_)))) {			\
		print_error("%.17g != %.17g (rel %g)\n", g_, w_, (double)(rel));	\
		fail();								\
	}									\
} while (0)

/* relative agreement: |got - want| <= rel * |want| */
#define assert_rel(got, want, rel) do {						\
	double g_ = (got), w_ = (want);						\
	if (!(fabs(g_ - w_) <= (rel) * fabs(w_))) {				\
		print_error("%.17g != %.17g (rel %g)\n", g_, w_, (double)(rel));	\
		fail();								\
	}									\
} while (0)

#endif
