/*
 * fuzz.h: what the libFuzzer targets share.  Each target defines
 * LLVMFuzzerTestOneInput(); libFuzzer (make fuzz) or replay.c (make check)
 * calls it.  Targets never exit: they call the lib functions the commands
 * call and free what they get, so a leak or an overflow in lib/ shows.
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "frame/frame.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* What main() sets up: GSL errors returned, warnings silenced. */
void	fuzz_init(void);

/*
 * The input as a file: a memfd named by *path ("/proc/self/fd/N") for
 * lib functions that take file names.  fuzz_close() closes it.
 */
int	fuzz_file(const uint8_t *data, size_t size, char *path, size_t pathsz);
void	fuzz_close(int fd);

/* Take the first byte as options (0 if none). */
unsigned	fuzz_byte(const uint8_t **data, size_t *size);

/* Read data as CSV with dialect bits from the byte opts; NULL on error. */
struct frame *fuzz_frame(const uint8_t *data, size_t size, unsigned opts);

/* A fixed small CSV (mtcars' first rows with a text column), and it read. */
extern const char fuzz_fixed_csv[];
struct frame *fuzz_fixed_frame(void);

/* Write t in every format to /dev/null and free it. */
struct out_table;
void	fuzz_write(struct out_table *t, unsigned opts);

#endif
