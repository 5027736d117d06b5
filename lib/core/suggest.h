/*
 * suggest: "did you mean" for a mistyped name — the nearest of the known
 * names by Damerau-Levenshtein distance (optimal string alignment: an
 * insertion, deletion, substitution or swap of two neighbours costs 1), as
 * git and datamash hint.
 */
#ifndef SUGGEST_H
#define SUGGEST_H

#include <stddef.h>

#define SUGGEST_MAX	2	/* farther than this is no suggestion */

/*
 * The name nearest to s[0..len) among names[0..n) at distance 1 to
 * SUGGEST_MAX (1 when s is shorter than 4 bytes; the first of equally near
 * ones), or NULL.  A name equal to
 * s is not suggested: it was not a typo.
 */
const char *suggest(const char *s, size_t len, const char *const *names,
	    size_t n);

/*
 * For messages: "; did you mean \"x\"?" in buf when a name of list (names
 * separated by commas, spaces or bars) is near s, else "".  Returns buf.
 */
const char *suggest_hint(const char *s, const char *list, char *buf,
	    size_t size);

#endif
