/* keys: a row's key tuple, missing values as NULL. */
#include "core/num.h"
#include "wrangle/keys.h"

void
keys_tuple(const struct num_na *na, const size_t *cols, size_t n,
    const char *const *field, const uint32_t *len, const char **kp,
    size_t *kl)
{
	size_t k;

	for (k = 0; k < n; k++) {
		const char *v = field[cols[k]];
		size_t l = len[cols[k]];
		int miss = num_na_match(na, v, l);

		kp[k] = miss ? NULL : v;
		kl[k] = miss ? 0 : l;
	}
}
