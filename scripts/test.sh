#!/usr/bin/env bash
# Runs every LiveFair test project. Installs and starts what the tests need (Chromium, PostgreSQL, Azurite)
# if they are missing or stopped, so it works the same on a fresh machine, a developer's and CI.
# Every test host logs everything into TestResults/logs, which is then scanned for personal data.
# Ends with "log scan: ..." and one line "N passed, N failed, N skipped" summed over all projects.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

ensure_chromium() {
  if ! [ -x /usr/bin/chromium ]; then
    log "Installing Chromium (Debian package)"
    apt_install chromium
  fi
}

# PostgreSQL 15 on 127.0.0.1:5432 with a throwaway role and database for the storage tests.
ensure_postgres() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    log "Installing PostgreSQL (Debian package)"
    apt_install postgresql
  fi
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
    log "Starting PostgreSQL $version"
    as_root pg_ctlcluster "$version" main start
  fi
  for _ in $(seq 1 30); do
    if pg_isready -q -h 127.0.0.1 -p 5432; then break; fi
    sleep 1
  done
  # As the postgres superuser over the local socket (peer authentication); the tests use the password over TCP.
  as_root su postgres -c "psql -q -tc \"SELECT 1 FROM pg_roles WHERE rolname = 'livefair'\" | grep -q 1 || psql -q -c \"CREATE ROLE livefair LOGIN PASSWORD 'livefair' CREATEDB\""
  as_root su postgres -c "psql -q -tc \"SELECT 1 FROM pg_database WHERE datname = 'livefair_test'\" | grep -q 1 || createdb -O livefair livefair_test"
  export LIVEFAIR_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=livefair;Password=livefair;Database=livefair_test"
}

# Azurite (the Azure Storage emulator, from npm) for the Azure Blob media store tests: installed once into
# .tools/azurite, started for this run only (blob service, loopback, a throwaway data folder) and stopped on exit.
azurite_version=3.35.0
azurite_pid=
stop_azurite() {
  if [ -n "$azurite_pid" ]; then kill "$azurite_pid" 2>/dev/null || true; fi
  if [ -n "${azurite_data:-}" ]; then rm -rf "$azurite_data"; fi
}
trap stop_azurite EXIT

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ensure_azurite() {
  local tools="$PWD/.tools/azurite"
  local installed
  installed=$(node -p "require('$tools/node_modules/azurite/package.json').version" 2>/dev/null || true)
  if [ "$installed" != "$azurite_version" ]; then
    log "Installing Azurite $azurite_version (npm)"
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "azurite@$azurite_version" >/dev/null
  fi
  local port=${LIVEFAIR_AZURITE_PORT:-10000}
  while port_in_use "$port"; do port=$((port + 1)); done
  azurite_data=$(mktemp -d)
  log "Starting Azurite blob service on 127.0.0.1:$port"
  "$tools/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 --blobPort "$port" --location "$azurite_data" \
    --skipApiVersionCheck --silent --loose >"$azurite_data/azurite.out" 2>&1 &
  azurite_pid=$!
  for _ in $(seq 1 60); do
    if port_in_use "$port"; then break; fi
    if ! kill -0 "$azurite_pid" 2>/dev/null; then cat "$azurite_data/azurite.out" >&2; echo "Azurite did not start." >&2; exit 1; fi
    sleep 0.5
  done
  # The emulator's well-known development account; it exists only inside this local emulator.
  export LIVEFAIR_TEST_AZURITE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$port/devstoreaccount1;"
}

ensure_chromium
ensure_postgres
ensure_azurite

log "Building"
dotnet build LiveFair.sln -c Debug -nologo -clp:ErrorsOnly

results=TestResults
rm -rf "$results"
mkdir -p "$results/logs"
# Read by LiveFair.Testing: each test host writes all its log output (Information and up) to a file here.
export LIVEFAIR_TEST_LOG_DIR="$PWD/$results/logs"
status=0
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  log "Testing $name"
  if ! dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results"; then
    status=1
  fi
done

# The app must never log personal data; a run that wrote no logs at all would pass the scan vacuously.
log "Scanning test logs for personal data"
log_files=$(find "$LIVEFAIR_TEST_LOG_DIR" -type f -name '*.log' | wc -l)
if [ "$log_files" -eq 0 ]; then
  scan_summary="log scan: no log files in $LIVEFAIR_TEST_LOG_DIR, nothing was scanned"
  echo "$scan_summary"
  status=1
else
  scan_output=$(dotnet run --project tests/LiveFair.LogScan --no-build -- "$LIVEFAIR_TEST_LOG_DIR" 2>&1) || status=1
  printf '%s\n' "$scan_output"
  scan_summary=$(tail -n 1 <<<"$scan_output")
fi

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  total=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  executed=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done

if [ "$files" -eq 0 ] || [ $((passed + failed)) -eq 0 ]; then
  echo "No test results were produced." >&2
  status=1
fi
[ "$failed" -eq 0 ] || status=1

echo
echo "$scan_summary"
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
