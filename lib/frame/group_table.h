/* group_table: the key table, tuples of key values to ids. */
#ifndef GROUP_TABLE_H
#define GROUP_TABLE_H

#include <stddef.h>
#include <stdint.h>

/*
 * A table of key tuples, each given an id in order of first appearance.
 * It keeps its own copies of the keys; a NULL key is a missing value, a
 * value of its own.
 */
struct group_table;

struct group_table *group_table_new(size_t nkeys);
void	group_table_free(struct group_table *);
/* The id of a tuple of nkeys keys, a new one if it is new. */
size_t	group_table_id(struct group_table *, const char *const *key,
	    const size_t *len);
/*
 * The same in steps, for a caller that looks ahead: the hash of a tuple,
 * computed once; its slot brought into the cache, as its lookup comes
 * soon; its id, or (size_t)-1 if it has none (none is made); its id,
 * new if need be.
 */
uint64_t group_table_hash(const struct group_table *, const char *const *key,
	    const size_t *len);
void	group_table_prefetch(const struct group_table *, uint64_t hash);
size_t	group_table_find(const struct group_table *, uint64_t hash,
	    const char *const *key, const size_t *len);
size_t	group_table_id_hashed(struct group_table *, uint64_t hash,
	    const char *const *key, const size_t *len);
/* No more lookups: free the index, keep the keys for what follows. */
void	group_table_done(struct group_table *);
size_t	group_table_count(const struct group_table *);
/* Key k of group id, or NULL if missing. */
const char *group_table_key(const struct group_table *, size_t id, size_t k);
/*
 * The ids in the order of their keys: numerically for a key whose values
 * are all numbers, as collate_cmp() otherwise (R's order), missing last.  The caller frees.
 */
size_t	*group_table_order(const struct group_table *);

#endif
