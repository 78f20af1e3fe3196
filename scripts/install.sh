#!/usr/bin/env bash
# Install everything Møtebok needs on a fresh Debian machine: system packages, the virtualenv, front-end packages.
#   scripts/install.sh          what running Møtebok needs
#   scripts/install.sh --test   also what the test suite needs (PostgreSQL, Chromium, Tesseract, hunspell, LibreOffice Writer, Dovecot)
set -euo pipefail
cd "$(dirname "$0")/.."

run_packages=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core nodejs npm gettext)
test_packages=(postgresql chromium tesseract-ocr tesseract-ocr-nor hunspell-no poppler-utils libreoffice-writer-nogui dovecot-imapd)
wanted=("${run_packages[@]}")
[[ "${1:-}" == "--test" ]] && wanted+=("${test_packages[@]}")

missing=()
for package in "${wanted[@]}"; do
  # npm and node may come from elsewhere than Debian; a working command is enough.
  case "$package" in nodejs) command -v node >/dev/null && continue ;; npm) command -v npm >/dev/null && continue ;; esac
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "Installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing Debian packages: ${missing[*]} (run: sudo apt-get install ${missing[*]})" >&2
  fi
fi

python=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
extras=""
[[ "${1:-}" == "--test" ]] && extras="[test]"
.venv/bin/python -m pip install --quiet -e ".${extras}"

if [[ -f package-lock.json ]]; then npm ci --no-audit --no-fund --silent; else npm install --no-audit --no-fund --silent; fi
echo "Installed. Run: .venv/bin/motebok demo"
