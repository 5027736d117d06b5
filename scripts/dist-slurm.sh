#!/bin/sh
# Slurm as the engine (make check-dist): a one-node cluster started here
# (munged with a fresh key, slurmctld and slurmd on ports of our own, a
# minimal slurm.conf, all in a temporary directory) runs a job array of 8
# tasks, each `describe --partial --shard $SLURM_ARRAY_TASK_ID/8` of one
# file, and a job that merges once they all succeeded
# (--dependency=afterok).  The merged result must be the single process's.
# The daemons are stopped on every exit path.  Run as root (CI).
. scripts/dist-lib.sh
tmp=$(mktemp -d)
pids=
cleanup() {
	for p in $pids; do
		kill "$p" 2>/dev/null
	done
	sleep 1
	for p in $pids; do
		kill -9 "$p" 2>/dev/null
	done
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP
fail_setup() {
	echo "not ok - slurm: $1"
	for f in "$tmp"/*.log; do
		[ -f "$f" ] && tail -n 5 "$f" | sed "s|^|# $(basename "$f"): |"
	done
	exit 1
}
for p in munged mungekey slurmctld slurmd sbatch squeue; do
	command -v $p >/dev/null 2>&1 || [ -x /usr/sbin/$p ] ||
	    fail_setup "$p not installed (slurm-wlm, munge)"
done
PATH=$PATH:/usr/sbin
host=$(hostname -s)
base=$((20000 + $$ % 20000))
chmod 700 "$tmp"
mkdir -p "$tmp/state" "$tmp/spool" "$tmp/out"

mungekey -c -k "$tmp/munge.key" 2>"$tmp/mungekey.log" ||
    dd if=/dev/urandom of="$tmp/munge.key" bs=1k count=1 2>/dev/null
chmod 600 "$tmp/munge.key"
munged -F --force --key-file="$tmp/munge.key" --socket="$tmp/munge.sock" \
    --pid-file="$tmp/munged.pid" --log-file="$tmp/munged.log" \
    --seed-file="$tmp/munge.seed" >/dev/null 2>&1 &
pids="$pids $!"

cat >"$tmp/slurm.conf" <<EOC
ClusterName=statpipe
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$base
SlurmdPort=$((base + 1))
AuthType=auth/munge
AuthInfo=socket=$tmp/munge.sock
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmctldLogFile=$tmp/slurmctld.log
SlurmdLogFile=$tmp/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
SlurmdTimeout=30
NodeName=$host NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOC
export SLURM_CONF="$tmp/slurm.conf"
i=0
while [ ! -S "$tmp/munge.sock" ]; do
	i=$((i + 1)); [ $i -gt 50 ] && fail_setup "munged did not start"
	sleep 0.2
done
slurmctld -D -i -f "$SLURM_CONF" >"$tmp/slurmctld.out" 2>&1 &
pids="$pids $!"
slurmd -D -f "$SLURM_CONF" -N "$host" >"$tmp/slurmd.out" 2>&1 &
pids="$pids $!"
i=0
until sinfo -h -o %t 2>/dev/null | grep -q idle; do
	i=$((i + 1)); [ $i -gt 60 ] && fail_setup "the node is not idle"
	sleep 0.5
done

gen_csv 200000 >"$tmp/big.csv"
stats=count,missing,mean,sd,skewness,min,max,sum
"$STATPIPE" describe -s $stats "$tmp/big.csv" >"$tmp/want"
array=$(sbatch --parsable --array=0-7 --output="$tmp/out/%a.st" \
    --error="$tmp/out/%a.err" --wrap "$STATPIPE describe -s $stats \
    --partial --shard \$SLURM_ARRAY_TASK_ID/8 $tmp/big.csv") ||
    fail_setup "sbatch of the array"
sbatch --parsable --dependency=afterok:"$array" --output="$tmp/got" \
    --error="$tmp/merge.err" \
    --wrap "cat $tmp/out/*.st | $STATPIPE merge" >/dev/null ||
    fail_setup "sbatch of the merge"
i=0
while [ -n "$(squeue -h 2>/dev/null)" ] || [ ! -s "$tmp/got" ]; do
	i=$((i + 1)); [ $i -gt 240 ] && fail_setup "the jobs did not finish"
	sleep 0.5
done
same_table "$tmp/want" "$tmp/got"
result $? "slurm: sbatch --array=0-7 --shard, afterok merge ($(ls "$tmp"/out/*.st | wc -l) states)"
done_testing
