/* cols: column lists such as "a,b,4,6-8" resolved against a header. */
#ifndef COLS_H
#define COLS_H

#include <stddef.h>

struct diag;

/*
 * Where the item of a column list at p ends: at its comma or the string's
 * end; the commas of a quoted name do not end it.  For lists that other
 * items (select's /regex/) interleave with cols_parse()'s.
 */
const char *cols_item_end(const char *p);

/*
 * Resolve spec against the ncols names: each item is a name, a 1-based
 * number, a range N-M, a shell pattern ("Sepal.*": the matching columns in
 * header order) or a name in double quotes (for a name with a comma; ""
 * is a quote); a name that exists wins over the other readings.  A list
 * that begins with "!" means every column but those listed.
 * On success *idx (owned by the caller, free()) holds *n column indexes.
 * An unknown column is a STATUS_USAGE error listing the columns there
 * are; so is a name that two columns have.
 */
int	cols_parse(const char *spec, char *const *names, size_t ncols,
	    size_t **idx, size_t *n, struct diag *);

#endif
