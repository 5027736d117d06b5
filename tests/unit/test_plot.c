/* plot: option parsing and the shape of the gnuplot script. */
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "frame/frame.h"
#include "plot/plot.h"
#include "plot/plotwrite.h"
#include "unit.h"

static void
plot_range_check__forms__accepted_or_not(void **state)
{
	(void)state;
	assert_int_equal(plot_range_check("1:5"), 0);
	assert_int_equal(plot_range_check(":40"), 0);
	assert_int_equal(plot_range_check("-1e3:"), 0);
	assert_int_equal(plot_range_check(":"), 0);
	assert_int_equal(plot_range_check("1-5"), -1);
	assert_int_equal(plot_range_check("a:5"), -1);
	assert_int_equal(plot_range_check("1:2:3"), -1);
}

static void
plot_term_for__extensions__pick_terminal(void **state)
{
	enum plot_term t;

	(void)state;
	assert_int_equal(plot_term_for("a.png", &t), 0);
	assert_int_equal(t, PLOT_PNG);
	assert_int_equal(plot_term_for("dir.x/a.SVG", &t), 0);
	assert_int_equal(t, PLOT_SVG);
	assert_int_equal(plot_term_for("a.pdf", &t), 0);
	assert_int_equal(t, PLOT_PDF);
	assert_int_equal(plot_term_for("a.gif", &t), -1);
	assert_int_equal(plot_term_for("noext", &t), -1);
}

static void
plot_style_check__items__parsed(void **state)
{
	struct diag d;

	(void)state;
	assert_int_equal(plot_style_check("points,color=#ff0000,size=2", &d),
	    0);
	assert_int_equal(plot_style_check("linespoints,width=3", &d), 0);
	assert_int_equal(plot_style_check("dashes", &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	assert_int_equal(plot_style_check("size=-1", &d), -1);
	assert_int_equal(plot_style_check("color=a'b", &d), -1);
}

static void
plot_script__scatter__data_inline_and_plot(void **state)
{
	struct frame_opts fo = { .delim = ',' };
	char *files[1] = { (char *)"testdata/cars.csv" }, *s;
	struct plot_opts o;
	struct frame *f;
	struct diag d;
	size_t len, y = 1;

	(void)state;
	assert_int_equal(frame_read(1, files, &fo, &f, &d), 0);
	plot_opts_init(&o);
	assert_int_equal(plot_kind_lookup("scatter", &o.kind), 0);
	o.x = 0;
	o.y = &y;
	o.ny = 1;
	o.term = PLOT_SVG;
	o.output = "it's.svg";
	assert_int_equal(plot_check(&o, &d), 0);
	assert_int_equal(plot_script(f, &o, &s, &len, &d), 0);
	assert_int_equal(strlen(s), len);
	assert_non_null(strstr(s, "set terminal svg size 800,600"));
	assert_non_null(strstr(s, "set output 'it''s.svg'\n"));
	assert_non_null(strstr(s, "$data << EOD\n4 2\n4 10\n"));
	assert_non_null(strstr(s, "plot $data index 0 using 1:2 with points"));
	free(s);
	o.ny = 0;	/* scatter without -y */
	assert_int_equal(plot_check(&o, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	frame_free(f);
}

static void
plotwrite__quoting__inert(void **state)
{
	char *buf = NULL;
	size_t len;
	FILE *fp = open_memstream(&buf, &len);

	(void)state;
	assert_non_null(fp);
	/* a command's string: quotes doubled, control bytes as spaces */
	plotwrite_str(fp, "a'b\nc\x1b`d`");
	fputc('|', fp);
	/* a datablock field: '"' as '\'', no line break can pass */
	plotwrite_text(fp, "x\"y\r\nEOD\x7f");
	fclose(fp);
	assert_string_equal(buf, "'a''b c `d`'|\"x'y  EOD \"");
	free(buf);
	assert_int_equal(plotwrite_has_ctrl("a\tb"), 1);
	assert_int_equal(plotwrite_has_ctrl("a b"), 0);
	assert_int_equal(plotwrite_term_ok("canvas size 300,200"), 1);
	assert_int_equal(plotwrite_term_ok("svg font 'x'"), 0);
	assert_int_equal(plotwrite_term_ok("png; system"), 0);
}

static void
plotwrite_palette__stops__interpolated_and_dark(void **state)
{
	static const unsigned long pal[3] = { 0xfff5eb, 0xfd8d3c, 0x7f2704 };

	(void)state;
	assert_int_equal(plotwrite_palette(pal, 3, 0), 0xfff5eb);
	assert_int_equal(plotwrite_palette(pal, 3, 0.5), 0xfd8d3c);
	assert_int_equal(plotwrite_palette(pal, 3, 1), 0x7f2704);
	assert_int_equal(plotwrite_palette(pal, 3, 2), 0x7f2704);
	/* half way from 0xfd8d3c to 0x7f2704: (190, 90, 32) rounded */
	assert_int_equal(plotwrite_palette(pal, 3, 0.75), 0xbe5a20);
	/* WCAG luminance: white text below 0.179 */
	assert_true(plotwrite_dark(0x000000));
	assert_true(plotwrite_dark(0x7f2704));
	assert_true(plotwrite_dark(0xb40426));
	assert_false(plotwrite_dark(0xffffff));
	assert_false(plotwrite_dark(0xfd8d3c));
	assert_false(plotwrite_dark(0xf7f7f7));
	/* around the threshold: grey 0x75 is 0.178, 0x76 is 0.181 */
	assert_true(plotwrite_dark(0x757575));
	assert_false(plotwrite_dark(0x767676));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(plot_range_check__forms__accepted_or_not),
		cmocka_unit_test(plot_term_for__extensions__pick_terminal),
		cmocka_unit_test(plot_style_check__items__parsed),
		cmocka_unit_test(plot_script__scatter__data_inline_and_plot),
		cmocka_unit_test(plotwrite__quoting__inert),
		cmocka_unit_test(plotwrite_palette__stops__interpolated_and_dark),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
