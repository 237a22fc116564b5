# Sourced by the scripts that run containers (docker-test.sh, fresh-machine-test.sh, .ci/run): the
# Docker tools (the engine, compose, debootstrap for the stand-in bases), and an
# engine. docker_engine starts dockerd (vfs) when none answers and sets started_dockerd to its pid;
# docker_engine_stop stops only an engine docker_engine started. Logs go to $1 (a directory).
started_dockerd=""

docker_tools() {
  local tool missing=""
  for tool in dockerd docker-compose debootstrap; do command -v "$tool" > /dev/null || missing=1; done
  [ -n "$missing" ] || return 0
  apt-get -o DPkg::Lock::Timeout=900 update -q > /dev/null
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -q \
    docker.io docker-compose debootstrap > /dev/null
}

docker_engine() {
  docker info > /dev/null 2>&1 && return 0
  dockerd --storage-driver=vfs > "$1/dockerd.log" 2>&1 &
  started_dockerd=$!
  for _ in $(seq 60); do docker info > /dev/null 2>&1 && return 0; sleep 1; done
  tail -20 "$1/dockerd.log"
  echo "docker-engine: dockerd did not start" >&2
  return 1
}

docker_engine_stop() {
  [ -n "$started_dockerd" ] || return 0
  kill "$started_dockerd" 2> /dev/null && while kill -0 "$started_dockerd" 2> /dev/null; do sleep 1; done
  started_dockerd=""
}
