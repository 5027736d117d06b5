/* root: roots of a function of one variable, as R finds them. */
#ifndef ROOT_H
#define ROOT_H

/*
 * A root of f in [a, b], given fa = f(a) and fb = f(b) of opposite signs
 * (or one of them 0), found by Brent's method and stopped as R's
 * uniroot() stops at tolerance tol; at most 1000 iterations.
 */
double	root_zeroin(double a, double b, double fa, double fb, double tol,
	    double (*f)(double, void *), void *ctx);

#endif
