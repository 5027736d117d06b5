/*
 * alt: the alternative hypothesis of a test, one enum for every test and
 * command.  R spells the two-sided one "two.sided", statpipe "two-sided";
 * both are read everywhere.
 */
#ifndef ALT_H
#define ALT_H

enum alt {
	ALT_TWO_SIDED,		/* the parameter differs from the null */
	ALT_LESS,		/* it is less */
	ALT_GREATER,		/* it is greater */
	ALT_ONE_SIDED		/* one side, as R's power functions say */
};

/*
 * "two-sided" or "two.sided", "less", "greater", "one-sided" or
 * "one.sided"; 0, or -1 if s is none of them.
 */
int	alt_parse(const char *s, enum alt *);
/* "two-sided", "less", "greater" or "one-sided". */
const char *alt_name(enum alt);

#endif
