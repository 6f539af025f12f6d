#!/bin/sh
# Usage: java-guard.sh COMMAND [ARGS...]
#
# Runs COMMAND (java) so that it cannot outlive the Node process that spawned us,
# however that process ends (even SIGKILL, which runs no exit hooks).
#
# Contract with the parent:
#   - stdin is a pipe the parent never writes to. It reaches end-of-file when the
#     parent dies; a background watcher then stops COMMAND.
#   - fd 3, if open, receives COMMAND's pid (one line) and is then closed.
#   - SIGTERM/SIGINT/SIGHUP sent to this wrapper are passed on to COMMAND; the wrapper
#     exits once COMMAND has exited, with COMMAND's exit status.

# Save the parent's pipe first: a non-interactive shell gives background jobs
# /dev/null as stdin, and a watcher reading /dev/null would stop java at once.
exec 4<&0

"$@" </dev/null 3>&- 4<&- &
child=$!

if { true >&3; } 2>/dev/null; then
  echo "$child" >&3
  exec 3>&-
fi

trap 'kill -TERM "$child" 2>/dev/null' TERM INT HUP

# The watcher uses the shell's own `read` (no extra process), so killing the
# watcher subshell below leaves nothing behind.
(
  while read -r _ignored; do :; done <&4
  kill -TERM "$child" 2>/dev/null
  sleep 5
  kill -KILL "$child" 2>/dev/null
) 3>&- &
watcher=$!
exec 4<&-

wait "$child" 2>/dev/null
status=$?
# A trapped signal interrupts `wait` early; keep waiting until java has really exited.
while kill -0 "$child" 2>/dev/null; do
  wait "$child" 2>/dev/null
  status=$?
done

kill "$watcher" 2>/dev/null
exit "$status"
