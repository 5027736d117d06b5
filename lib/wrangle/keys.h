/*
 * keys: the key tuple of a row as frame/group's key table takes it, a
 * missing value (empty or an --na string) as NULL: for the verbs that
 * group rows (head, tail, uniq, freq).
 */
#ifndef KEYS_H
#define KEYS_H

#include <stddef.h>
#include <stdint.h>

struct num_na;

/* kp[k], kl[k] for the n columns cols[] of a row's fields. */
void	keys_tuple(const struct num_na *, const size_t *cols, size_t n,
	    const char *const *field, const uint32_t *len, const char **kp,
	    size_t *kl);

#endif
