/* x*alloc: allocation that cannot fail (out of memory aborts, as git's). */
#ifndef XALLOC_H
#define XALLOC_H

#include <stddef.h>

/* Print "out of memory" and exit: for limits no caller could handle. */
__attribute__((noreturn)) void xalloc_oom(void);
void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
/* Grow *p (of *cap elements of size sz) to hold at least need elements. */
void	*xgrow_slow(void *p, size_t *cap, size_t need, size_t sz);

static inline void *
xgrow(void *p, size_t *cap, size_t need, size_t sz)
{
	return need <= *cap ? p : xgrow_slow(p, cap, need, sz);
}
/*
 * A hint that p[0..n) is big and will be touched soon: transparent huge
 * pages where the kernel offers them on request (madvise), so that filling
 * it takes far fewer page faults.  Nothing for small n.
 */
void	 xalloc_huge(void *p, size_t n);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);

#endif
