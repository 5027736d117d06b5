# gen-help.awk - one page rendered by mandoc -Tascii (overstrikes removed)
# to one C initializer { "name", "help text" } (scripts/gen-help.sh).
function cstr(s,   i, c, o) {
	o = ""
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		o = o (c == "\\" || c == "\"" ? "\\" : "") c
	}
	return "\"" o "\\n\"\n"
}
# GNU's form: "-c columns, --columns columns" -> "-c, --columns=columns"
function gnu(h,   p, a, b) {
	if (split(h, p, ", ") == 2 && p[1] ~ /^-[^-] [^ ]+$/ &&
	    p[2] ~ /^--[^ ]+ [^ ]+$/) {
		split(p[1], a, " ")
		split(p[2], b, " ")
		if (a[2] == b[2])
			return a[1] ", " b[1] "=" b[2]
	}
	if (h ~ /^--[^ ,]+ [^ ,|]+$/)
		sub(/ /, "=", h)
	return h
}
# text wrapped to 80 columns, every line after the first indented by ind
function wrap(text, first, ind,   w, n, i, line, out) {
	n = split(text, w, " ")
	line = first
	out = ""
	for (i = 1; i <= n; i++) {
		if (length(line) + 1 + length(w[i]) > 79 && length(line) > ind) {
			out = out cstr(line)
			line = sprintf("%" ind "s", "")
		}
		if (line ~ / $/ || line == "")
			line = line w[i]
		else
			line = line " " w[i]
	}
	return out cstr(line)
}
function flush(   s, i, head, lead) {
	if (item == "")
		return
	s = body
	if ((i = index(s, ".  ")) > 0)
		s = substr(s, 1, i)
	gsub(/  +/, " ", s)
	head = "  " gnu(item)
	if (length(head) <= 26)
		lead = sprintf("%-28s", head)
	else {
		text = text (length(head) < 80 ? cstr(head) : wrap(gnu(item), "  ", 4))
		lead = sprintf("%28s", "")
	}
	text = text wrap(s, lead, 28)
	item = body = ""
}
/^[A-Z][A-Z ]*$/ { flush(); sec = $0; next }
sec == "NAME" && /^     / {
	sub(/^ +[^ ]+ - /, "")
	summary = toupper(substr($0, 1, 1)) substr($0, 2) "."
	next
}
sec == "OPTIONS" && /^$/ { flush(); inbody = 0; next }
sec == "OPTIONS" && /^     -/ {
	flush()
	item = substr($0, 6)
	if ((i = index(item, "  ")) > 0) {
		body = substr(item, i)
		sub(/^ +/, "", body)
		item = substr(item, 1, i - 1)
	}
	inbody = 1
	next
}
sec == "OPTIONS" && /^     [^ ]/ {
	flush()
	sub(/^ +/, "")
	text = text cstr("") wrap($0, "", 0)
	next
}
sec == "OPTIONS" && /^             [^ ]/ && inbody && item != "" {
	sub(/^ +/, "")
	body = body (body == "" ? "" : " ") $0
	next
}
# the first example; a line ending in " \" goes on in the next one
sec == "EXAMPLES" && more {
	sub(/^ +/, "")
	example = example " " $0
	more = sub(/ \\$/, "", example)
	next
}
sec == "EXAMPLES" && example == "" && /^ +\$ statpipe / {
	example = $0
	sub(/^ +\$ /, "", example)
	more = sub(/ \\$/, "", example)
}
END {
	flush()
	out = cstr(summary) cstr("") cstr("Options:") text
	if (example != "")
		out = out cstr("") cstr("Example:") wrap(example, "  ", 4)
	out = out cstr("") cstr("The manual: statpipe help " name)
	printf "\t{ \"%s\",\n%s\t},\n", name, out
}
