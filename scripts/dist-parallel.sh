#!/bin/sh
# GNU parallel as the engine (make check-dist): --pipepart cuts one file
# into blocks, each job's `groupby --partial` state goes to one merge; then
# the same over two "hosts", this one and a local sshd on a loopback port
# with a throwaway key (started here, stopped on every exit path).  Each
# merged result must be the single process's.
. scripts/dist-lib.sh
tmp=$(mktemp -d)
sshd_pid=
cleanup() {
	[ -n "$sshd_pid" ] && kill "$sshd_pid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP
ops="mean:x,y sd:x min:y max:x sum:y count"

gen_csv 200000 >"$tmp/big.csv"
"$STATPIPE" groupby --by g --sort $ops "$tmp/big.csv" >"$tmp/want"

parallel --pipepart -a "$tmp/big.csv" --header : --block 500k \
    "$STATPIPE" groupby --by g --partial $ops >"$tmp/states"
"$STATPIPE" merge --sort "$tmp/states" >"$tmp/got"
same_table "$tmp/want" "$tmp/got"
result $? "parallel --pipepart: $(grep -c ',end,' "$tmp/states") states merged"

# first, last, mode and unique: the blocks' places by parallel's job number
vops="first:x last:y mode:g unique:x count"
"$STATPIPE" groupby --by g --sort $vops "$tmp/big.csv" >"$tmp/want"
parallel --pipepart -a "$tmp/big.csv" --header : --block 500k \
    "$STATPIPE" groupby --by g --partial --part-index {#} $vops \
    >"$tmp/states"
"$STATPIPE" merge --sort "$tmp/states" >"$tmp/got"
cmp -s "$tmp/want" "$tmp/got"
result $? "parallel --pipepart --part-index {#}: first, last, mode, unique"

# describe by --shard I/N, one job a shard, merged by a tree of merges
parallel -j 2 "$STATPIPE" describe -s count,missing,mean,sd,min,max \
    --partial --shard {}/8 "$tmp/big.csv" ::: 0 1 2 3 4 5 6 7 >"$tmp/d"
"$STATPIPE" describe -s count,missing,mean,sd,min,max "$tmp/big.csv" \
    >"$tmp/want"
# halves of the states, as whole states: split at an end record
awk -F, '{ print > (FILENAME ".part" int(p / 4)) } /,end,/ { p++ }' "$tmp/d"
"$STATPIPE" merge --partial "$tmp/d.part0" >"$tmp/m0"
"$STATPIPE" merge --partial "$tmp/d.part1" >"$tmp/m1"
"$STATPIPE" merge "$tmp/m1" "$tmp/m0" >"$tmp/got"
same_table "$tmp/want" "$tmp/got"
result $? "parallel --shard i/8 and a tree of merges"

# two hosts: this one (:) and ssh to 127.0.0.1 on a port of our own
if ! command -v sshd >/dev/null 2>&1 && [ ! -x /usr/sbin/sshd ]; then
	echo "not ok - sshd not installed (openssh-server)"
	nfail=$((nfail + 1))
	done_testing
	exit
fi
mkdir -p /run/sshd 2>/dev/null
port=$((20000 + $$ % 20000))
ssh-keygen -q -t ed25519 -N '' -f "$tmp/hostkey"
ssh-keygen -q -t ed25519 -N '' -f "$tmp/userkey"
cp "$tmp/userkey.pub" "$tmp/authorized_keys"
chmod 600 "$tmp/authorized_keys"
cat >"$tmp/sshd_config" <<EOC
Port $port
ListenAddress 127.0.0.1
HostKey $tmp/hostkey
AuthorizedKeysFile $tmp/authorized_keys
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
StrictModes no
UsePAM no
PidFile $tmp/sshd.pid
EOC
/usr/sbin/sshd -D -e -f "$tmp/sshd_config" 2>"$tmp/sshd.log" &
sshd_pid=$!
ssh_cmd="ssh -p $port -i $tmp/userkey -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o BatchMode=yes"
for i in 1 2 3 4 5 6 7 8 9 10; do
	$ssh_cmd 127.0.0.1 true 2>/dev/null && break
	sleep 0.5
done
"$STATPIPE" groupby --by g --sort $ops "$tmp/big.csv" >"$tmp/want"
parallel --ssh "$ssh_cmd" -S 1/:,1/127.0.0.1 --joblog "$tmp/joblog" \
    --pipepart -a "$tmp/big.csv" --header : --block 500k \
    "$STATPIPE" groupby --by g --partial $ops >"$tmp/states" 2>"$tmp/perr"
"$STATPIPE" merge --sort "$tmp/states" >"$tmp/got"
same_table "$tmp/want" "$tmp/got"
rc=$?
# both hosts ran jobs
awk 'NR > 1 { h[$2] = 1 } END { exit !(h[":"] && h["127.0.0.1"]) }' \
    "$tmp/joblog" || rc=1
[ $rc -eq 0 ] || cat "$tmp/perr" "$tmp/sshd.log" >&2
result $rc "parallel --sshlogin :,127.0.0.1 (sshd on port $port)"
done_testing
