.PHONY: demo test install lint messages

# Install what Møtebok needs and start it with demo data at http://127.0.0.1:8000
demo: install
	.venv/bin/motebok demo

# Ruff and the whole test suite, on SQLite and on PostgreSQL (what CI runs)
test:
	scripts/test.sh

install:
	scripts/install.sh

lint:
	.venv/bin/ruff check . && .venv/bin/ruff format --check .

# Regenerate and compile the translation files of every app
messages:
	cd motebok && ../.venv/bin/motebok makemessages -l nn -l nb --no-obsolete && ../.venv/bin/motebok compilemessages
