/* group: the rows of a frame grouped by a tuple of key columns. */
#ifndef GROUP_H
#define GROUP_H

#include <stddef.h>

struct frame;

/* Rows of a frame grouped. */
struct group {
	size_t	 ngroups;
	size_t	*gid;		/* per row: group id, 0 .. ngroups-1 */
	size_t	*first;		/* per group: its first row (for the keys) */
};

/*
 * Group the rows of f by the key columns (nkeys may be 0: one group of
 * all rows).  Ids follow first appearance, or with sort the order of
 * group_table_order().  Returns a new group; free it with group_free().
 */
struct group *group_by(struct frame *f, const size_t *keys, size_t nkeys,
	    int sort);
void	group_free(struct group *);

#endif
