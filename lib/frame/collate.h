/*
 * collate: the order of text keys and factor levels, as R sorts them in its
 * usual build: by ICU's collation for the locale of LC_COLLATE (after
 * LC_ALL, before LANG), ICU's root collation for C.UTF-8, and byte order
 * when the locale is C or POSIX (or not set).  Every command orders levels
 * and sorted keys through collate_cmp(), so they agree with each other and
 * with R on the same CSV.
 */
#ifndef COLLATE_H
#define COLLATE_H

/*
 * <0, 0 or >0 as a sorts before, with or after b (UTF-8 text); strings the
 * collator finds equal are ordered bytewise, so the order is total.  Safe
 * to call from several threads.
 */
int	collate_cmp(const char *a, const char *b);

/*
 * The ICU locale in use ("" for the root collation), or NULL for byte
 * order.
 */
const char *collate_locale(void);

#endif
